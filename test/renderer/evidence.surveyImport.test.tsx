import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/model';
import { renderStudio } from './renderStudio';
import { documentOf } from './sampleMaps';

// `import.meta.url` is an http URL under jsdom; the file's directory is still known.
const SURVEYS = path.resolve(import.meta.dirname, '../fixtures/surveys');
const csvBytes = new Uint8Array(readFileSync(path.join(SURVEYS, 'october-responses.csv')));
interface Expected {
  readonly by_touchpoint: Record<
    string,
    Record<'nps' | 'csat' | 'ces', { value: number; responses: number }>
  >;
}
const expected = (
  JSON.parse(readFileSync(path.join(SURVEYS, 'expected.json'), 'utf8')) as Record<string, Expected>
)['october-responses.csv'] as Expected;

/** A grocery map whose touchpoints are named a little differently from the survey's. */
const groceryMap = (): JourneyMap => ({
  id: 'map-grocery',
  title: 'Grocery delivery',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
  personas: [],
  stages: [
    { id: 'st-order', name: 'Order' },
    { id: 'st-receive', name: 'Receive' },
  ],
  lanes: [{ id: 'ln-touch', name: 'Touchpoints', kind: 'touchpoints' }],
  items: [
    {
      id: 'i-basket',
      kind: 'touchpoint',
      stageId: 'st-order',
      laneId: 'ln-touch',
      order: 0,
      title: 'Basket & checkout',
    },
    {
      id: 'i-chat',
      kind: 'touchpoint',
      stageId: 'st-order',
      laneId: 'ln-touch',
      order: 1,
      title: 'In-app chat',
    },
    {
      id: 'i-door',
      kind: 'touchpoint',
      stageId: 'st-receive',
      laneId: 'ln-touch',
      order: 0,
      title: 'Doorstep hand over',
    },
    {
      id: 'i-call',
      kind: 'touchpoint',
      stageId: 'st-receive',
      laneId: 'ln-touch',
      order: 1,
      title: 'Call centre',
    },
  ],
  links: [],
  metrics: [],
  quotes: [],
});

const ITEM_OF: Record<string, string> = {
  'Basket & checkout': 'i-basket',
  'In-app chat': 'i-chat',
  'Doorstep hand-over': 'i-door',
  'Phone line': 'i-call',
};

async function openWizard(map: JourneyMap = groceryMap()) {
  const view = renderStudio();
  act(() =>
    view.store.getState().loadDocument(documentOf(map), { fileName: 'grocery.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  act(() => view.store.getState().openDialog({ kind: 'surveyImport' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import survey CSV' });
  return { ...view, dialog };
}

async function upload(dialog: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name: string) {
  await userEvent.upload(
    within(dialog).getByLabelText('Survey CSV file'),
    new File([bytes], name, { type: 'text/csv' }),
  );
}

describe('the survey import wizard', { timeout: 30_000 }, () => {
  it('maps columns, ties touchpoints to items, previews, and imports the figures as one undo step', async () => {
    const { dialog, store } = await openWizard();
    await upload(dialog, csvBytes, 'october-responses.csv');
    await within(dialog).findByText('Which column holds what?');
    expect(within(dialog).getByLabelText('Score')).toHaveProperty('value', '4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));

    await within(dialog).findByText('Which item is each touchpoint?');
    // Exact and fuzzy names are tied already; the phone line is the call centre, which only a person knows.
    expect(within(dialog).getByLabelText(/Item for “Doorstep hand-over”/)).toHaveProperty('value', 'i-door');
    await userEvent.selectOptions(within(dialog).getByLabelText(/Item for “Phone line”/), 'Call centre');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));

    const table = await within(dialog).findByRole('table');
    const phoneNps = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Phone line') && row.textContent.includes('NPS'));
    expect(phoneNps?.textContent).toContain('−71.1');
    expect(phoneNps?.textContent).toContain('83');
    expect(store.getState().doc?.map.metrics).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.queryByRole('dialog', { name: 'Import survey CSV' })).toBeNull();

    const metrics = store.getState().doc?.map.metrics ?? [];
    for (const [touchpoint, figures] of Object.entries(expected.by_touchpoint)) {
      for (const [kind, figure] of Object.entries(figures)) {
        expect(metrics).toContainEqual(
          expect.objectContaining({
            kind,
            itemId: ITEM_OF[touchpoint],
            value: figure.value,
            sampleSize: figure.responses,
            takenAt: '2026-10-01',
          }),
        );
      }
    }
    expect(metrics).toHaveLength(12);
    const quotes = store.getState().doc?.map.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((quote) => quote.source === 'survey' && quote.sentiment !== undefined)).toBe(true);

    act(() => void store.getState().undo());
    expect(store.getState().doc?.map.metrics).toEqual([]);
    expect(store.getState().doc?.map.quotes).toEqual([]);
  });

  it('can create an item for an unmatched touchpoint', async () => {
    const map = groceryMap();
    const { dialog, store } = await openWizard({
      ...map,
      items: map.items.filter((item) => item.id !== 'i-call'),
    });
    await upload(dialog, csvBytes, 'october-responses.csv');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Next' }));
    await userEvent.selectOptions(
      await within(dialog).findByLabelText(/Item for “Phone line”/),
      'Create a new touchpoint in Receive',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Import' }));
    const created = store.getState().doc?.map.items.find((item) => item.title === 'Phone line');
    expect(created).toMatchObject({ stageId: 'st-receive', laneId: 'ln-touch', kind: 'touchpoint' });
    expect(store.getState().doc?.map.metrics).toContainEqual(
      expect.objectContaining({ itemId: created?.id, kind: 'nps', value: -71.1, sampleSize: 83 }),
    );
  });

  it('says why a binary file cannot be read, and writes nothing', async () => {
    const { dialog, store } = await openWizard();
    const before = store.getState().doc?.map;
    await upload(
      dialog,
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0]),
      'survey.csv',
    );
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/binary file, not a CSV/);
    expect(store.getState().doc?.map).toBe(before);
  });

  it('refuses a file without a score column at the mapping step, and writes nothing', async () => {
    const { dialog, store } = await openWizard();
    const before = store.getState().doc?.map;
    const csv = 'id,date,touchpoint,question,comment\nR1,2026-10-02,Phone line,nps,Slow\n';
    await upload(dialog, new TextEncoder().encode(csv), 'no-score.csv');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Next' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('No column is mapped to the score.');
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(store.getState().doc?.map).toBe(before);
  });

  it('lists rows with problems by row and column in the preview', async () => {
    const { dialog } = await openWizard();
    const csv =
      'touchpoint,question,score,date\nPhone line,nps,3,2026-10-02\nPhone line,nps,eleven,2026-10-03\n';
    await upload(dialog, new TextEncoder().encode(csv), 'bad-row.csv');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Next' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Next' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/Row 3, column “score”/);
  });
});
