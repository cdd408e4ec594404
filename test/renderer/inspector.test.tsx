import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StudioStore } from '../../renderer/src/store';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const panel = () => screen.getByRole('complementary', { name: 'Inspector' });
const field = (name: string) => within(panel()).getByRole('textbox', { name });

async function studioWithCommuteMap() {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  return view;
}

const itemOf = (store: StudioStore, id: string) =>
  present(
    store.getState().doc?.map.items.find((item) => item.id === id),
    `item ${id}`,
  );

const cardTitled = (title: string) =>
  screen.queryAllByTestId('item-node').find((card) => card.textContent?.includes(title));

describe('the inspector of one item', { timeout: 20_000 }, () => {
  it('shows the item’s fields and where it sits, and a typed title renames the card on the canvas', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectItems(['tp-app']));

    expect(field('Title')).toHaveProperty('value', 'Station map in the app');
    expect(within(panel()).getByText('Stage Find a bike · Lane Touchpoints')).toBeTruthy();
    expect(within(panel()).getByRole('combobox', { name: 'Channel' })).toHaveProperty('value', 'app');
    expect(within(panel()).getByRole('combobox', { name: 'Owner' })).toHaveProperty('value', 'Product');

    await userEvent.clear(field('Title'));
    await userEvent.type(field('Title'), 'Live dock map');

    expect(itemOf(store, 'tp-app').title).toBe('Live dock map');
    await waitFor(() => expect(cardTitled('Live dock map')).toBeDefined());
    expect(cardTitled('Station map in the app')).toBeUndefined();
  });

  it('undoes a typed title in one step and shows the old title again', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectItems(['tp-unlock']));

    await userEvent.type(field('Title'), ' fast');
    expect(field('Title')).toHaveProperty('value', 'Unlock with QR code fast');

    act(() => void store.getState().undo());

    expect(field('Title')).toHaveProperty('value', 'Unlock with QR code');
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('sets and clears the scores, and offers severity only for friction', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectItems(['tp-dock']));
    const success = () => within(panel()).getByRole('radiogroup', { name: 'Success 1–5' });

    expect(within(panel()).queryByRole('radiogroup', { name: 'Severity 1–5' })).toBeNull();
    await userEvent.click(within(success()).getByRole('radio', { name: '4' }));
    expect(itemOf(store, 'tp-dock').success).toBe(4);
    expect(within(success()).getByRole('radio', { name: '4' })).toHaveProperty('checked', true);

    await userEvent.click(within(success()).getByRole('radio', { name: 'No score' }));
    expect(itemOf(store, 'tp-dock')).not.toHaveProperty('success');

    const emotion = within(panel()).getByRole('radiogroup', { name: 'Emotion 1–5' });
    expect(emotion.textContent).toContain('5 😄');

    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Kind' }), 'Friction');
    const severity = within(panel()).getByRole('radiogroup', { name: 'Severity 1–5' });
    await userEvent.click(within(severity).getByRole('radio', { name: '5' }));
    expect(itemOf(store, 'tp-dock')).toMatchObject({ kind: 'friction', severity: 5 });
  });

  it('keeps a 5,000-character description whole', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectItems(['nt-weather']));
    const long = 'ساعة 🚲 '.repeat(625);

    act(() => store.getState().updateItem('nt-weather', { description: long }));

    expect(field('Description')).toHaveProperty('value', long);
  });
});

describe('the inspector of several items', { timeout: 20_000 }, () => {
  it('changes the kind of every selected item as one undo step', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectItems(['tp-app', 'tp-unlock', 'nt-weather']));

    expect(within(panel()).getByRole('heading', { name: '3 items selected' })).toBeTruthy();
    const kind = within(panel()).getByRole('combobox', { name: 'Kind' });
    expect(kind).toHaveProperty('value', '*mixed*');

    await userEvent.selectOptions(kind, 'Opportunity');

    for (const id of ['tp-app', 'tp-unlock', 'nt-weather'])
      expect(itemOf(store, id).kind).toBe('opportunity');
    expect(store.getState().undoStack).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(itemOf(store, 'nt-weather').kind).toBe('note');
  });
});

describe('the inspector of headers, links and the map', { timeout: 20_000 }, () => {
  it('edits a stage’s goal', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectHeader({ kind: 'stage', id: 'st-ride' }));

    await userEvent.type(field('Goal'), 'Arrive safely');

    expect(store.getState().doc?.map.stages[1]?.goal).toBe('Arrive safely');
    expect(field('Stage name')).toHaveProperty('value', 'Ride');
  });

  it('edits a lane’s kind from readable labels', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().selectHeader({ kind: 'lane', id: 'ln-notes' }));

    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Lane kind' }), 'Emotions');

    expect(store.getState().doc?.map.lanes[3]?.kind).toBe('emotions');
  });

  it('shows a link’s ends and labels it', async () => {
    const { store } = await studioWithCommuteMap();
    act(() => store.getState().changeLinkSelection([{ id: 'lk-1', selected: true }]));

    expect(within(panel()).getByText('Station map in the app')).toBeTruthy();
    await userEvent.type(field('Label'), 'then');

    expect(store.getState().doc?.map.links[0]?.label).toBe('then');
  });

  it('edits the map title when nothing is selected, and the window title follows', async () => {
    const { store } = await studioWithCommuteMap();
    const map = commuteMap();

    expect(
      within(panel()).getByText(
        `${map.stages.length} stages · ${map.lanes.length} lanes · ${map.items.length} items · ${map.links.length} links`,
      ),
    ).toBeTruthy();
    await userEvent.clear(field('Map title'));
    await userEvent.type(field('Map title'), 'Bike share v2');

    expect(store.getState().doc?.map.title).toBe('Bike share v2');
    // A renamed map is an unsaved change: the title says so.
    await waitFor(() => expect(document.title).toBe('• Bike share v2 — Journey Studio'));
  });
});
