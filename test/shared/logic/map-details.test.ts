import { describe, expect, it } from 'vitest';
import { setMapDescription, setMapTitle, stampUpdated } from '../../../shared/logic';
import { NOW, edit, expectValid, richMap } from './support';

describe('map details', () => {
  it('sets the title and the description, and removes a blank description', () => {
    const titled = edit(richMap(), (draft) => setMapTitle(draft, 'Grocery 2027')).map;
    expect(titled.title).toBe('Grocery 2027');
    const described = edit(titled, (draft) => setMapDescription(draft, 'After the Q3 interviews')).map;
    expect(described.description).toBe('After the Q3 interviews');
    const cleared = edit(described, (draft) => setMapDescription(draft, null)).map;
    expect(cleared).not.toHaveProperty('description');
    expectValid(cleared);
  });

  it('refuses a title longer than the format allows', () => {
    expect(edit(richMap(), (draft) => setMapTitle(draft, 'x'.repeat(100_001))).result).toMatchObject({
      ok: false,
      error: { reason: 'invalid-value', field: 'title' },
    });
  });

  it('stamps the time of the last change only when asked', () => {
    const before = richMap();
    expect(edit(before, (draft) => setMapTitle(draft, 'New')).map.updatedAt).toBe(before.updatedAt);
    expect(edit(before, (draft) => stampUpdated(draft, NOW)).map.updatedAt).toBe(NOW);
  });
});
