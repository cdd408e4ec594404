import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Item, JourneyMap } from '../../shared/model';
import { StageFrame } from '../../renderer/src/storyboard/StageFrame';

const item = (id: string, kind: Item['kind'], title: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind,
  stageId: 'st-pay',
  laneId: 'ln-1',
  order: 0,
  title,
  ...extra,
});

function checkoutMap(): JourneyMap {
  return {
    id: 'map-1',
    title: 'Online grocery',
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
    personas: [{ id: 'p-1', name: 'Maria Rossi' }],
    stages: [
      { id: 'st-browse', name: 'Browse' },
      { id: 'st-pay', name: 'Pay', goal: 'Pay without surprises' },
    ],
    lanes: [{ id: 'ln-1', name: 'Lane', kind: 'touchpoints' }],
    items: [
      item('tp-card', 'touchpoint', 'Card form', {
        order: 0,
        channel: 'web',
        success: 4,
        effort: 2,
        emotion: 3,
      }),
      item('fr-low', 'friction', 'Slow spinner', { order: 1, severity: 2 }),
      item('fr-high', 'friction', 'Card declined without reason', { order: 2, severity: 5 }),
      item('fr-mid', 'friction', 'Coupon field hidden', { order: 3, severity: 4 }),
      item('mg-1', 'magic', 'Saved basket', { order: 4 }),
      item('tp-other', 'touchpoint', 'Home page', { stageId: 'st-browse' }),
    ],
    links: [],
    metrics: [
      { id: 'm-1', kind: 'nps', value: 31, takenAt: '2026-03-01', stageId: 'st-pay' },
      { id: 'm-2', kind: 'nps', value: 24, takenAt: '2026-06-01', stageId: 'st-pay' },
      { id: 'm-3', kind: 'csat', value: 80, takenAt: '2026-06-01', itemId: 'tp-card' },
    ],
    quotes: [
      { id: 'q-mild', text: 'It was fine I guess', source: 'survey', sentiment: -1, itemIds: ['fr-low'] },
      {
        id: 'q-strong',
        text: 'Declined twice, write me at maria@example.com, Maria Rossi',
        source: 'interview',
        capturedAt: '2026-05-14',
        sentiment: -2,
        itemIds: ['fr-high'],
      },
      { id: 'q-other', text: 'Lovely home page', source: 'review', sentiment: 2, itemIds: ['tp-other'] },
    ],
  };
}

const frame = (redact = false) => {
  render(<StageFrame map={checkoutMap()} stageId="st-pay" redact={redact} variant="screen" />);
  return screen.getByRole('article', { name: 'Pay' });
};

describe('StageFrame', () => {
  it('shows the stage number, name and goal, and only this stage’s items', () => {
    const article = frame();
    expect(within(article).getByText('Stage 2')).toBeTruthy();
    expect(within(article).getByRole('heading', { name: 'Pay' })).toBeTruthy();
    expect(within(article).getByText('Goal: Pay without surprises')).toBeTruthy();
    expect(within(article).getByText('Card form')).toBeTruthy();
    expect(within(article).getByText('Web')).toBeTruthy();
    expect(within(article).queryByText('Home page')).toBeNull();
    expect(within(article).queryByText('Lovely home page')).toBeNull();
  });

  it('lists friction points by severity, highest first, with the severity shown', () => {
    const article = frame();
    const section = within(article).getByRole('heading', { name: 'Friction points' })
      .parentElement as HTMLElement;
    const entries = within(section)
      .getAllByRole('listitem')
      .map((entry) => entry.textContent);
    // The screen variant shows three frictions; all three fit here.
    expect(entries).toEqual([
      'Card declined without reasonSeverity 5/5',
      'Coupon field hiddenSeverity 4/5',
      'Slow spinnerSeverity 2/5',
    ]);
  });

  it('shows the strongest quote first with its source and date', () => {
    const article = frame();
    const quotes = within(article).getAllByRole('blockquote');
    expect(quotes[0]?.textContent).toBe('Declined twice, write me at maria@example.com, Maria Rossi');
    expect(within(article).getByText('Interview, 2026-05-14')).toBeTruthy();
  });

  it('redacts e-mail addresses and persona names in quotes when asked', () => {
    const article = frame(true);
    expect(within(article).getAllByRole('blockquote')[0]?.textContent).toBe(
      'Declined twice, write me at [email], [name]',
    );
    expect(article.textContent).not.toContain('maria@example.com');
  });

  it('shows each metric’s latest value and its trend against the previous one', () => {
    const article = frame();
    const section = within(article).getByRole('heading', { name: 'Metrics' }).parentElement as HTMLElement;
    const entries = within(section)
      .getAllByRole('listitem')
      .map((entry) => entry.textContent);
    expect(entries).toContain('NPS 24 ↓ from 31 · worse');
    expect(entries).toContain('CSAT · Card form 80% first measurement');
  });

  it('cuts long lists with "+ n more"', () => {
    const map = checkoutMap();
    for (let index = 0; index < 9; index += 1) {
      map.items.push(item(`tp-${index}`, 'touchpoint', `Extra ${index}`, { order: 10 + index }));
    }
    render(<StageFrame map={map} stageId="st-pay" redact={false} variant="print" />);
    // Ten touchpoints, six shown on a printed page.
    expect(screen.getByText('+ 4 more')).toBeTruthy();
  });
});
