import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultStudioDb, recordRevision } from '../../renderer/src/db';
import type { StudioDb } from '../../renderer/src/db';
import type { JourneyMap, Metric } from '../../shared/model';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const db = (): StudioDb => present(defaultStudioDb(), 'the default database');

afterEach(async () => {
  await db().revisions.clear();
  await db().revisionBodies.clear();
});

const nps = (id: string, value: number, takenAt: string): Metric => ({ id, kind: 'nps', value, takenAt });

/** The commute map as it stood at the June workshop: NPS 31, a station map card, no dock sensor. */
function juneMap(): JourneyMap {
  const map = commuteMap();
  return {
    ...map,
    items: map.items.map((item) => (item.id === 'tp-unlock' ? { ...item, emotion: 2 } : item)),
    metrics: [nps('m-june', 31, '2026-06-10T10:00:00.000Z')],
  };
}

/**
 * Today's map: the station map card is gone, a dock sensor was added, "Unlock with QR code" felt
 * better (emotion 2 → 4) and moved from Ride to Find a bike; NPS fell to 24.
 */
function currentMap(): JourneyMap {
  const june = juneMap();
  return {
    ...june,
    items: [
      ...june.items
        .filter((item) => item.id !== 'tp-app')
        .map((item) => (item.id === 'tp-unlock' ? { ...item, emotion: 4, stageId: 'st-find' } : item)),
      {
        id: 'tp-sensor',
        kind: 'touchpoint',
        stageId: 'st-return',
        laneId: 'ln-touch',
        order: 1,
        title: 'Dock sensor shows free slots',
      },
    ],
    links: june.links.filter((link) => link.from !== 'tp-app'),
    metrics: [...june.metrics, nps('m-now', 24, '2026-11-01T10:00:00.000Z')],
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

describe('revision preview', () => {
  it('shows the revision’s cards read-only under a banner, and Escape returns to the open map', async () => {
    const { store } = openCurrent();
    act(() =>
      store.getState().showRevisionPreview({ revisionId: 'r-june', label: 'June workshop', map: juneMap() }),
    );

    expect(await screen.findByText('Previewing “June workshop” (read-only)')).toBeTruthy();
    // The June card that is gone today is on the preview, and nothing on the preview can be typed into.
    const preview = await screen.findByLabelText('Map revision (read-only)');
    expect(await within(preview).findByRole('group', { name: /Station map in the app/ })).toBeTruthy();
    expect(within(preview).queryByRole('textbox')).toBeNull();

    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().revisionView).toBeNull();
    await waitFor(() => expect(screen.queryByText('Previewing “June workshop” (read-only)')).toBeNull());
  });

  it('refuses edits while previewing: the hidden open map cannot change behind the preview', async () => {
    const { store } = openCurrent();
    const before = store.getState().doc?.map;
    act(() => {
      store.getState().selectItems([currentMap().items[0]?.id ?? '']);
      store.getState().showRevisionPreview({ revisionId: 'r-june', label: 'June workshop', map: juneMap() });
    });
    await screen.findByText('Previewing “June workshop” (read-only)');

    fireEvent.keyDown(document.body, { key: 'Delete' });
    fireEvent.keyDown(document.body, { key: 'd', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

    expect(store.getState().doc?.map).toBe(before);
    expect(store.getState().revisionView?.kind).toBe('preview');
  });

  it('“Back to current map” closes the preview', async () => {
    const { store } = openCurrent();
    act(() =>
      store.getState().showRevisionPreview({ revisionId: 'r-june', label: 'June workshop', map: juneMap() }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Back to current map' }));
    expect(store.getState().revisionView).toBeNull();
  });
});

describe('comparing two versions', () => {
  function compareJuneWithCurrent() {
    const studio = openCurrent();
    act(() =>
      studio.store
        .getState()
        .showComparison(
          { revisionId: 'r-june', label: 'June workshop', map: juneMap() },
          { revisionId: null, label: 'Current map', map: currentMap() },
        ),
    );
    return studio;
  }

  it('marks added, removed and changed cards on the canvas', async () => {
    compareJuneWithCurrent();
    expect(
      await screen.findByRole('group', { name: /Dock sensor shows free slots.* — added$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: /Station map in the app.* — removed$/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Unlock with QR code.* — changed$/ })).toBeTruthy();
    // Unchanged cards carry no suffix.
    expect(
      screen.getByRole('group', { name: /Dock confirms with a beep/ }).getAttribute('aria-label'),
    ).not.toMatch(/ — (added|removed|changed)$/);
  });

  it('lists the changes with each changed card’s fields, and the metrics table', async () => {
    compareJuneWithCurrent();
    const panel = await screen.findByRole('region', { name: 'Comparison' });
    expect(within(panel).getByRole('heading', { name: 'June workshop → Current map' })).toBeTruthy();
    expect(within(panel).getByText('1 added')).toBeTruthy();
    expect(within(panel).getByText('1 removed')).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Unlock with QR code — changed' }));
    expect(within(panel).getByText('Emotion: 2 → 4')).toBeTruthy();
    expect(
      within(panel).getByText('Moved from Ride / Touchpoints to Find a bike / Touchpoints'),
    ).toBeTruthy();
    expect(within(panel).getByText('Link removed from “Station map in the app”')).toBeTruthy();

    const row = within(panel).getByRole('row', { name: /NPS · Map/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['31', '24', '−7']);
    expect(within(row).getAllByRole('cell')[2]?.className).toContain('comparison__delta--worse');
  });

  it('swaps the two sides', async () => {
    const { store } = compareJuneWithCurrent();
    const panel = await screen.findByRole('region', { name: 'Comparison' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Swap' }));
    expect(within(panel).getByRole('heading', { name: 'Current map → June workshop' })).toBeTruthy();
    expect(await screen.findByRole('group', { name: /Station map in the app.* — added$/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Dock sensor shows free slots.* — removed$/ })).toBeTruthy();
    const row = within(panel).getByRole('row', { name: /NPS · Map/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['24', '31', '+7']);

    await userEvent.click(within(panel).getByRole('button', { name: 'Close comparison' }));
    expect(store.getState().revisionView).toBeNull();
  });
});

describe('comparing stages and lanes', () => {
  it('shows a removed stage as a ghost column with its cards, and a renamed lane as changed', async () => {
    const june = juneMap();
    const now: JourneyMap = {
      ...june,
      stages: june.stages.filter((stage) => stage.id !== 'st-return'),
      lanes: june.lanes.map((lane) => (lane.id === 'ln-notes' ? { ...lane, name: 'Research notes' } : lane)),
      items: june.items.filter((item) => item.stageId !== 'st-return'),
      links: june.links.filter((link) => link.id !== 'lk-2'),
    };
    const { store } = openCurrent();
    act(() =>
      store
        .getState()
        .showComparison(
          { revisionId: 'r-june', label: 'June workshop', map: june },
          { revisionId: null, label: 'Current map', map: now },
        ),
    );
    expect(await screen.findByRole('group', { name: 'Stage Return — removed' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Station full, no free dock.* — removed$/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Lane Research notes — changed' })).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Comparison' });
    expect(within(panel).getByText('Name: Notes → Research notes')).toBeTruthy();
  });
});

describe('timeline scrubber', () => {
  it('steps through the named revisions, oldest first, then the current map', async () => {
    const june = juneMap();
    const april = { ...june, items: june.items.slice(0, 2), links: june.links.slice(0, 1), metrics: [] };
    const base = Date.UTC(2026, 3, 1);
    present(
      await recordRevision(db(), { map: april, kind: 'named', label: 'April kickoff', createdAt: base }),
    );
    present(
      await recordRevision(db(), { map: { ...june, title: 'auto' }, kind: 'auto', createdAt: base + 1 }),
    );
    present(
      await recordRevision(db(), { map: june, kind: 'named', label: 'June workshop', createdAt: base + 2 }),
    );

    const { store } = openCurrent();
    act(() => store.getState().showRevisionPreview({ revisionId: 'r-x', label: 'June workshop', map: june }));
    await userEvent.click(await screen.findByRole('button', { name: 'Timeline' }));

    const slider = await screen.findByRole('slider', { name: 'Named revisions, oldest to newest' });
    expect(slider.getAttribute('aria-valuetext')).toBe('Step 3 of 3: Current map');

    fireEvent.change(slider, { target: { value: '0' } });
    expect(await screen.findByText('Previewing “April kickoff” (read-only)')).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /Dock confirms with a beep/ })).toBeNull(),
    );
    expect(screen.getByRole('group', { name: /Unlock with QR code/ })).toBeTruthy();

    fireEvent.change(slider, { target: { value: '1' } });
    expect(await screen.findByText('Previewing “June workshop” (read-only)')).toBeTruthy();
    expect(await screen.findByRole('group', { name: /Dock confirms with a beep/ })).toBeTruthy();
    expect(slider.getAttribute('aria-valuetext')).toBe('Step 2 of 3: June workshop');

    fireEvent.change(slider, { target: { value: '2' } });
    expect(await screen.findByText('Previewing “Current map” (read-only)')).toBeTruthy();
    expect(await screen.findByRole('group', { name: /Dock sensor shows free slots/ })).toBeTruthy();
  });
});
