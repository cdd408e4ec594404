import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StoryboardDocument } from '../../renderer/src/storyboard/StoryboardDocument';
import type { StoryboardOptions } from '../../renderer/src/storyboard/StoryboardDocument';
import type { JourneyMap, Metric } from '../../shared/model';
import { FakeStudioApi } from './fakeStudioApi';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const EXPORTED_AT = Date.parse('2026-03-01T12:00:00Z');
const options = (overrides: Partial<StoryboardOptions> = {}): StoryboardOptions => ({
  paper: 'A4',
  redact: false,
  compared: null,
  revisionLabel: null,
  exportedAt: EXPORTED_AT,
  ...overrides,
});

const nps = (id: string, value: number, takenAt: string): Metric => ({ id, kind: 'nps', value, takenAt });

/** The commute map with a persona, an NPS series and a quote with an e-mail address. */
function storyMap(): JourneyMap {
  const map = commuteMap();
  const emotions: Readonly<Record<string, number>> = { 'tp-app': 4, 'tp-dock': 2 };
  return {
    ...map,
    items: map.items.map((item) =>
      emotions[item.id] === undefined ? item : { ...item, emotion: emotions[item.id] },
    ),
    personas: [{ id: 'p-1', name: 'Commuter Kim', segment: 'Daily riders', goals: ['Get to work on time'] }],
    metrics: [nps('m-1', 31, '2026-01-01'), nps('m-2', 24, '2026-02-01')],
    quotes: [
      {
        id: 'q-1',
        text: 'The station was full again, mail me at kim@example.com',
        source: 'interview',
        sentiment: -2,
        itemIds: ['fr-full'],
      },
    ],
  };
}

const pagesOf = (container: HTMLElement) => [...container.querySelectorAll('section.storyboard-page')];

describe('StoryboardDocument', () => {
  it('is a cover, one frame per stage and a summary, each page numbered out of the total', () => {
    const map = storyMap();
    const { container } = render(
      <StoryboardDocument map={map} options={options({ revisionLabel: 'Q1 review' })} />,
    );
    const pages = pagesOf(container);
    expect(pages).toHaveLength(map.stages.length + 2);
    pages.forEach((page, index) =>
      expect(page.querySelector('footer')?.textContent).toBe(
        `${map.title}Page ${index + 1} of ${pages.length}`,
      ),
    );
    const cover = within(present(pages[0] as HTMLElement, 'cover'));
    expect(cover.getByRole('heading', { level: 1 }).textContent).toBe(map.title);
    expect(cover.getByText('Commuter Kim')).toBeTruthy();
    expect(cover.getByText('Revision: Q1 review')).toBeTruthy();
    expect(cover.getByText('The journey in 3 stages')).toBeTruthy();
    map.stages.forEach((stage, index) =>
      expect(
        within(present(pages[index + 1] as HTMLElement, 'stage page')).getByRole('article', {
          name: stage.name,
        }),
      ).toBeTruthy(),
    );
    const summary = within(present(pages.at(-1) as HTMLElement, 'summary'));
    expect(summary.getByRole('img', { name: /Emotion curve/ })).toBeTruthy();
    expect(summary.getByText('Station full, no free dock')).toBeTruthy();
    expect(summary.getByText('Reserve a dock before arriving')).toBeTruthy();
    expect(summary.getByText('No earlier revision was chosen for comparison.')).toBeTruthy();
  });

  it('shows metric changes since the chosen revision, worse news said in words', () => {
    const map = storyMap();
    const before = { ...map, metrics: [nps('m-1', 31, '2026-01-01')] };
    const { container } = render(
      <StoryboardDocument
        map={map}
        options={options({ compared: { label: 'January baseline', map: before } })}
      />,
    );
    const summary = within(present(pagesOf(container).at(-1) as HTMLElement, 'summary'));
    expect(summary.getByText('Metric changes since “January baseline”')).toBeTruthy();
    expect(summary.getByText('31 → 24 (worse)')).toBeTruthy();
  });

  it('redacts e-mail addresses in quotes only when asked', () => {
    const map = storyMap();
    const plain = render(<StoryboardDocument map={map} options={options()} />);
    expect(plain.container.textContent).toContain('kim@example.com');
    plain.unmount();
    const redacted = render(<StoryboardDocument map={map} options={options({ redact: true })} />);
    expect(redacted.container.textContent).not.toContain('kim@example.com');
    expect(redacted.container.textContent).toContain('[email]');
  });

  it('shows markup in titles literally and keeps a 200-stage map to one page per stage', () => {
    const base = commuteMap();
    const stages = Array.from({ length: 200 }, (_, index) => ({
      id: `s-${index}`,
      name: `Stage <i>${index}</i>`,
    }));
    const map: JourneyMap = {
      ...base,
      title: '<img src=x onerror=alert(1)> Journey',
      stages,
      items: [],
      links: [],
    };
    const { container } = render(<StoryboardDocument map={map} options={options()} />);
    expect(pagesOf(container)).toHaveLength(202);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)> Journey');
    expect(container.textContent).toContain('Page 202 of 202');
    // The cover lists the first stages and counts the rest, so it stays one page.
    expect(
      within(present(pagesOf(container)[0] as HTMLElement, 'cover')).getByText('+ 186 more'),
    ).toBeTruthy();
  });
});

function openStory(api = new FakeStudioApi()) {
  const view = renderStudio(api);
  act(() =>
    view.store.getState().loadDocument(documentOf(storyMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  return view;
}

describe('Export PDF storyboard', () => {
  it('prints the storyboard through the bridge and takes the print view away after', async () => {
    const user = userEvent.setup();
    const { api, store } = openStory();
    act(() => store.getState().openDialog({ kind: 'exportStoryboard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF storyboard' });
    await user.click(within(dialog).getByRole('radio', { name: 'US Letter' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Redact personal data in quotes/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export PDF' }));

    await waitFor(() => expect(api.printRequests).toHaveLength(1));
    const [printed] = api.printRequests;
    expect(printed?.request).toEqual({
      suggestedName: 'Bike share — first ride storyboard.pdf',
      pageSize: 'Letter',
      landscape: true,
    });
    // While printing, the storyboard was in the print root, redacted as asked.
    expect(printed?.printRootText).toContain('Find a bike');
    expect(printed?.printRootText).toContain('[email]');
    expect(printed?.printRootText).not.toContain('kim@example.com');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export PDF storyboard' })).toBeNull());
    expect(document.querySelector('.print-root')).toBeNull();
  });

  it('says why an export failed and keeps the dialog open', async () => {
    const user = userEvent.setup();
    const api = new FakeStudioApi();
    api.nextPrintResult = { ok: false, error: { kind: 'disk-full', path: '/home/kim/board.pdf' } };
    const { store } = openStory(api);
    act(() => store.getState().openDialog({ kind: 'exportStoryboard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF storyboard' });
    await user.click(within(dialog).getByRole('button', { name: 'Export PDF' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/^The export failed: .+/);
    expect(alert.textContent).toMatch(/full/i);
    expect(document.querySelector('.print-root')).toBeNull();
  });
});
