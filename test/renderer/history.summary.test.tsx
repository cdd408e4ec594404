import { describe, expect, it } from 'vitest';
import { EMPTY_REVISION_SUMMARY } from '../../renderer/src/db/revisionSummary';
import type { RevisionSummary } from '../../renderer/src/db';
import { describeRevisionChanges, formatBytes } from '../../renderer/src/history/revisionSummaryText';

const summary = (fields: Partial<RevisionSummary>): RevisionSummary => ({
  ...EMPTY_REVISION_SUMMARY,
  ...fields,
});

describe('the one-line change summary of a revision', () => {
  it('reads like the issue: items added and removed by kind, then headline metrics', () => {
    const before = summary({
      itemsByKind: { touchpoint: 2, friction: 3 },
      latestMetrics: { nps: 31 },
      metrics: 4,
    });
    const after = summary({
      itemsByKind: { touchpoint: 5, friction: 2 },
      latestMetrics: { nps: 24 },
      metrics: 5,
    });
    expect(describeRevisionChanges(after, before)).toBe(
      '+3 touchpoints, \u22121 friction, NPS 31 → 24, +1 metric snapshot',
    );
  });

  it('names the first revision, and edits that add or remove nothing', () => {
    const same = summary({ itemsByKind: { note: 1 } });
    expect(describeRevisionChanges(same, null)).toBe('First revision');
    expect(describeRevisionChanges(same, same)).toBe('Edited, nothing added or removed');
  });

  it('formats storage in the units people read', () => {
    expect(formatBytes(640)).toBe('0.6 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
  });
});
