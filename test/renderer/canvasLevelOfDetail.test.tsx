import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { samePlacementInputs } from '../../renderer/src/canvas/useJourneyFlow';
import { dimmedItemIds } from '../../renderer/src/canvas/useIsItemDimmed';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';
import { commuteMap } from './sampleMaps';

const cards = () => screen.getAllByTestId('item-node');
const handlesIn = (element: Element) => element.querySelectorAll('.react-flow__handle').length;
/** A mouse-wheel step on the map, as d3-zoom reads it. */
const wheel = (deltaY: number) => {
  const pane = present(document.querySelector('.react-flow__pane'), 'the pane');
  fireEvent.wheel(pane, { deltaY, deltaMode: 0, clientX: 10, clientY: 10 });
};
const zoomOut = () => wheel(400);
const zoomIn = () => wheel(-400);

describe('level of detail', () => {
  it('draws far cards without handles or chips below the detail zoom, and brings them back', async () => {
    await renderStudioWithMap();
    const card = present(
      cards().find((element) => element.dataset['itemId'] === 'tp-app'),
      'tp-app card',
    );
    expect(handlesIn(card)).toBe(4);
    expect(card.querySelector('.item-card__meta')).not.toBeNull();

    for (let step = 0; step < 8; step++) zoomOut();
    await waitFor(() =>
      expect(cards().every((element) => element.classList.contains('item-card--far'))).toBe(true),
    );
    const far = present(
      cards().find((element) => element.dataset['itemId'] === 'tp-app'),
      'tp-app far card',
    );
    // The same element: a focused card keeps its focus when the zoom crosses.
    expect(far).toBe(card);
    expect(cards().reduce((count, element) => count + handlesIn(element), 0)).toBe(0);
    expect(far.querySelector('.item-card__meta')).toBeNull();
    // Still a named, focusable card with its title.
    expect(screen.getByRole('group', { name: /^Touchpoint: Station map in the app/ })).toBe(far);
    expect(far.tabIndex).toBe(0);
    expect(far.textContent).toContain('Station map in the app');
    expect(document.querySelector('.react-flow__minimap')).toBeNull();
    expect(document.querySelector('.react-flow__background')).toBeNull();

    for (let step = 0; step < 8; step++) zoomIn();
    await waitFor(() => expect(handlesIn(card)).toBe(4));
    expect(card.classList.contains('item-card--far')).toBe(false);
  });
});

describe('stable derived layout', () => {
  it('treats a rename as no move and a stage change as one', () => {
    const map = commuteMap();
    const renamed = map.items.map((item, index) => (index === 0 ? { ...item, title: 'Renamed' } : item));
    expect(samePlacementInputs(map.items, renamed)).toBe(true);
    const moved = map.items.map((item, index) => (index === 0 ? { ...item, stageId: 'elsewhere' } : item));
    expect(samePlacementInputs(map.items, moved)).toBe(false);
    expect(samePlacementInputs(map.items, map.items.slice(1))).toBe(false);
  });

  it('re-renders only the renamed card', async () => {
    const { store } = await renderStudioWithMap();
    const before = new Map(cards().map((element) => [element.dataset['itemId'], element.innerHTML]));
    const observed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const owner = (
          record.target instanceof Element ? record.target : record.target.parentElement
        )?.closest('[data-testid="item-node"]');
        const id = owner instanceof HTMLElement ? owner.dataset['itemId'] : undefined;
        if (id !== undefined && !observed.includes(id)) observed.push(id);
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    act(() => store.getState().updateItem('tp-app', { title: 'Station map, renamed' }));
    await screen.findByText('Station map, renamed');
    observer.disconnect();
    expect(observed).toEqual(['tp-app']);
    expect(
      cards().filter((element) => element.innerHTML !== before.get(element.dataset['itemId'])).length,
    ).toBe(1);
  });
});

describe('dimming', () => {
  it('dims exactly the cards the filter leaves out, computed once per items and criteria', async () => {
    const { store } = await renderStudioWithMap();
    const map = present(store.getState().doc, 'document').map;
    act(() => store.getState().setFilters({ kinds: ['friction'], channels: [], owners: [] }));
    const frictionIds = map.items.filter((item) => item.kind === 'friction').map((item) => item.id);
    await waitFor(() =>
      expect(
        cards()
          .filter((element) => element.dataset['dimmed'] !== 'true')
          .map((element) => element.dataset['itemId'])
          .sort(),
      ).toEqual([...frictionIds].sort()),
    );
    expect(frictionIds.length).toBeGreaterThan(0);
    const state = store.getState();
    expect(dimmedItemIds(state)).toBe(dimmedItemIds(state));
    expect(dimmedItemIds(state).size).toBe(map.items.length - frictionIds.length);
  });
});
