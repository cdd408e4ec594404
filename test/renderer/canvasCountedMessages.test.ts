import { describe, expect, it } from 'vitest';
import { t, tCount } from '../../renderer/src/i18n';

describe('counted messages', () => {
  it('says “1 item” but “0 items” and “2 items”', () => {
    expect(tCount('count.items', 1)).toBe('1 item');
    expect(tCount('count.items', 0)).toBe('0 items');
    expect(tCount('count.items', 2)).toBe('2 items');
  });

  it('fills the other placeholders of the chosen form', () => {
    expect(tCount('canvas.cellLabel', 1, { lane: 'Pains', stage: 'Order' })).toBe(
      'Cell Pains × Order, 1 item',
    );
    expect(tCount('find.count', 1)).toBe('1 match');
    expect(tCount('filter.active', 3)).toBe('3 filters active');
  });

  it('composes several counts in one sentence, each in its own form', () => {
    const body = t('confirm.deletion.body', {
      items: tCount('count.items', 1),
      links: tCount('count.links', 2),
      metrics: tCount('count.metrics', 1),
    });
    expect(body).toMatch(/^This also deletes 1 item, 2 links and 1 metric\./);
  });
});
