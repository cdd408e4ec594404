import 'fake-indexeddb/auto';
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultStudioDb, recordRevision } from '../../renderer/src/db';
import { evidenceMap, openInsights, panel } from './insightsMaps';

describe('the review reminder', { timeout: 20_000 }, () => {
  it('says how long ago the last named version was, when it is over 90 days', async () => {
    const db = defaultStudioDb();
    if (db === null) throw new Error('the tests run with an IndexedDB');
    const recorded = await recordRevision(db, {
      map: evidenceMap(),
      kind: 'named',
      label: 'Quarterly review',
      createdAt: Date.now() - 120 * 86_400_000,
    });
    expect(recorded.ok).toBe(true);
    await openInsights();
    expect(
      await within(panel()).findByText('Map not reviewed for 120 days since its last named version'),
    ).toBeDefined();
  });
});
