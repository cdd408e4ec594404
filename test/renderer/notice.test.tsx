import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_SHOWN_MS } from '../../renderer/src/app/SaveNotice';
import { renderStudio } from './renderStudio';

describe('a passing confirmation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is read out politely, not as an alert, and closes with its button', async () => {
    const { store } = renderStudio();
    act(() => store.getState().showNotice('Saved “grocery.cxmap”.'));

    expect(screen.getByRole('status').textContent).toBe('Saved “grocery.cxmap”.');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('goes by itself after a few seconds, and a new one is shown for as long again', () => {
    const { store } = renderStudio();
    vi.useFakeTimers();
    act(() => store.getState().showNotice('Saved “grocery.cxmap”.'));
    act(() => vi.advanceTimersByTime(NOTICE_SHOWN_MS - 1_000));
    act(() => store.getState().showNotice('Exported “grocery.pdf”.'));
    act(() => vi.advanceTimersByTime(NOTICE_SHOWN_MS - 1_000));
    // The second notice got its own full time: still there after the first one's would have ended.
    expect(screen.getByRole('status').textContent).toBe('Exported “grocery.pdf”.');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
