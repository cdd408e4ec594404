import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/model';
import { FakeStudioApi } from './fakeStudioApi';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const HOSTILE_DESCRIPTION =
  'Details at https://example.com/a?b=1. Never javascript:alert(1) nor file:///etc/passwd ' +
  'nor http://user:pw@evil.test';

/** A bridge whose browser refuses to open anything (an Electron main that rejected the URL). */
class RefusingStudioApi extends FakeStudioApi {
  override openExternal(url: string): Promise<boolean> {
    this.externalUrls.push(url);
    return Promise.resolve(false);
  }
}

const panel = () => screen.getByRole('complementary', { name: 'Inspector' });
const linkButtons = () => within(panel()).queryAllByRole('button', { name: /^Open link: / });

async function studioWith(map: JourneyMap, api = new FakeStudioApi()) {
  const view = renderStudio(api);
  act(() => view.store.getState().loadDocument(documentOf(map), { fileName: 'links.cxmap', filePath: null }));
  await screen.findAllByTestId('item-node');
  return view;
}

function mapWithLinks(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    description: 'Research board: https://research.example.org/board',
    stages: map.stages.map((stage) =>
      stage.id === 'st-ride' ? { ...stage, description: 'Route rules (https://city.example/rules)' } : stage,
    ),
    items: map.items.map((item) =>
      item.id === 'tp-app' ? { ...item, description: HOSTILE_DESCRIPTION } : item,
    ),
  };
}

describe('links in descriptions', { timeout: 20_000 }, () => {
  it('offers only the safe http(s) link of an item, as a button and not an anchor', async () => {
    const { store } = await studioWith(mapWithLinks());
    act(() => store.getState().selectItems(['tp-app']));

    const section = within(panel()).getByRole('region', { name: 'Links in this description' });
    expect(linkButtons()).toHaveLength(1);
    const button = within(section).getByRole('button', { name: 'Open link: https://example.com/a?b=1' });
    expect(button.textContent).toBe('example.com/a?b=1');
    expect(panel().querySelectorAll('a[href]')).toHaveLength(0);
    expect(panel().textContent).not.toContain('evil.test/');
  });

  it('asks first; Cancel (focused) opens nothing', async () => {
    const { api, store } = await studioWith(mapWithLinks());
    act(() => store.getState().selectItems(['tp-app']));

    await userEvent.click(linkButtons()[0] as HTMLElement);
    const dialog = await screen.findByRole('alertdialog', { name: 'Open in your browser?' });
    expect(within(dialog).getByTestId('open-link-href').textContent).toBe('https://example.com/a?b=1');
    expect(within(dialog).getByTestId('open-link-host').textContent).toBe('example.com');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);

    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.externalUrls).toEqual([]);
  });

  it('Open hands exactly the shown URL to the bridge', async () => {
    const { api, store } = await studioWith(mapWithLinks());
    act(() => store.getState().selectItems(['tp-app']));

    (linkButtons()[0] as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Open in your browser?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open link' }));

    expect(api.externalUrls).toEqual(['https://example.com/a?b=1']);
    expect(screen.queryByRole('alertdialog', { name: 'Open in your browser?' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the browser refuses to open the link', async () => {
    const api = new RefusingStudioApi();
    const { store } = await studioWith(mapWithLinks(), api);
    act(() => store.getState().selectItems(['tp-app']));

    await userEvent.click(linkButtons()[0] as HTMLElement);
    const dialog = await screen.findByRole('alertdialog', { name: 'Open in your browser?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open link' }));

    expect(api.externalUrls).toEqual(['https://example.com/a?b=1']);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Could not open https://example.com/a?b=1.'),
    );
  });

  it('shows the links of a stage and of the map too, and none for a description without links', async () => {
    const { store } = await studioWith(mapWithLinks());

    expect(linkButtons().map((button) => button.getAttribute('aria-label'))).toEqual([
      'Open link: https://research.example.org/board',
    ]);

    act(() => store.getState().selectHeader({ kind: 'stage', id: 'st-ride' }));
    await waitFor(() =>
      expect(linkButtons().map((button) => button.textContent)).toEqual(['city.example/rules']),
    );

    act(() => store.getState().selectItems(['tp-unlock']));
    await waitFor(() => expect(within(panel()).queryByText('Links in this description')).toBeNull());
  });
});
