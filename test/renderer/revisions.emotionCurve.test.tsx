import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/model';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** The commute map with an emotions lane: "Find a bike" felt 2, "Ride" is unscored, "Return" felt 4. */
function juneMap(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    lanes: [...map.lanes, { id: 'ln-feel', name: 'Feelings', kind: 'emotions' }],
    items: map.items.map((item) =>
      item.id === 'tp-app' ? { ...item, emotion: 2 } : item.id === 'tp-dock' ? { ...item, emotion: 4 } : item,
    ),
  };
}

/**
 * Today: the scored station map card is gone (so "Find a bike" has no score), "Unlock" is now scored
 * 3, returning fell from 4 to 1, and a new "Pay" stage felt 5.
 */
function currentMap(): JourneyMap {
  const june = juneMap();
  return {
    ...june,
    stages: [...june.stages, { id: 'st-pay', name: 'Pay' }],
    items: [
      ...june.items
        .filter((item) => item.id !== 'tp-app')
        .map((item) =>
          item.id === 'tp-unlock'
            ? { ...item, emotion: 3 }
            : item.id === 'tp-dock'
              ? { ...item, emotion: 1 }
              : item,
        ),
      {
        id: 'tp-receipt',
        kind: 'touchpoint',
        stageId: 'st-pay',
        laneId: 'ln-touch',
        order: 0,
        title: 'Receipt by email',
        emotion: 5,
      },
    ],
    links: june.links.filter((link) => link.from !== 'tp-app' && link.to !== 'tp-app'),
  };
}

function openCurrent() {
  const studio = renderStudio();
  act(() => {
    studio.store
      .getState()
      .loadDocument(documentOf(currentMap()), { fileName: 'commute.cxmap', filePath: null });
  });
  return studio;
}

const cyOf = (element: Element | null | undefined) => Number(element?.getAttribute('cy'));

describe('the emotion curve on the revision canvas', () => {
  it('previews the revision’s curve: one point per scored stage, a gap for the unscored one', async () => {
    const { store } = openCurrent();
    act(() =>
      store.getState().showRevisionPreview({ revisionId: 'r-june', label: 'June workshop', map: juneMap() }),
    );

    const canvas = await screen.findByLabelText('Map revision (read-only)');
    const curve = await within(canvas).findByRole('img', { name: 'Emotion curve: 2, 4' });
    const points = within(curve).getAllByTestId('emotion-curve-point');
    expect(points.map((point) => point.textContent)).toEqual(['2', '4']);
    expect(points.map((point) => point.getAttribute('data-stage-id'))).toEqual(['st-find', 'st-return']);
    // "Ride" has no score: the line breaks into two runs, as in the editor.
    expect(within(curve).getAllByTestId('emotion-curve-line')).toHaveLength(2);
    // A preview has no second side: no dashed curve, no legend.
    expect(within(curve).queryAllByTestId('emotion-curve-before-line')).toHaveLength(0);
    expect(screen.queryByTestId('revision-emotion-legend')).toBeNull();
    expect(within(canvas).getByRole('img', { name: /Emotion scale/ })).toBeTruthy();
  });

  it('compares: "after" drawn as in the editor, "before" dashed at the before scores', async () => {
    const { store } = openCurrent();
    act(() =>
      store
        .getState()
        .showComparison(
          { revisionId: 'r-june', label: 'June workshop', map: juneMap() },
          { revisionId: null, label: 'Current map', map: currentMap() },
        ),
    );

    const canvas = await screen.findByLabelText('Map revision (read-only)');
    // The removed station map card is a ghost on the canvas, but does not count towards "after".
    const curve = await within(canvas).findByRole('img', {
      name: 'Emotion curve: before (dashed) 2, 4; after 3, 1, 5',
    });
    expect(screen.getByTestId('revision-emotion-legend').textContent).toBe('Emotion curvebeforeafter');

    const after = within(curve).getAllByTestId('emotion-curve-point');
    expect(after.map((point) => point.getAttribute('data-stage-id'))).toEqual([
      'st-ride',
      'st-return',
      'st-pay',
    ]);
    expect(after.map((point) => point.textContent)).toEqual(['3', '1', '5']);
    // "Pay" is new: only the after side has a point there; "Find a bike" lost its score: only before.
    const before = within(curve).getAllByTestId('emotion-curve-before-point');
    expect(before.map((point) => point.getAttribute('data-stage-id'))).toEqual(['st-find', 'st-return']);

    const beforeLines = within(curve).getAllByTestId('emotion-curve-before-line');
    expect(beforeLines).toHaveLength(2);
    for (const line of beforeLines) expect(line.getAttribute('stroke-dasharray')).toBeTruthy();
    const afterLines = within(curve).getAllByTestId('emotion-curve-line');
    expect(afterLines).toHaveLength(1);
    expect(afterLines[0]?.getAttribute('stroke-dasharray')).toBeNull();

    // Returning fell from 4 to 1: the before dot sits higher than the after one, at the same x.
    const beforeReturn = before[1];
    const afterReturn = after[1]?.querySelector('circle');
    expect(beforeReturn?.getAttribute('cx')).toBe(afterReturn?.getAttribute('cx'));
    expect(cyOf(beforeReturn)).toBeLessThan(cyOf(afterReturn));
    // A before score of 2 sits lower than 4, on the same scale the after curve uses.
    expect(cyOf(before[0])).toBeGreaterThan(cyOf(beforeReturn));
    expect(cyOf(after[0]?.querySelector('circle'))).toBeGreaterThan(cyOf(beforeReturn));
    expect(cyOf(after[0]?.querySelector('circle'))).toBeLessThan(cyOf(before[0]));
  });

  it('swapping the sides swaps the curves', async () => {
    const { store } = openCurrent();
    act(() =>
      store
        .getState()
        .showComparison(
          { revisionId: null, label: 'Current map', map: currentMap() },
          { revisionId: 'r-june', label: 'June workshop', map: juneMap() },
        ),
    );

    const curve = await screen.findByRole('img', {
      name: 'Emotion curve: before (dashed) 3, 1, 5; after 2, 4',
    });
    const before = within(curve).getAllByTestId('emotion-curve-before-point');
    expect(before.map((point) => point.getAttribute('data-stage-id'))).toEqual([
      'st-ride',
      'st-return',
      'st-pay',
    ]);
  });
});
