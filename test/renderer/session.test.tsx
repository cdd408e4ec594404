import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readCxmap } from '../../shared/format';
import type {
  FileChange,
  FileResult,
  OpenedFile,
  SaveMapRequest,
  SaveResult,
} from '../../shared/ipc/contract';
import type { CxDocument } from '../../shared/model';
import { FakeStudioApi } from './fakeStudioApi';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** A bridge whose saves answer what the test queues, and whose file watcher the test can fire. */
class SessionApi extends FakeStudioApi {
  readonly saveAnswers: SaveResult[] = [];
  readonly watched: (string | null)[] = [];
  /** What reading the file again (Reload) finds. */
  onDisk: CxDocument | null = null;
  readonly #changeListeners = new Set<(change: FileChange) => void>();

  override saveMap(request: SaveMapRequest): Promise<SaveResult> {
    this.saveRequests.push(request);
    const path = request.path ?? '/maps/picked.cxmap';
    return Promise.resolve(
      this.saveAnswers.shift() ?? {
        ok: true,
        value: { name: path.split('/').pop() ?? '', path, mtimeMs: 1000 },
      },
    );
  }

  override watchFile(path: string | null = null): Promise<boolean> {
    this.watched.push(path);
    return Promise.resolve(path !== null);
  }

  override onFileChanged(listener: (change: FileChange) => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  override openRecent(path = ''): Promise<FileResult<OpenedFile>> {
    if (this.onDisk === null) return super.openRecent(path);
    const bytes = new TextEncoder().encode(JSON.stringify(this.onDisk));
    return Promise.resolve({ ok: true, value: { name: 'commute.cxmap', path, bytes } });
  }

  emitFileChanged(change: FileChange): void {
    for (const listener of this.#changeListeners) listener(change);
  }
}

const TITLE = commuteMap().title;

async function openCommute(filePath: string | null = '/maps/commute.cxmap') {
  const user = userEvent.setup();
  const api = new SessionApi();
  const view = renderStudio(api);
  act(() =>
    view.store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath }),
  );
  await screen.findAllByTestId('item-node');
  return { ...view, user, api };
}

const savedDocument = (request: SaveMapRequest | undefined): CxDocument => {
  const read = readCxmap(new TextEncoder().encode(present(request, 'save request').text));
  if (!read.ok) throw new Error(`The saved text does not open: ${read.error.kind}`);
  return read.value;
};

describe('unsaved changes and Save', () => {
  it('marks the title after an edit, saves text the reader accepts with Ctrl+S, and is clean again', async () => {
    const { user, api, store } = await openCommute();
    expect(document.title).toBe(`${TITLE} — Journey Studio`);

    act(() => store.getState().renameStage('st-ride', 'Cycle'));
    await waitFor(() => expect(document.title).toBe(`• ${TITLE} — Journey Studio`));
    expect(api.documentStates.at(-1)).toEqual({ title: TITLE, filePath: '/maps/commute.cxmap', dirty: true });

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(document.title).toBe(`${TITLE} — Journey Studio`));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved “commute.cxmap”.');
    expect(api.saveRequests).toHaveLength(1);
    const request = present(api.saveRequests[0]);
    expect(request).toMatchObject({ path: '/maps/commute.cxmap', suggestedName: 'commute.cxmap' });
    const saved = savedDocument(request);
    expect(saved.map.stages.map((stage) => stage.name)).toContain('Cycle');
    expect(saved.map.updatedAt).not.toBe(commuteMap().updatedAt);
    expect(api.documentStates.at(-1)?.dirty).toBe(false);
  });

  it('is clean again after undoing back to the saved state, and dirty after redoing', async () => {
    const { user, store } = await openCommute();
    act(() => store.getState().renameStage('st-ride', 'Cycle'));
    await waitFor(() => expect(document.title).toBe(`• ${TITLE} — Journey Studio`));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(document.title).toBe(`${TITLE} — Journey Studio`));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(document.title).toBe(`• ${TITLE} — Journey Studio`));

    // Saved after two edits, then one undone: the saved point is the second edit.
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(document.title).toBe(`${TITLE} — Journey Studio`));
    act(() => store.getState().renameLane('ln-touch', 'Steps'));
    await waitFor(() => expect(document.title).toBe(`• ${TITLE} — Journey Studio`));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(document.title).toBe(`${TITLE} — Journey Studio`));
  });

  it('asks where to save with Ctrl+Shift+S and then knows the new file', async () => {
    const { user, api, store } = await openCommute(null);
    await user.keyboard('{Control>}{Shift>}s{/Shift}{/Control}');
    await waitFor(() => expect(api.saveRequests).toHaveLength(1));
    expect(api.saveRequests[0]).toMatchObject({ path: null, suggestedName: 'commute.cxmap' });
    await waitFor(() => expect(store.getState().filePath).toBe('/maps/picked.cxmap'));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved “picked.cxmap”.');
  });

  it('says nothing was written when the disk is full, and keeps the map unsaved', async () => {
    const { user, api, store } = await openCommute();
    act(() => store.getState().renameStage('st-ride', 'Cycle'));
    api.saveAnswers.push({ ok: false, error: { kind: 'disk-full', path: '/maps/commute.cxmap' } });
    await user.keyboard('{Control>}s{/Control}');
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“commute.cxmap” was not saved: the disk is full. Nothing was written; your map is still open and unchanged.',
    );
    expect(document.title).toBe(`• ${TITLE} — Journey Studio`);
  });

  it('refuses to write a map a reader would refuse, with a message', async () => {
    const { user, api, store } = await openCommute();
    // A link to an item that does not exist: the validator refuses it.
    act(() =>
      store.getState().applyDocumentEdit('Break', (map) => {
        map.links.push({ id: 'ln-broken', from: 'missing-a', to: 'missing-b' } as (typeof map.links)[number]);
      }),
    );
    await user.keyboard('{Control>}s{/Control}');
    expect((await screen.findByRole('alert')).textContent).toContain('“commute.cxmap” was not saved');
    expect(api.saveRequests).toEqual([]);
  });

  it('stays silent when the save dialog is cancelled', async () => {
    const { user, api } = await openCommute();
    api.saveAnswers.push({ ok: false, error: { kind: 'cancelled' } });
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.saveRequests).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('a file changed by someone else', () => {
  it('asks Overwrite / Save As… / Cancel when the save finds a newer file, and overwrites only when told', async () => {
    const { user, api, store } = await openCommute();
    act(() => store.getState().renameStage('st-ride', 'Cycle'));
    api.saveAnswers.push({
      ok: false,
      error: { kind: 'changed-on-disk', path: '/maps/commute.cxmap', mtimeMs: 5 },
    });
    await user.keyboard('{Control>}s{/Control}');
    const dialog = await screen.findByRole('alertdialog', {
      name: '“commute.cxmap” was changed by someone else since you opened it',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.saveRequests).toHaveLength(1);

    api.saveAnswers.push({
      ok: false,
      error: { kind: 'changed-on-disk', path: '/maps/commute.cxmap', mtimeMs: 5 },
    });
    await user.keyboard('{Control>}s{/Control}');
    await user.click(await screen.findByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(api.saveRequests).toHaveLength(3));
    expect(api.saveRequests[2]).toMatchObject({ path: '/maps/commute.cxmap', overwriteChanged: true });
    await waitFor(() => expect(document.title).toBe(`${TITLE} — Journey Studio`));
  });

  it('watches the open file and offers Reload or Keep mine when it changes; Keep mine asks before the next save', async () => {
    const { user, api } = await openCommute();
    await waitFor(() => expect(api.watched.at(-1)).toBe('/maps/commute.cxmap'));

    act(() => api.emitFileChanged({ path: '/maps/other.cxmap', kind: 'changed', mtimeMs: 9 }));
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => api.emitFileChanged({ path: '/maps/commute.cxmap', kind: 'changed', mtimeMs: 9 }));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('“commute.cxmap” was changed on disk.');
    await user.click(within(banner).getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe(`• ${TITLE} — Journey Studio`);

    await user.keyboard('{Control>}s{/Control}');
    const dialog = await screen.findByRole('alertdialog');
    expect(api.saveRequests).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Save As…' }));
    await waitFor(() => expect(api.saveRequests[0]).toMatchObject({ path: null }));
  });

  it('reloads the file from disk when the user chooses Reload', async () => {
    const { user, api } = await openCommute();
    const changed = documentOf({ ...commuteMap(), title: 'Commute, their version' });
    api.onDisk = changed;
    act(() => api.emitFileChanged({ path: '/maps/commute.cxmap', kind: 'changed', mtimeMs: 9 }));
    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(document.title).toBe('Commute, their version — Journey Studio'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('dropping a file on the window', () => {
  const dropEvent = (type: string, files: File[]) => {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: { types: ['Files'], files, dropEffect: 'none' },
    });
    return event;
  };

  it('shows "Drop to open" while a file is over the window and opens the dropped map', async () => {
    renderStudio(new SessionApi());
    const map = { ...commuteMap(), title: 'Dropped journey' };
    const file = new File([JSON.stringify(documentOf(map))], 'dropped.cxmap');

    act(() => void window.dispatchEvent(dropEvent('dragenter', [file])));
    expect(screen.getByText('Drop to open')).toBeTruthy();
    const drop = dropEvent('drop', [file]);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop to open')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Dropped journey — Journey Studio'));
  });

  it('explains why a dropped file that is not a map cannot be opened', async () => {
    renderStudio(new SessionApi());
    const file = new File(['not json at all'], 'notes.cxmap');
    act(() => void window.dispatchEvent(dropEvent('drop', [file])));
    expect((await screen.findByRole('alert')).textContent).toContain('“notes.cxmap” can’t be opened');
    expect(document.title).toBe('Journey Studio');
  });
});
