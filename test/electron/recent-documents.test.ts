import { describe, expect, it, vi } from 'vitest';
import { createRecentDocuments, MAX_RECENT_DOCUMENTS } from '../../electron/main/recent-documents';

/** A userData file held in memory and a disk where the test decides which maps exist. */
const setUp = (stored: string | null = null, existing: string[] = []) => {
  const disk = { json: stored, files: new Set(existing) };
  const addToOsList = vi.fn();
  const recent = createRecentDocuments({
    readText: () => Promise.resolve(disk.json),
    writeText: (text) => {
      disk.json = text;
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(disk.files.has(path)),
    addToOsList,
  });
  return { recent, disk, addToOsList };
};

describe('recent documents', () => {
  it('lists maps newest first, marks missing ones, and tells the OS', async () => {
    const { recent, addToOsList } = setUp(null, ['/maps/a.cxmap']);
    await recent.add('/maps/a.cxmap');
    await recent.add('/maps/b.cxmap');
    await recent.add('/maps/a.cxmap');
    expect(await recent.list()).toEqual([
      { path: '/maps/a.cxmap', name: 'a.cxmap', missing: false },
      { path: '/maps/b.cxmap', name: 'b.cxmap', missing: true },
    ]);
    expect(addToOsList).toHaveBeenLastCalledWith('/maps/a.cxmap');
  });

  it('persists the list and reads it back in the next session', async () => {
    const first = setUp();
    await first.recent.add('/maps/a.cxmap');
    const next = setUp(first.disk.json, ['/maps/a.cxmap']);
    expect(await next.recent.list()).toEqual([{ path: '/maps/a.cxmap', name: 'a.cxmap', missing: false }]);
  });

  it('removes a map on request', async () => {
    const { recent, disk } = setUp();
    await recent.add('/maps/a.cxmap');
    await recent.add('/maps/b.cxmap');
    expect((await recent.remove('/maps/b.cxmap')).map((entry) => entry.path)).toEqual(['/maps/a.cxmap']);
    expect(disk.json).not.toContain('b.cxmap');
    expect(await recent.has('/maps/b.cxmap')).toBe(false);
  });

  it(`keeps at most ${MAX_RECENT_DOCUMENTS}`, async () => {
    const { recent } = setUp();
    for (let index = 0; index < MAX_RECENT_DOCUMENTS + 3; index += 1)
      await recent.add(`/maps/${index}.cxmap`);
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(listed[0]?.path).toBe(`/maps/${MAX_RECENT_DOCUMENTS + 2}.cxmap`);
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', '[1,2,3]'],
    ['hostile entries', JSON.stringify({ paths: [42, 'relative.cxmap', '/maps/../x.cxmap', '/ok.cxmap\0'] })],
  ])('starts afresh from a stored list that is %s', async (_label, stored) => {
    const { recent } = setUp(stored);
    expect(await recent.list()).toEqual([]);
  });
});
