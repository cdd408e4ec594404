import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../shared/logic/layout';
import type { JourneyMap } from '../../shared/model';
import { connectItems } from '../../renderer/src/canvas/canvasActions';
import { dropItems } from '../../renderer/src/canvas/JourneyCanvas';
import type { StudioStore } from '../../renderer/src/store';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';
import { commuteMap } from './sampleMaps';

const mapOf = (store: StudioStore) => present(store.getState().doc, 'open document').map;
const itemOf = (store: StudioStore, id: string) =>
  present(
    mapOf(store).items.find((item) => item.id === id),
    id,
  );
const undoCount = (store: StudioStore) => store.getState().undoStack.length;
const cell = (name: string) => screen.getByRole('group', { name });

describe('stage headers', () => {
  it('renames a stage in place with one undo step', async () => {
    const { store } = await renderStudioWithMap();

    // fireEvent: user-event's pointer events carry no `view`, which React Flow's d3 handlers need.
    const header = screen.getByRole('group', { name: 'Stage 1: Find a bike' });
    fireEvent.doubleClick(header);
    const field = within(header).getByRole('textbox', { name: 'Stage name' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Discover{Enter}');

    expect(screen.getByRole('group', { name: 'Stage 1: Discover' })).toBeTruthy();
    expect(within(header).queryByRole('textbox', { name: 'Stage name' })).toBeNull();
    expect(undoCount(store)).toBe(1);
    act(() => store.getState().undo());
    expect(screen.getByRole('group', { name: 'Stage 1: Find a bike' })).toBeTruthy();
  });

  it('refuses an empty stage name with a message and keeps the old one', async () => {
    const { store } = await renderStudioWithMap();

    const header = screen.getByRole('group', { name: 'Stage 2: Ride' });
    header.focus();
    await userEvent.keyboard('{F2}');
    await userEvent.clear(within(header).getByRole('textbox', { name: 'Stage name' }));
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('alert').textContent).toContain('A stage needs a name');
    expect(mapOf(store).stages[1]?.name).toBe('Ride');
    expect(undoCount(store)).toBe(0);
  });

  it('moves a focused stage right with Alt+Right', async () => {
    const { store } = await renderStudioWithMap();

    screen.getByRole('group', { name: 'Stage 1: Find a bike' }).focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');

    expect(mapOf(store).stages.map((stage) => stage.name)).toEqual(['Ride', 'Find a bike', 'Return']);
    expect(screen.getByRole('group', { name: 'Stage 2: Find a bike' })).toBeTruthy();
  });
});

describe('items on the canvas', () => {
  it('edits a card title in place from the keyboard as one undo step', async () => {
    const { store } = await renderStudioWithMap();

    screen.getByRole('group', { name: /^Touchpoint: Station map in the app/ }).focus();
    await userEvent.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Item title' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Station map 🗺️ in the app{Enter}');

    expect(
      screen.getByRole('group', { name: 'Touchpoint: Station map 🗺️ in the app, stage Find a bike' }),
    ).toBeTruthy();
    expect(undoCount(store)).toBe(1);
  });

  it('cancels a title edit with Escape, changing nothing', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.doubleClick(screen.getByRole('group', { name: /^Touchpoint: Unlock with QR code/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Item title' }), 'Something else{Escape}');

    expect(itemOf(store, 'tp-unlock').title).toBe('Unlock with QR code');
    expect(undoCount(store)).toBe(0);
  });

  it('adds the lane’s kind of item on a double-click in an empty cell, ready to be named', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.doubleClick(cell('Cell Friction & magic × Find a bike, 0 items'));

    const field = await screen.findByRole('textbox', { name: 'Item title' });
    await userEvent.clear(field);
    await userEvent.type(field, 'No bikes nearby{Enter}');
    expect(screen.getByRole('group', { name: 'Friction: No bikes nearby, stage Find a bike' })).toBeTruthy();
    expect(cell('Cell Friction & magic × Find a bike, 1 item')).toBeTruthy();
    expect(store.getState().selectedItemIds).toHaveLength(1);
  });

  it('adds a touchpoint with T on a focused cell', async () => {
    const { store } = await renderStudioWithMap();

    cell('Cell Notes × Ride, 0 items').focus();
    await userEvent.keyboard('t');

    await screen.findByRole('textbox', { name: 'Item title' });
    const added = mapOf(store).items.filter(
      (item) => item.stageId === 'st-ride' && item.laneId === 'ln-notes',
    );
    expect(added.map((item) => item.kind)).toEqual(['touchpoint']);
  });

  it('walks the grid with the arrow keys', async () => {
    await renderStudioWithMap();

    cell('Cell Touchpoints × Find a bike, 1 item').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('Cell Touchpoints × Ride, 1 item'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('Cell Friction & magic × Ride, 1 item'));
  });

  it('moves the selected item to the next stage with Alt+Right, focus following it', async () => {
    const { store } = await renderStudioWithMap();

    screen.getByRole('group', { name: /^Touchpoint: Station map in the app/ }).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');

    expect(itemOf(store, 'tp-app').stageId).toBe('st-ride');
    const moved = screen.getByRole('group', { name: 'Touchpoint: Station map in the app, stage Ride' });
    expect(moved.getAttribute('aria-description')).toBe('Selected');
    await waitFor(() => expect(document.activeElement).toBe(moved));
    expect(undoCount(store)).toBe(1);
  });

  it('shows an empty title as a grey “Untitled”', async () => {
    const map = commuteMap();
    const first = present(map.items[0]);
    map.items[0] = { ...first, title: '' };
    await renderStudioWithMap(map);

    const card = screen.getByRole('group', { name: 'Touchpoint: Untitled, stage Find a bike' });
    expect(within(card).getByText('Untitled').className).toContain('item-card__title--empty');
  });

  it('drops dragged cards into the cell under the pointer, at the pointer’s place, as one step', async () => {
    const { store } = await renderStudioWithMap();
    const layout = layoutMap(mapOf(store));
    const target = present(layout.items.get('tp-unlock'));

    // Below the middle of "Unlock", in its cell: the dropped card goes after it.
    act(
      () => void dropItems(store, layout, ['tp-app'], { x: target.x + 10, y: target.y + target.height - 2 }),
    );

    expect(itemOf(store, 'tp-app')).toMatchObject({ stageId: 'st-ride', laneId: 'ln-touch', order: 1 });
    expect(undoCount(store)).toBe(1);
    // Over a header: nothing moves.
    expect(dropItems(store, layout, ['tp-app'], { x: 10, y: 10 })).toBe(false);
    expect(undoCount(store)).toBe(1);
  });
});

describe('links', () => {
  it('links two cards when a handle is dropped on another, never a card to itself', async () => {
    const { store } = await renderStudioWithMap();

    act(() => void connectItems(store, { source: 'tp-app', target: 'fr-full' }));
    expect(connectItems(store, { source: 'tp-app', target: 'tp-app' })).toBeNull();

    expect(mapOf(store).links.filter((link) => link.from === 'tp-app' && link.to === 'fr-full')).toHaveLength(
      1,
    );
    expect(mapOf(store).links).toHaveLength(3);
    await waitFor(() => expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(3));
  });
});

describe('the emotion curve', () => {
  function mapWithEmotions(): JourneyMap {
    const map = commuteMap();
    map.lanes.push({ id: 'ln-feel', name: 'Feelings', kind: 'emotions' });
    map.items = map.items.map((item) =>
      item.id === 'tp-app' ? { ...item, emotion: 2 } : item.id === 'tp-dock' ? { ...item, emotion: 4 } : item,
    );
    return map;
  }

  it('has one point per scored stage and a gap for the unscored one', async () => {
    await renderStudioWithMap(mapWithEmotions());

    const curve = await screen.findByRole('img', { name: /^Emotion curve/ });
    const points = within(curve).getAllByTestId('emotion-curve-point');
    expect(points.map((point) => point.textContent)).toEqual(['2', '4']);
    // A gap: "Ride" has no score, so the line is two separate runs.
    expect(within(curve).getAllByTestId('emotion-curve-line')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /Emotion scale/ })).toBeTruthy();
  });

  it('follows a touchpoint’s emotion as it changes', async () => {
    const { store } = await renderStudioWithMap(mapWithEmotions());

    act(() => store.getState().updateItem('tp-unlock', { emotion: 5 }));

    const curve = screen.getByRole('img', { name: 'Emotion curve: 2, 5, 4' });
    expect(within(curve).getAllByTestId('emotion-curve-point')).toHaveLength(3);
    const line = within(curve).getByTestId('emotion-curve-line').getAttribute('d') ?? '';
    expect(line.match(/C /g)).toHaveLength(2);
  });
});
