import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCxmap } from '../../shared/format';
import { openApp, openMapFile, useBrowser } from './app';
import { itemCard, poll } from './editor-helpers';

/**
 * Issue 9 §4: a link in a description opens only if it is http(s), and only after the user confirmed
 * the full address. The map carries one safe link among hostile ones (`javascript:`, `file:`, `data:`,
 * credentials hiding the real host, protocol-relative); the inspector offers exactly the safe one, Cancel
 * opens nothing, Open makes the browser open exactly that URL in a new page, and the app's own page
 * never navigates.
 */

const browser = useBrowser();

const SAFE_URL = 'https://docs.example.com/help/returns?ref=map';
const DESCRIPTION =
  `Help article: ${SAFE_URL}. Do not follow javascript:window.__pwned=1 or file:///etc/passwd, ` +
  'nor http://user:pw@evil.example/login, //evil.example/x or data:text/html,<b>hi</b>.';

const folder = mkdtempSync(path.join(tmpdir(), 'description-links-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeMap(): string {
  const document = {
    format: 'cxmap',
    version: 1,
    map: {
      id: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b',
      title: 'Returns',
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-02-01T09:00:00.000Z',
      personas: [],
      stages: [{ id: 'st-return', name: 'Return an order' }],
      lanes: [{ id: 'ln-touch', name: 'Touchpoints', kind: 'touchpoints' }],
      items: [
        {
          id: 'tp-help',
          kind: 'touchpoint',
          stageId: 'st-return',
          laneId: 'ln-touch',
          order: 0,
          title: 'Help centre article',
          description: DESCRIPTION,
        },
      ],
      links: [],
      metrics: [],
      quotes: [],
    },
  };
  const text = JSON.stringify(document, null, 2);
  expect(readCxmap(text).ok).toBe(true);
  const file = path.join(folder, 'returns.cxmap');
  writeFileSync(file, text);
  return file;
}

describe('links in descriptions', { timeout: 90_000 }, () => {
  it('offers only the safe link, asks first, and opens exactly that URL in a new page', async () => {
    const app = await openApp(await browser());
    try {
      const { context, page } = app;
      const appUrl = page.url();
      const appNavigations: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) appNavigations.push(frame.url());
      });
      // Offline: answer the one URL the user agrees to open, so the new page has something to load.
      await context.route(`${SAFE_URL}*`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Help</title><p>Help</p>' }),
      );

      await openMapFile(page, writeMap());
      await itemCard(page, 'Help centre article').click();

      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await inspector.getByRole('region', { name: 'Links in this description' }).waitFor();
      const buttons = inspector.getByRole('button', { name: /^Open link: / });
      expect(await buttons.count()).toBe(1);
      const button = inspector.getByRole('button', { name: `Open link: ${SAFE_URL}`, exact: true });
      expect(await button.textContent()).toBe('docs.example.com/help/returns?ref=map');
      expect(await inspector.locator('a[href]').count()).toBe(0);

      // Cancel: the dialog showed the full address, and nothing opened.
      await button.click();
      const dialog = page.getByRole('alertdialog', { name: 'Open in your browser?' });
      await dialog.waitFor();
      expect(await dialog.getByTestId('open-link-href').textContent()).toBe(SAFE_URL);
      expect(await dialog.getByTestId('open-link-host').textContent()).toBe('docs.example.com');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(context.pages()).toHaveLength(1);

      // Open: the browser opens exactly that URL in a new page.
      await button.click();
      await dialog.waitFor();
      const popupShown = context.waitForEvent('page', { timeout: 10_000 });
      await dialog.getByRole('button', { name: 'Open link' }).click();
      const popup = await popupShown;
      await expect.poll(() => popup.url(), poll).toBe(SAFE_URL);
      // `noopener`: the opened page cannot reach back into the app window.
      expect(await popup.evaluate(() => window.opener === null)).toBe(true);
      await dialog.waitFor({ state: 'hidden' });

      // Only the one confirmed page opened; the app stayed where it was and nothing ran.
      expect(context.pages()).toHaveLength(2);
      expect(page.url()).toBe(appUrl);
      expect(appNavigations).toEqual([]);
      expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
      expect(app.problems.pageErrors).toEqual([]);
      expect(app.problems.dialogs).toEqual([]);
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
