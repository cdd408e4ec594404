import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** The app with the commute map (three stages) open. */
async function openCommute() {
  const user = userEvent.setup();
  const view = renderStudio();
  act(() =>
    view.store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'c.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  return { user, ...view };
}

const presentation = () => screen.getByRole('dialog', { name: 'Presentation' });

describe('presentation mode', () => {
  it('opens with F5 on a cover, moves stage by stage with the keys and leaves with Esc', async () => {
    const { user } = await openCommute();
    await user.keyboard('{F5}');
    const dialog = presentation();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByRole('heading', { level: 1, name: 'Bike share — first ride' })).toBeTruthy();
    expect(within(dialog).getByRole('article', { name: 'Cover' })).toBeTruthy();

    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('Stage 1 of 3')).toBeTruthy();
    expect(within(dialog).getByRole('article', { name: 'Find a bike' })).toBeTruthy();
    expect(within(dialog).getByText('Goal: A bike within 5 minutes')).toBeTruthy();

    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('Stage 2 of 3')).toBeTruthy();
    expect(within(dialog).getByRole('article', { name: 'Ride' })).toBeTruthy();
    // The live region tells a screen reader where the presenter is.
    expect(within(dialog).getByRole('status').textContent).toBe('Stage 2 of 3: Ride');

    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText('Stage 1 of 3')).toBeTruthy();
    await user.keyboard('{PageDown}{PageDown}');
    expect(within(dialog).getByText('Stage 3 of 3')).toBeTruthy();

    await user.keyboard('{End}');
    expect(within(dialog).getByRole('article', { name: 'Summary' })).toBeTruthy();
    expect(within(dialog).getByText('Emotion curve')).toBeTruthy();
    expect(within(dialog).getByText('Top friction points')).toBeTruthy();
    const summary = within(dialog).getByRole('article', { name: 'Summary' });
    expect(within(summary).getByText('Station full, no free dock')).toBeTruthy();
    // The commute map has no emotion scores: the summary says so instead of drawing a flat line.
    expect(within(summary).getByText('No emotion scores yet.')).toBeTruthy();
    // Next stops at the last slide.
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('article', { name: 'Summary' })).toBeTruthy();

    await user.keyboard('{Home}');
    expect(within(dialog).getByRole('article', { name: 'Cover' })).toBeTruthy();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull());
  });

  it('keeps Tab inside the presentation and closes from its Exit button', async () => {
    const { user } = await openCommute();
    await user.keyboard('{F5}');
    const dialog = presentation();
    for (let press = 0; press < 5; press += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Exit presentation' }));
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
  });

  it('is not offered without a map', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.keyboard('{F5}');
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
  });
});
