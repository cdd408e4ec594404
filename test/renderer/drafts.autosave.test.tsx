import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbError, DraftRecord } from '../../renderer/src/db';
import { startAutosave } from '../../renderer/src/drafts/autosave';
import type { DraftSink } from '../../renderer/src/drafts/autosave';
import { createStudioStore } from '../../renderer/src/store';
import type { StudioStore } from '../../renderer/src/store';
import { commuteMap, documentOf } from './sampleMaps';

/** A sink that records what autosave wrote and removed, answering as the database would. */
class RecordingSink implements DraftSink {
  readonly saved: DraftRecord[] = [];
  readonly removed: string[] = [];
  failWith: DbError | null = null;

  save(draft: DraftRecord) {
    if (this.failWith !== null) return Promise.resolve({ ok: false as const, error: this.failWith });
    this.saved.push(draft);
    return Promise.resolve({ ok: true as const, value: undefined });
  }

  remove(mapId: string) {
    this.removed.push(mapId);
    return Promise.resolve({ ok: true as const, value: undefined });
  }
}

const map = commuteMap();

function openMap(store: StudioStore) {
  store.getState().loadDocument(documentOf(map), { fileName: 'commute.cxmap', filePath: null });
}

const rename = (store: StudioStore, title: string) =>
  store.getState().applyDocumentEdit('Rename map', (draft) => {
    draft.title = title;
  });

let store: StudioStore;
let sink: RecordingSink;
let stop: () => void;
let onError: ReturnType<typeof vi.fn<(error: DbError) => void>>;

beforeEach(() => {
  // Only the clocks autosave uses: promises and the rest stay real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  store = createStudioStore();
  sink = new RecordingSink();
  onError = vi.fn<(error: DbError) => void>();
  openMap(store);
  stop = startAutosave(store, sink, { onError }).stop;
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('autosave of the working copy', () => {
  it('writes the edited map within one second, with what recovery shows', () => {
    rename(store, 'Bike share — renamed');
    vi.advanceTimersByTime(999);

    expect(sink.saved).toHaveLength(1);
    const [draft] = sink.saved;
    expect(draft).toMatchObject({
      mapId: map.id,
      title: 'Bike share — renamed',
      fileName: 'commute.cxmap',
      filePath: null,
      changeCount: 1,
    });
    expect(draft?.savedAt).toBeLessThanOrEqual(Date.now());
    expect(draft?.doc).toEqual(store.getState().doc);
    expect(structuredClone(draft?.doc)).toEqual(store.getState().doc);
  });

  it('batches a burst of 50 edits into at most two writes, the last edit written within a second', () => {
    for (let step = 0; step < 50; step += 1) {
      rename(store, `Burst ${step}`);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(990);

    expect(sink.saved.length).toBeGreaterThanOrEqual(1);
    expect(sink.saved.length).toBeLessThanOrEqual(2);
    const last = sink.saved.at(-1)?.doc as { map: { title: string } } | undefined;
    expect(last?.map.title).toBe('Burst 49');
  });

  it('still writes within one second while the user keeps typing', () => {
    for (let step = 0; step < 4; step += 1) {
      rename(store, `Title ${step}`);
      vi.advanceTimersByTime(300);
    }
    // 1.2 s of uninterrupted typing: the debounce alone would not have written yet.
    expect(sink.saved.length).toBeGreaterThanOrEqual(1);
    expect(sink.saved[0]?.savedAt).toBeLessThanOrEqual(Date.now());
  });

  it('writes nothing for a map that was only opened', () => {
    vi.advanceTimersByTime(5_000);
    openMap(store);
    vi.advanceTimersByTime(5_000);

    expect(sink.saved).toEqual([]);
    expect(sink.removed).toEqual([]);
  });

  it('deletes its draft when the map is loaded fresh', () => {
    rename(store, 'Edited');
    vi.advanceTimersByTime(1_000);

    openMap(store);

    expect(sink.removed).toEqual([map.id]);
  });

  it('deletes its draft when the map is saved, and when undo brings it back to the file', () => {
    rename(store, 'Edited');
    vi.advanceTimersByTime(1_000);
    const state = store.getState();
    state.markSaved(
      state.doc?.map ?? map,
      { depth: state.undoStack.length, top: state.undoStack.at(-1) ?? null },
      { fileName: 'commute.cxmap', filePath: null, mtimeMs: null },
    );
    expect(sink.removed).toEqual([map.id]);

    rename(store, 'Edited again');
    vi.advanceTimersByTime(1_000);
    store.getState().undo();
    expect(sink.removed).toEqual([map.id, map.id]);
  });

  it('keeps a recovered map’s draft when undo makes it clean, until it is saved', () => {
    const autosave = startAutosave(store, sink);
    stop();
    stop = autosave.stop;
    // What RecoveryPrompt does after loading a draft: the map differs from its file, history or not.
    autosave.keep(map.id);

    rename(store, 'More work');
    vi.advanceTimersByTime(1_000);
    expect(sink.saved.map((draft) => draft.title)).toEqual(['More work']);
    store.getState().undo();
    expect(sink.removed).toEqual([]);

    const state = store.getState();
    state.markSaved(
      state.doc?.map ?? map,
      { depth: state.undoStack.length, top: state.undoStack.at(-1) ?? null },
      { fileName: 'commute.cxmap', filePath: null, mtimeMs: null },
    );
    expect(sink.removed).toEqual([map.id]);
  });

  it('reports a full disk once, not on every keystroke', () => {
    sink.failWith = { kind: 'quota' };
    rename(store, 'One');
    vi.advanceTimersByTime(1_000);
    rename(store, 'Two');
    vi.advanceTimersByTime(1_000);

    return vi.waitFor(() => expect(onError.mock.calls).toEqual([[{ kind: 'quota' }]]));
  });
});
