import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  FileResult,
  OpenedFile,
  RecentDocument,
  SaveMapRequest,
  SaveResult,
} from '../../shared/ipc/contract';
import { defaultStudioDb } from '../../renderer/src/db';
import { closeMap } from '../../renderer/src/commands';
import { createStudioStore } from '../../renderer/src/store';
import { FakeStudioApi } from './fakeStudioApi';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';

/** A bridge with a recent list on "disk", saves the test can cancel, and a count of confirmed closes. */
class FilesApi extends FakeStudioApi {
  recent: RecentDocument[] = [];
  readonly files = new Map<string, Uint8Array>();
  readonly removed: string[] = [];
  readonly openedRecent: string[] = [];
  confirmedCloses = 0;
  cancelNextSave = false;

  override listRecent(): Promise<readonly RecentDocument[]> {
    return Promise.resolve(this.recent);
  }

  override removeRecent(path: string): Promise<readonly RecentDocument[]> {
    this.removed.push(path);
    this.recent = this.recent.filter((entry) => entry.path !== path);
    return Promise.resolve(this.recent);
  }

  override openRecent(path: string): Promise<FileResult<OpenedFile>> {
    this.openedRecent.push(path);
    const bytes = this.files.get(path);
    if (bytes === undefined) return Promise.resolve({ ok: false, error: { kind: 'not-found', path } });
    const name = path.split('/').pop() ?? path;
    return Promise.resolve({ ok: true, value: { name, path, bytes, mtimeMs: 5000 } });
  }

  override saveMap(request: SaveMapRequest): Promise<SaveResult> {
    this.saveRequests.push(request);
    if (this.cancelNextSave) {
      this.cancelNextSave = false;
      return Promise.resolve({ ok: false, error: { kind: 'cancelled' } });
    }
    const path = request.path ?? '/maps/saved.cxmap';
    return Promise.resolve({ ok: true, value: { name: 'saved.cxmap', path, mtimeMs: 6000 } });
  }

  override confirmClose(): Promise<void> {
    this.confirmedCloses += 1;
    return Promise.resolve();
  }
}

afterEach(async () => {
  await present(defaultStudioDb(), 'the default database').drafts.clear();
});

async function openEditedCommute(api: FilesApi) {
  const view = renderStudio(api);
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: '/maps/commute.cxmap' }),
  );
  await screen.findAllByTestId('item-node');
  act(() => {
    view.store.getState().applyDocumentEdit('Rename map', (map) => {
      map.title = 'Commute, edited';
    });
  });
  return view;
}

describe('the start screen’s recent maps', () => {
  it('lists recent maps, marks a missing one, opens one and removes another', async () => {
    const api = new FilesApi();
    api.recent = [
      { path: '/maps/commute.cxmap', name: 'commute.cxmap', missing: false },
      { path: '/usb/old-workshop.cxmap', name: 'old-workshop.cxmap', missing: true },
    ];
    api.files.set('/maps/commute.cxmap', fileBytes(documentOf(commuteMap())));
    const user = userEvent.setup();
    const { store } = renderStudio(api);

    const list = await screen.findByRole('navigation', { name: 'Recent maps' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('commute.cxmap/maps/commute.cxmap'),
      expect.stringContaining(
        'old-workshop.cxmapMissing: moved, deleted or on a drive that is not connected',
      ),
    ]);

    await user.click(
      within(list).getByRole('button', { name: 'Remove “old-workshop.cxmap” from recent maps' }),
    );
    expect(api.removed).toEqual(['/usb/old-workshop.cxmap']);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));

    await user.click(within(list).getByRole('button', { name: /^commute\.cxmap/ }));
    expect((await screen.findAllByTestId('item-node')).length).toBe(commuteMap().items.length);
    expect(store.getState().filePath).toBe('/maps/commute.cxmap');
    // The mtime read with the file goes with the first save, so main can notice another writer.
    expect(store.getState().fileMtimeMs).toBe(5000);
  });

  it('says so when a recent file has gone since the list was read, and marks it', async () => {
    const api = new FilesApi();
    api.recent = [{ path: '/maps/gone.cxmap', name: 'gone.cxmap', missing: false }];
    const user = userEvent.setup();
    renderStudio(api);

    const list = await screen.findByRole('navigation', { name: 'Recent maps' });
    await user.click(within(list).getByRole('button', { name: /^gone\.cxmap/ }));

    expect((await screen.findByRole('alert')).textContent).toContain('/maps/gone.cxmap');
    expect(within(list).getByRole('listitem').textContent).toContain('Missing');
  });

  it('shows no list when there are no recent maps', async () => {
    renderStudio(new FilesApi());
    await screen.findByRole('heading', { level: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('navigation', { name: 'Recent maps' })).toBeNull();
  });
});

describe('Close in the browser build', () => {
  it('closes a saved map straight back to the start screen', async () => {
    const api = new FilesApi();
    const { store } = renderStudio(api);
    act(() =>
      store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'c.cxmap', filePath: null }),
    );
    await screen.findAllByTestId('item-node');

    act(() => closeMap(api, store, { close: () => undefined }));

    expect(store.getState().doc).toBeNull();
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks Save / Don’t Save / Cancel with unsaved changes; Cancel keeps the map', async () => {
    const api = new FilesApi();
    const user = userEvent.setup();
    const { store } = await openEditedCommute(api);

    act(() => closeMap(api, store, { close: () => undefined }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Save changes to “Commute, edited” before closing?',
    });
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBe(document.activeElement);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().doc?.map.title).toBe('Commute, edited');
    expect(api.saveRequests).toHaveLength(0);
  });

  it('Don’t Save closes the map and drops its draft', async () => {
    const api = new FilesApi();
    const user = userEvent.setup();
    const { store } = await openEditedCommute(api);
    const db = present(defaultStudioDb(), 'the default database');
    await waitFor(async () => expect(await db.drafts.get(commuteMap().id)).toBeDefined(), { timeout: 1500 });

    act(() => closeMap(api, store, { close: () => undefined }));
    await user.click(await screen.findByRole('button', { name: 'Don’t Save' }));

    expect(store.getState().doc).toBeNull();
    await waitFor(async () => expect(await db.drafts.get(commuteMap().id)).toBeUndefined());
    expect(api.saveRequests).toHaveLength(0);
  });

  it('Save writes the map, then closes it; a cancelled save dialog keeps it open', async () => {
    const api = new FilesApi();
    const user = userEvent.setup();
    const { store } = await openEditedCommute(api);

    api.cancelNextSave = true;
    act(() => closeMap(api, store, { close: () => undefined }));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.saveRequests).toHaveLength(1));
    expect(store.getState().doc?.map.title).toBe('Commute, edited');

    act(() => closeMap(api, store, { close: () => undefined }));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().doc).toBeNull());
    expect(api.saveRequests).toHaveLength(2);
    expect(JSON.parse(api.saveRequests[1]?.text ?? '{}')).toMatchObject({
      map: { title: 'Commute, edited' },
    });
  });
});

describe('Close in Electron', () => {
  it('closes the window, leaving the unsaved-changes question to the native close guard', () => {
    const api = new FilesApi();
    api.platform = 'electron';
    const store = createStudioStore();
    store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'c.cxmap', filePath: null });
    let closes = 0;

    closeMap(api, store, { close: () => void (closes += 1) });

    expect(closes).toBe(1);
    expect(store.getState().doc).not.toBeNull();
    expect(store.getState().activeDialog).toBeNull();
  });

  it('the close guard’s Save saves, then confirms the close; a cancelled save keeps the window', async () => {
    const api = new FilesApi();
    api.platform = 'electron';
    await openEditedCommute(api);

    api.cancelNextSave = true;
    act(() => api.emitMenuCommand('file.saveAndClose'));
    await waitFor(() => expect(api.saveRequests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.confirmedCloses).toBe(0);

    act(() => api.emitMenuCommand('file.saveAndClose'));
    await waitFor(() => expect(api.confirmedCloses).toBe(1));
    expect(api.saveRequests[1]?.path).toBe('/maps/commute.cxmap');
  });
});
