import { describe, expect, it } from 'vitest';
import { createStudioStore, selectIsDirty } from '../../renderer/src/store';
import type { JourneyMap } from '../../shared/model';
import { commuteMap, documentOf } from './sampleMaps';

function openCommute() {
  const store = createStudioStore();
  store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null });
  return store;
}

/** An older state of the commute map: another title, its first item gone, an extra property. */
function olderRevision(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    id: 'some-other-id',
    createdAt: '2020-01-01T00:00:00.000Z',
    title: 'Commute — June workshop',
    items: map.items.slice(1).map((item) => ({ ...item, order: 0 })),
    reviewedBy: 'Ana',
  };
}

describe('restoring a revision', () => {
  it('replaces the open map in one undoable step, keeping the map’s identity', () => {
    const store = openCommute();
    const current = store.getState().doc?.map;
    store.getState().showRevisionPreview({ revisionId: 'r-1', label: 'June', map: olderRevision() });

    expect(store.getState().restoreMap(olderRevision(), 'Restore “June”')).toBe(true);

    const restored = store.getState().doc?.map;
    expect(restored?.title).toBe('Commute — June workshop');
    expect(restored?.items).toHaveLength(commuteMap().items.length - 1);
    expect(restored?.['reviewedBy']).toBe('Ana');
    expect(restored?.id).toBe(commuteMap().id);
    expect(restored?.createdAt).toBe(commuteMap().createdAt);
    expect(store.getState().revisionView).toBeNull();
    expect(store.getState().undoStack.map((edit) => edit.label)).toEqual(['Restore “June”']);
    expect(selectIsDirty(store.getState())).toBe(true);

    store.getState().undo();
    expect(store.getState().doc?.map).toEqual(current);
    expect(store.getState().doc?.map).not.toHaveProperty('reviewedBy');
  });

  it('records nothing when the revision equals the open map', () => {
    const store = openCommute();
    expect(store.getState().restoreMap(commuteMap(), 'Restore')).toBe(false);
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('a newly opened map leaves a comparison behind', () => {
    const store = openCommute();
    const side = { revisionId: null, label: 'Current map', map: commuteMap() };
    store.getState().showComparison({ ...side, revisionId: 'r-1', label: 'June' }, side);
    expect(store.getState().revisionView?.kind).toBe('compare');

    store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'again.cxmap', filePath: null });
    expect(store.getState().revisionView).toBeNull();
  });
});
