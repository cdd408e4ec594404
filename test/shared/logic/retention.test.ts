import { describe, expect, it } from 'vitest';
import { planRetention } from '../../../shared/logic/retention';
import type { RetentionCandidate, RevisionKind } from '../../../shared/logic/retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Wednesday 18 March 2026, noon UTC. */
const NOW = Date.UTC(2026, 2, 18, 12, 0, 0);

const at = (id: string, createdAt: number, kind: RevisionKind = 'auto'): RetentionCandidate => ({
  id,
  createdAt,
  kind,
});

describe('planRetention', () => {
  it('keeps and drops nothing for an empty history', () => {
    expect(planRetention([], NOW)).toEqual({ keep: [], drop: [] });
  });

  it('keeps every automatic revision of the last 24 hours, exactly 24 h included', () => {
    const revisions = [
      at('now', NOW),
      at('1h', NOW - HOUR),
      at('1h-again', NOW - HOUR),
      at('24h', NOW - DAY),
      // 17 March 11:59:59.999, one millisecond older: daily tier, newest of its day among those.
      at('24h+1ms', NOW - DAY - 1),
      // 17 March 08:00, same day, older: dropped.
      at('17-mar-8h', Date.UTC(2026, 2, 17, 8)),
    ];
    expect(planRetention(revisions, NOW)).toEqual({
      keep: ['now', '1h', '1h-again', '24h', '24h+1ms'],
      drop: ['17-mar-8h'],
    });
  });

  it('keeps the newest automatic revision per UTC calendar day, across the midnight boundary', () => {
    const revisions = [
      at('head', NOW),
      at('15-mar-00:00', Date.UTC(2026, 2, 15, 0, 0, 0, 0)),
      at('14-mar-23:59', Date.UTC(2026, 2, 14, 23, 59, 59, 999)),
      at('14-mar-09:00', Date.UTC(2026, 2, 14, 9)),
      at('15-mar-10:00', Date.UTC(2026, 2, 15, 10)),
    ];
    expect(planRetention(revisions, NOW)).toEqual({
      keep: ['head', '14-mar-23:59', '15-mar-10:00'],
      drop: ['15-mar-00:00', '14-mar-09:00'],
    });
  });

  it('treats exactly 30 days as daily and anything older as weekly', () => {
    const revisions = [
      at('head', NOW),
      // 16 February, noon and 13:00: one day bucket, the 13:00 one wins.
      at('30d', NOW - 30 * DAY),
      at('30d-minus-1h', NOW - 30 * DAY + HOUR),
      // 16 February 11:59:59.999 and 10:00: weekly tier, week of Monday 16 February; newest wins.
      at('30d+1ms', NOW - 30 * DAY - 1),
      at('30d+2h', NOW - 30 * DAY - 2 * HOUR),
    ];
    expect(planRetention(revisions, NOW)).toEqual({
      keep: ['head', '30d-minus-1h', '30d+1ms'],
      drop: ['30d', '30d+2h'],
    });
  });

  it('keeps the newest automatic revision per ISO week (Monday to Sunday) beyond 30 days', () => {
    const revisions = [
      at('head', NOW),
      // Week of Monday 2 February 2026: Monday 00:00 and Sunday 8 February 23:59:59.999.
      at('mon-2-feb', Date.UTC(2026, 1, 2, 0, 0, 0, 0)),
      at('sun-8-feb', Date.UTC(2026, 1, 8, 23, 59, 59, 999)),
      // Sunday 1 February 23:59:59.999 belongs to the previous week, so it is kept too.
      at('sun-1-feb', Date.UTC(2026, 1, 1, 23, 59, 59, 999)),
      // Tuesday 27 January, same week as Sunday 1 February, older: dropped.
      at('tue-27-jan', Date.UTC(2026, 0, 27, 15)),
    ];
    expect(planRetention(revisions, NOW)).toEqual({
      keep: ['head', 'sun-8-feb', 'sun-1-feb'],
      drop: ['mon-2-feb', 'tue-27-jan'],
    });
  });

  it('keeps named and imported revisions forever, and they do not take an automatic slot', () => {
    const revisions = [
      at('head', NOW),
      at('named-old', Date.UTC(2020, 0, 1), 'named'),
      at('imported-old', Date.UTC(2020, 0, 1, 1), 'imported'),
      at('auto-same-day-newer', Date.UTC(2026, 2, 10, 20)),
      at('named-same-day', Date.UTC(2026, 2, 10, 21), 'named'),
      at('auto-same-day-older', Date.UTC(2026, 2, 10, 9)),
    ];
    expect(planRetention(revisions, NOW)).toEqual({
      keep: ['head', 'named-old', 'imported-old', 'auto-same-day-newer', 'named-same-day'],
      drop: ['auto-same-day-older'],
    });
  });

  it('always keeps the newest revision, even a year-old automatic one, and breaks ties by id', () => {
    const old = Date.UTC(2025, 2, 18);
    expect(planRetention([at('b', old), at('a', old)], NOW)).toEqual({ keep: ['a'], drop: ['b'] });
  });
});
