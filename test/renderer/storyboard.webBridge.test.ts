import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebStudioApi } from '../../renderer/src/bridge/web';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('printToPdf in the browser build', () => {
  it('opens the browser’s print dialog and settles once it has closed', async () => {
    const api = createWebStudioApi(document);
    let dialogOpen = false;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      dialogOpen = true;
    });
    let settled = false;
    const printing = api
      .printToPdf({ suggestedName: 'Commute storyboard.pdf', pageSize: 'A4', landscape: true })
      .then((result) => {
        settled = true;
        return result;
      });
    expect(print).toHaveBeenCalledOnce();
    await Promise.resolve();
    // The print view must stay while the dialog is up.
    expect(dialogOpen && !settled).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    await expect(printing).resolves.toEqual({ ok: true, value: { name: 'Commute storyboard.pdf' } });
  });
});
