import { describe, expect, it } from 'vitest';
import { readCxmap, writeCxmap } from '../../../shared/format';
import { generateDocument } from '../../bench/generateMap';

describe('the benchmark map generator', () => {
  it.each([100, 500, 1000, 2000])('makes a %i-item map the reader accepts', (itemCount) => {
    const document = generateDocument({ itemCount });
    const read = readCxmap(writeCxmap(document));
    expect(read.ok ? read.value.map.items.length : read.error).toBe(itemCount);
  });

  it('is deterministic: the same size and seed give the same bytes, another seed another map', () => {
    const first = writeCxmap(generateDocument({ itemCount: 500, seed: 7 }));
    expect(writeCxmap(generateDocument({ itemCount: 500, seed: 7 }))).toBe(first);
    expect(writeCxmap(generateDocument({ itemCount: 500, seed: 8 }))).not.toBe(first);
  });

  it('mixes what real maps hold: every kind, links, metric series and quotes', () => {
    const { map } = generateDocument({ itemCount: 1000 });
    expect(new Set(map.items.map((item) => item.kind))).toEqual(
      new Set(['touchpoint', 'friction', 'magic', 'opportunity', 'note']),
    );
    expect(map.links.length).toBeGreaterThan(100);
    expect(map.metrics.length).toBeGreaterThan(100);
    expect(map.quotes.length).toBe(150);
    expect(map.stages.length).toBe(40);
  });
});
