import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCxmap } from '../../shared/format';
import type { CxDocument, HistoryEntry, JourneyMap } from '../../shared/model';
import { defaultStudioDb } from '../../renderer/src/db';
import type { StudioDb } from '../../renderer/src/db';
import type { StudioStore } from '../../renderer/src/store';
import { FakeStudioApi } from './fakeStudioApi';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';

const db = (): StudioDb => present(defaultStudioDb(), 'the default database');

afterEach(async () => {
  vi.restoreAllMocks();
  const database = db();
  await Promise.all([
    database.revisions.clear(),
    database.revisionBodies.clear(),
    database.maps.clear(),
    database.settings.clear(),
    database.drafts.clear(),
  ]);
});

const sidePanel = () => screen.getByRole('complementary', { name: 'Inspector' });
const historyList = () => screen.findByRole('list', { name: 'Revisions, newest first' });
const rows = async () => within(await historyList()).getAllByRole('listitem');
const rowTexts = async () => (await rows()).map((row) => row.textContent ?? '');

async function openStudio(map: JourneyMap = commuteMap()) {
  const user = userEvent.setup();
  const api = new FakeStudioApi();
  const view = renderStudio(api);
  act(() =>
    view.store.getState().loadDocument(documentOf(map), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  await user.click(within(sidePanel()).getByRole('tab', { name: 'History' }));
  return { ...view, api, user };
}

const addItem = (store: StudioStore, kind: 'touchpoint' | 'friction', title: string) =>
  act(() => void store.getState().addItem(kind, { stageId: 'st-ride', laneId: 'ln-touch' }, 0, title));

async function save(user: ReturnType<typeof userEvent.setup>, api: FakeStudioApi, count: number) {
  await user.keyboard('{Control>}s{/Control}');
  await waitFor(() => expect(api.saveRequests).toHaveLength(count));
}

const writtenDocument = (api: FakeStudioApi, index: number): CxDocument => {
  const read = readCxmap(new TextEncoder().encode(present(api.saveRequests[index], 'save request').text));
  if (!read.ok) throw new Error(`The saved text does not open: ${read.error.kind}`);
  return read.value;
};

describe('the History panel', { timeout: 30_000 }, () => {
  it('says how history starts before the first save', async () => {
    await openStudio();
    expect(await screen.findByText('No revisions yet — every save records one.')).toBeTruthy();
  });

  it('records a revision at every save and lists them newest first with what changed', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    addItem(store, 'touchpoint', 'Unlock by app');
    addItem(store, 'touchpoint', 'Ride timer');
    await save(user, api, 2);
    await waitFor(async () => expect(await rows()).toHaveLength(2));
    addItem(store, 'friction', 'Dock full');
    await save(user, api, 3);
    await waitFor(async () => expect(await rows()).toHaveLength(3));

    const [newest, middle, oldest] = await rowTexts();
    expect(newest).toContain('Automatic save');
    expect(newest).toContain('+1 friction');
    expect(middle).toContain('+2 touchpoints');
    expect(oldest).toContain('First revision');
    expect(screen.getByText(/^Storage used: /)).toBeTruthy();
  });

  it('saves a named revision with a note and a remembered author', async () => {
    const { api, user } = await openStudio();
    await save(user, api, 1);
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox'), 'Save revision as');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Save revision as…' });
    await user.click(within(dialog).getByRole('button', { name: 'Save revision' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the revision a name.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'After Q3 interviews');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'Twelve riders');
    await user.type(within(dialog).getByRole('textbox', { name: 'Author' }), 'Ana');
    await user.click(within(dialog).getByRole('button', { name: 'Save revision' }));

    await waitFor(async () => expect(await rows()).toHaveLength(2));
    const [named] = await rowTexts();
    expect(named).toContain('After Q3 interviews');
    expect(named).toContain('by Ana');
    expect(named).toContain('Twelve riders');

    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox'), 'Save revision as');
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Save revision as…' });
    await waitFor(() =>
      expect(within(again).getByRole<HTMLInputElement>('textbox', { name: 'Author' }).value).toBe('Ana'),
    );
  });

  it('renames a revision, which makes it a named one', async () => {
    const { api, user } = await openStudio();
    await save(user, api, 1);
    const [row] = await rows();
    await user.click(within(present(row)).getByRole('button', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename revision' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Baseline');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(async () => expect((await rowTexts())[0]).toContain('Baseline'));
    expect((await db().revisions.toArray())[0]?.kind).toBe('named');
  });

  it('restores a revision as one undoable step, after recording the current state', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    const original = present(store.getState().doc).map;
    addItem(store, 'touchpoint', 'Unlock by app');
    await save(user, api, 2);
    addItem(store, 'friction', 'Dock full');
    const edited = present(store.getState().doc).map;
    await waitFor(async () => expect(await rows()).toHaveLength(2));

    const oldest = (await rows())[1];
    await user.click(within(present(oldest)).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(present(store.getState().doc).map.items).toEqual(original.items));
    expect(await screen.findByText(/^Restored “Automatic save, /)).toBeTruthy();
    // The unsaved friction was recorded before the restore replaced it: history is never rewritten.
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    expect((await rowTexts())[0]).toContain('Before restoring “Automatic save, ');

    await user.keyboard('{Control>}z{/Control}');
    expect(present(store.getState().doc).map.items).toEqual(edited.items);
  });

  it('previews a revision and compares one with the current map', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    addItem(store, 'touchpoint', 'Unlock by app');
    const [row] = await rows();
    await user.click(within(present(row)).getByRole('button', { name: /^Automatic save/ }));
    await waitFor(() => expect(store.getState().revisionView?.kind).toBe('preview'));

    await user.click(within(present(row)).getByRole('button', { name: 'Compare with current' }));
    await waitFor(() => expect(store.getState().revisionView?.kind).toBe('compare'));
    const view = store.getState().revisionView;
    if (view?.kind !== 'compare') throw new Error('no comparison');
    expect(view.after).toMatchObject({ revisionId: null, label: 'Current map' });
    expect(view.before.map.items).toHaveLength(view.after.map.items.length - 1);
  });

  it('compares two ticked revisions, the older as before, and moves between rows with the arrow keys', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    addItem(store, 'touchpoint', 'Unlock by app');
    await save(user, api, 2);
    await waitFor(async () => expect(await rows()).toHaveLength(2));
    const compare = screen.getByRole('button', { name: 'Compare selected' });
    expect(compare).toHaveProperty('disabled', true);
    for (const row of await rows()) await user.click(within(row).getByRole('checkbox'));
    await user.click(compare);
    await waitFor(() => expect(store.getState().revisionView?.kind).toBe('compare'));
    const view = store.getState().revisionView;
    if (view?.kind !== 'compare') throw new Error('no comparison');
    expect(view.after.map.items).toHaveLength(view.before.map.items.length + 1);

    const [newest, oldest] = (await rows()).map((row) =>
      within(row).getByRole('button', { name: /^Automatic save/ }),
    );
    present(newest).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(oldest);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(newest);
  });

  it('writes the history into the file only when asked', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    expect(writtenDocument(api, 0).history).toBeUndefined();
    await user.click(await screen.findByRole('checkbox', { name: 'Include history when saving' }));
    addItem(store, 'touchpoint', 'Unlock by app');
    await save(user, api, 2);
    const written = writtenDocument(api, 1);
    expect(written.history?.map((entry) => entry.map.items.length)).toEqual([commuteMap().items.length]);
    // Only the written copy carries it.
    expect(present(store.getState().doc).history).toBeUndefined();
  });

  it('merges a file’s history once, however often the file is opened', async () => {
    const map = commuteMap();
    const history: HistoryEntry[] = [
      {
        id: 'a7e4b1c2-0000-4000-8000-000000000001',
        createdAt: '2026-01-10T09:00:00.000Z',
        label: 'Kick-off',
        map,
      },
      {
        id: 'a7e4b1c2-0000-4000-8000-000000000002',
        parentId: 'a7e4b1c2-0000-4000-8000-000000000001',
        createdAt: '2026-01-11T09:00:00.000Z',
        author: 'Sam',
        // The first touchpoint and the links that named it removed.
        map: { ...map, items: map.items.slice(1), links: [] },
      },
    ];
    const api = new FakeStudioApi();
    const bytes = fileBytes({ ...documentOf(map), history });
    api.pickFile('shared.cxmap', bytes).pickFile('shared.cxmap', bytes);
    const user = userEvent.setup();
    renderStudio(api);
    await user.keyboard('{Control>}o{/Control}');
    await screen.findAllByTestId('item-node');
    expect(await screen.findByText('Added 2 revisions from the file’s history.')).toBeTruthy();
    await user.click(within(sidePanel()).getByRole('tab', { name: 'History' }));
    await waitFor(async () => expect(await rows()).toHaveLength(2));

    await user.keyboard('{Control>}o{/Control}');
    await waitFor(() => expect(api.openDialogCalls).toBe(2));
    await waitFor(async () => expect(await rows()).toHaveLength(2));
    const [newest, oldest] = await rowTexts();
    expect(newest).toContain('by Sam');
    expect(newest).toContain('−1');
    expect(oldest).toContain('Kick-off');
  });

  it('says what to do when storage is full, and the saved map stays open and saved', async () => {
    const { store, api, user } = await openStudio();
    vi.spyOn(db().revisionBodies, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    addItem(store, 'touchpoint', 'Unlock by app');
    await save(user, api, 1);
    expect(
      await screen.findByText(
        'The map was saved, but its revision could not be recorded: storage is full even after thinning older automatic revisions. Free some disk space; your open map is untouched, and saving to a file still works.',
      ),
    ).toBeTruthy();
    expect(present(store.getState().doc).map.items.some((item) => item.title === 'Unlock by app')).toBe(true);
    expect(document.title).toBe(`${commuteMap().title} — Journey Studio`);
  });

  it('hides unreadable revisions and says how many', async () => {
    const { api, user } = await openStudio();
    await save(user, api, 1);
    await db().revisions.put({
      ...present((await db().revisions.toArray())[0]),
      id: 'broken-row',
      summary: 'not a summary' as never,
    });
    await user.click(within(sidePanel()).getByRole('tab', { name: 'Inspector' }));
    await user.click(within(sidePanel()).getByRole('tab', { name: 'History' }));
    expect(await screen.findByText('1 revision could not be read and is hidden.')).toBeTruthy();
    expect(await rows()).toHaveLength(1);
  });

  it('creates a future-state map linked to its as-is map and compares the two', async () => {
    const { store, api, user } = await openStudio();
    await save(user, api, 1);
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox'), 'Create future-state');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(present(store.getState().doc).map.title).toBe(`${commuteMap().title} (to-be)`),
    );
    const toBe = present(store.getState().doc).map;
    expect(toBe.id).not.toBe(commuteMap().id);
    expect(toBe['variantOf']).toBe(commuteMap().id);
    expect(toBe['variant']).toBe('to-be');
    await waitFor(async () => expect((await rowTexts())[0]).toContain('Future state created from'));

    await user.click(await screen.findByRole('button', { name: 'Compare with as-is map' }));
    await waitFor(() => expect(store.getState().revisionView?.kind).toBe('compare'));
    const view = store.getState().revisionView;
    if (view?.kind !== 'compare') throw new Error('no comparison');
    expect(view.before.label).toBe('As-is map');
    expect(view.before.map.id).toBe(commuteMap().id);
  });
});
