import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../../renderer/src/store';
import type { JourneyMap } from '../../shared/model';
import { commuteMap, documentOf } from './sampleMaps';

const source = { fileName: 'commute.cxmap', filePath: null };

/** The commute map with a quote that explains two of its items, to see quotes survive deletions. */
function mapWithQuote(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    quotes: [
      { id: 'q-1', text: 'The dock beeped twice', source: 'interview', itemIds: ['tp-dock', 'tp-unlock'] },
    ],
  };
}

function openStore(map: JourneyMap = mapWithQuote()) {
  const store = createStudioStore();
  store.getState().loadDocument(documentOf(map), source);
  return store;
}

const mapOf = (store: ReturnType<typeof createStudioStore>) => {
  const map = store.getState().doc?.map;
  if (map === undefined) throw new Error('no map open');
  return map;
};

afterEach(() => vi.useRealTimers());

describe('undo and redo of map edits', () => {
  it('makes each named edit one step, undone in reverse order and redone forward', () => {
    const store = openStore();
    const original = mapOf(store);

    store.getState().renameStage('st-ride', 'Cycle');
    const addedId = store.getState().addItem('friction', { stageId: 'st-ride', laneId: 'ln-pains' });
    store.getState().moveStage('st-return', 0);

    expect(store.getState().undoStack.map((edit) => edit.label)).toEqual([
      'Rename stage',
      'Add item',
      'Move stage',
    ]);
    expect(mapOf(store).stages.map((stage) => stage.id)).toEqual(['st-return', 'st-find', 'st-ride']);

    expect(store.getState().undo()).toBe('Move stage');
    expect(mapOf(store).stages.map((stage) => stage.id)).toEqual(['st-find', 'st-ride', 'st-return']);
    expect(store.getState().undo()).toBe('Add item');
    expect(mapOf(store).items.some((item) => item.id === addedId)).toBe(false);
    expect(store.getState().undo()).toBe('Rename stage');
    expect(mapOf(store)).toEqual(original);
    expect(store.getState().undo()).toBeNull();

    expect(store.getState().redo()).toBe('Rename stage');
    expect(store.getState().redo()).toBe('Add item');
    expect(mapOf(store).items.find((item) => item.id === addedId)?.kind).toBe('friction');
    expect(mapOf(store).stages.find((stage) => stage.id === 'st-ride')?.name).toBe('Cycle');
  });

  it('merges the keystrokes of one typed title into one step, but not a pause or another field', () => {
    vi.useFakeTimers();
    const store = openStore();
    const typed = ['D', 'Do', 'Doc', 'Dock'];
    for (const title of typed) {
      store.getState().updateItem('tp-dock', { title }, { coalesceKey: 'title:tp-dock' });
      vi.advanceTimersByTime(300);
    }
    expect(store.getState().undoStack).toHaveLength(1);

    vi.advanceTimersByTime(2000);
    store.getState().updateItem('tp-dock', { title: 'Dock!' }, { coalesceKey: 'title:tp-dock' });
    store.getState().updateItem('tp-dock', { description: 'Beeps' }, { coalesceKey: 'description:tp-dock' });
    expect(store.getState().undoStack).toHaveLength(3);

    store.getState().undo();
    store.getState().undo();
    expect(mapOf(store).items.find((item) => item.id === 'tp-dock')?.title).toBe('Dock');
    store.getState().undo();
    expect(mapOf(store).items.find((item) => item.id === 'tp-dock')?.title).toBe(
      commuteMap().items.find((item) => item.id === 'tp-dock')?.title,
    );
  });

  it('brings back a deleted item with its links and its place in quotes', () => {
    const store = openStore();
    const before = mapOf(store);

    store.getState().deleteItems(['tp-unlock']);
    expect(mapOf(store).links).toEqual([]);
    expect(mapOf(store).quotes[0]?.itemIds).toEqual(['tp-dock']);

    store.getState().undo();
    expect(mapOf(store)).toEqual(before);

    store.getState().redo();
    expect(mapOf(store).items.some((item) => item.id === 'tp-unlock')).toBe(false);
  });

  it('deletes the selected items and links as one step', () => {
    const store = openStore();
    store.getState().selectItems(['nt-weather']);
    store.getState().changeLinkSelection([{ id: 'lk-2', selected: true }]);

    expect(store.getState().deleteSelection()).toBe(true);

    expect(mapOf(store).items.some((item) => item.id === 'nt-weather')).toBe(false);
    expect(mapOf(store).links.map((link) => link.id)).toEqual(['lk-1']);
    expect(store.getState().undoStack).toHaveLength(1);
    expect(store.getState().selectedItemIds).toEqual([]);
    store.getState().undo();
    expect(mapOf(store).links.map((link) => link.id)).toEqual(['lk-1', 'lk-2']);
  });

  it('keeps the history when the selection changes, and drops an undone item from the selection', () => {
    const store = openStore();
    const id = store.getState().addItem('note', { stageId: 'st-find', laneId: 'ln-notes' });
    if (id === null) throw new Error('the note was refused');
    store.getState().selectOnlyItem(id);
    store.getState().selectHeader({ kind: 'stage', id: 'st-ride' });
    store.getState().selectItems([id]);

    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().selectedItemIds).toEqual([]);
    expect(store.getState().redoStack).toHaveLength(1);
  });

  it('starts a fresh history when a map is loaded', () => {
    const store = openStore();
    store.getState().renameStage('st-ride', 'Cycle');
    store.getState().undo();
    store.getState().setMapTitle('Another');

    store.getState().loadDocument(documentOf(commuteMap()), source);

    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().redoStack).toEqual([]);
    expect(store.getState().undo()).toBeNull();
  });

  it('forgets what was undone once a new edit is made', () => {
    const store = openStore();
    store.getState().renameStage('st-ride', 'Cycle');
    store.getState().undo();
    store.getState().renameLane('ln-notes', 'Remarks');

    expect(store.getState().redo()).toBeNull();
    expect(mapOf(store).stages.find((stage) => stage.id === 'st-ride')?.name).toBe('Ride');
  });
});
