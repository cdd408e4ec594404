import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../renderer/src/store';
import { commuteMap, documentOf } from './sampleMaps';

const source = { fileName: 'commute.cxmap', filePath: '/maps/commute.cxmap' };

function storeWithMap() {
  const store = createStudioStore();
  store.getState().loadDocument(documentOf(commuteMap()), source);
  return store;
}

describe('the studio store', () => {
  it('starts with no map, nothing selected, no history and no error', () => {
    const state = createStudioStore().getState();

    expect(state.doc).toBeNull();
    expect(state.selectedItemIds).toEqual([]);
    expect(state.undoStack).toEqual([]);
    expect(state.errorMessage).toBeNull();
  });

  it('loads a map with its file, asks the view to fit and clears a shown error', () => {
    const store = createStudioStore();
    store.getState().showError('previous refusal');
    const doc = documentOf(commuteMap());

    store.getState().loadDocument(doc, source);

    const state = store.getState();
    expect(state.doc?.map.title).toBe(doc.map.title);
    expect(state.fileName).toBe(source.fileName);
    expect(state.filePath).toBe(source.filePath);
    expect(state.viewRequest).toEqual({ kind: 'open', sequence: 1 });
    expect(state.errorMessage).toBeNull();
  });

  it('records each edit once, with the patches to undo it, and changes nothing else', () => {
    const store = storeWithMap();
    const before = store.getState().doc;

    store.getState().applyDocumentEdit('Rename stage', (map) => {
      const stage = map.stages[0];
      if (stage) stage.name = 'Look for a bike';
    });

    const after = store.getState();
    expect(after.doc?.map.stages[0]?.name).toBe('Look for a bike');
    expect(after.doc?.map.items).toBe(before?.map.items);
    expect(after.undoStack).toHaveLength(1);
    expect(after.undoStack[0]?.label).toBe('Rename stage');
    expect(after.undoStack[0]?.inversePatches).toEqual([
      { op: 'replace', path: ['stages', 0, 'name'], value: before?.map.stages[0]?.name },
    ]);
  });

  it('records nothing for an edit that changes nothing', () => {
    const store = storeWithMap();

    store.getState().applyDocumentEdit('Nothing', () => undefined);

    expect(store.getState().undoStack).toEqual([]);
  });

  it('starts a fresh history and selection when another map is loaded', () => {
    const store = storeWithMap();
    store.getState().changeItemSelection([{ id: 'tp-app', selected: true }]);
    store.getState().applyDocumentEdit('Retitle', (map) => {
      map.title = 'Changed';
    });

    store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'other.cxmap', filePath: null });

    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().selectedItemIds).toEqual([]);
  });

  it('applies selection changes from the canvas in order', () => {
    const store = storeWithMap();

    store.getState().changeItemSelection([
      { id: 'tp-app', selected: true },
      { id: 'tp-dock', selected: true },
      { id: 'tp-app', selected: false },
    ]);
    expect(store.getState().selectedItemIds).toEqual(['tp-dock']);

    store.getState().selectOnlyItem('fr-full');
    expect(store.getState().selectedItemIds).toEqual(['fr-full']);
    store.getState().clearSelection();
    expect(store.getState().selectedItemIds).toEqual([]);
  });

  it('closes a map', () => {
    const store = storeWithMap();

    store.getState().closeDocument();

    expect(store.getState().doc).toBeNull();
    expect(store.getState().fileName).toBeNull();
  });

  it('keeps each window’s store apart', () => {
    const first = storeWithMap();
    const second = createStudioStore();

    expect(first.getState().doc).not.toBeNull();
    expect(second.getState().doc).toBeNull();
  });
});
