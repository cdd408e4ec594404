import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyForFile, mergeHistories } from '../../../shared/logic';
import type { HistoryEntry } from '../../../shared/model';
import { richMap } from './support';

const entry = (id: string, createdAt: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  createdAt,
  map: { ...richMap(), title: `Map at ${id}` },
  ...extra,
});

const ids = (entries: readonly HistoryEntry[]): string[] => entries.map((e) => e.id);

describe('mergeHistories', () => {
  it('adds the revisions the local history lacks, oldest first, without duplicates', () => {
    const r1 = entry('r1', '2026-01-01T10:00:00Z');
    const r2 = entry('r2', '2026-01-02T10:00:00Z', { parentId: 'r1' });
    const r3 = entry('r3', '2026-01-03T10:00:00Z', { parentId: 'r2', label: 'After interviews' });
    const r4 = entry('r4', '2026-01-04T10:00:00Z', { parentId: 'r3' });
    const result = mergeHistories([r2, r1], [r4, r2, r3]);
    expect(ids(result.merged)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(ids(result.added)).toEqual(['r3', 'r4']);
    expect(result.conflicts).toEqual([]);
    expect(result.merged[3]?.parentId).toBe('r3');
  });

  it('keeps a parentId that names a revision neither side has', () => {
    const orphan = entry('r9', '2026-02-01T00:00:00Z', { parentId: 'r8' });
    expect(mergeHistories([], [orphan]).merged).toEqual([orphan]);
  });

  it('treats an equal entry with its keys in another order as the same revision', () => {
    const local = entry('r1', '2026-01-01T10:00:00Z', { label: 'Kick-off' });
    const { map, label, createdAt, id } = local;
    const incoming: HistoryEntry = { map, label, createdAt, id };
    expect(mergeHistories([local], [incoming])).toEqual({ merged: [local], added: [], conflicts: [] });
  });

  it('keeps the local entry and reports a different one with the same id', () => {
    const local = entry('r1', '2026-01-01T10:00:00Z', { label: 'Ours' });
    const incoming = entry('r1', '2026-01-01T10:00:00Z', { label: 'Theirs' });
    const result = mergeHistories([local], [incoming]);
    expect(result.merged).toEqual([local]);
    expect(result.added).toEqual([]);
    expect(result.conflicts).toEqual([{ id: 'r1', local, incoming }]);
  });

  it('orders by instant, not by the text of the date, then by id', () => {
    const late = entry('a', '2026-01-01T10:00:00+02:00'); // 08:00 UTC
    const early = entry('b', '2026-01-01T09:00:00Z');
    const sameTime = entry('c', '2026-01-01T09:00:00.000Z');
    expect(ids(mergeHistories([early, sameTime], [late]).merged)).toEqual(['a', 'b', 'c']);
  });
});

describe('historyForFile', () => {
  const r1 = entry('r1', '2026-01-01');
  const r2 = entry('r2', '2026-01-02');
  const r3 = entry('r3', '2026-01-03');

  it('writes each revision once, oldest first', () => {
    expect(ids(historyForFile([r3, r1, r2, r1]))).toEqual(['r1', 'r2', 'r3']);
  });

  it('keeps only the newest entries when asked to', () => {
    expect(ids(historyForFile([r3, r1, r2], 2))).toEqual(['r2', 'r3']);
    expect(ids(historyForFile([r3, r1, r2], 0))).toEqual([]);
    expect(ids(historyForFile([r3, r1, r2], 10))).toEqual(['r1', 'r2', 'r3']);
  });
});

describe('mergeHistories: properties', () => {
  // Content is a function of the id, so two sides never conflict: the laws below hold exactly.
  const pool = Array.from({ length: 12 }, (_, index) =>
    entry(`r${index}`, `2026-01-${String((index % 5) + 1).padStart(2, '0')}T00:00:00Z`, {
      ...(index > 0 ? { parentId: `r${index - 1}` } : {}),
    }),
  );
  const history = fc.array(fc.constantFrom(...pool), { maxLength: 12 });

  it('never duplicates, is idempotent and commutative in content', () => {
    fc.assert(
      fc.property(history, history, (local, incoming) => {
        const once = mergeHistories(local, incoming);
        const mergedIds = ids(once.merged);
        expect(new Set(mergedIds).size).toBe(mergedIds.length);
        expect(new Set(mergedIds)).toEqual(new Set([...ids(local), ...ids(incoming)]));

        const again = mergeHistories(once.merged, incoming);
        expect(again.added).toEqual([]);
        expect(again.merged).toEqual(once.merged);

        expect(mergeHistories(incoming, local).merged).toEqual(once.merged);
        expect(once.conflicts).toEqual([]);
      }),
    );
  });
});
