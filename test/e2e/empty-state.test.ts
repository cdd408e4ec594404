import { describe, expect, it, onTestFinished } from 'vitest';
import { mainToolbar, openApp, useBrowser } from './app';

const browser = useBrowser();

describe('the app with no map open', () => {
  it('invites the user to open or start a map', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    await expect.poll(() => page.title()).toBe('Journey Studio');
    const heading = page.getByRole('heading', { name: 'Open a map or start a new one' });
    await heading.waitFor({ state: 'visible' });
    // The empty state offers its own `Open…` besides the toolbar's.
    const openButtons = page.getByRole('button', { name: 'Open…', exact: true });
    expect(await openButtons.count()).toBeGreaterThanOrEqual(2);

    expect(app.problems.pageErrors).toEqual([]);
    expect(app.problems.consoleErrors).toEqual([]);
    expect(app.problems.foreignRequests).toEqual([]);
  });

  it('has a main toolbar with open and zoom buttons, the open button naming its shortcut', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const toolbar = mainToolbar(app.page);

    for (const name of ['Open…', 'Zoom to fit', 'Zoom in', 'Zoom out']) {
      expect(await toolbar.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    const openTitle = await toolbar.getByRole('button', { name: 'Open…', exact: true }).getAttribute('title');
    expect(openTitle).toMatch(/^Open… \((Ctrl|Cmd|⌘)\+O\)$/);
  });

  it('shows the file chooser on Ctrl/Cmd+O, for .cxmap and JSON files', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;

    const chooserShown = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('ControlOrMeta+o');
    const chooser = await chooserShown;

    expect(chooser.isMultiple()).toBe(false);
    const accept = await chooser.element().getAttribute('accept');
    expect(accept?.split(',').map((type) => type.trim())).toEqual(
      expect.arrayContaining(['.cxmap', 'application/json', '.json']),
    );
  });
});
