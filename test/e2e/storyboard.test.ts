import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { generateDocument } from '../bench/generateMap';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, stageHeader } from './editor-helpers';
import { repoRoot } from './fixture-files';

const run = promisify(execFile);
const browser = useBrowser();
const MULTILINGUAL = path.join(repoRoot, 'test/fixtures/maps/storyboard-multilingual.cxmap');

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'storyboard-e2e-'));
  if (process.env.KEEP_STORYBOARD_PDF === undefined)
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs "Export PDF storyboard…" from the command palette and, while the print root is mounted, prints
 * the page as Chromium's print would (`page.pdf` with the page's own `@page` size). `window.print` is
 * replaced first: a test page cannot answer the browser's print dialog.
 */
async function exportStoryboardPdf(page: Page, file: string, redact = false): Promise<void> {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('export pdf storyboard');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export PDF storyboard' });
  await dialog.waitFor();
  if (redact) await dialog.getByRole('checkbox', { name: /Redact personal data/ }).check();
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await page.locator('.print-root[data-storyboard-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
  });
  await writeFile(file, pdf);
  // What the browser does when its print dialog closes; the export then tidies up.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.print-root').waitFor({ state: 'detached' });
  await dialog.waitFor({ state: 'detached' });
}

async function pdfPages(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  const size = /^Page size:\s+(.+)$/m.exec(stdout)?.[1] ?? '';
  return { pages: Number(pages), size };
}

async function pdfText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { maxBuffer: 64 << 20 });
  return stdout;
}

describe('the PDF storyboard', () => {
  it('is a cover, one page per stage and a summary, with real text in every script', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, MULTILINGUAL);
    await stageHeader(page, 'Плащане и доставка').waitFor();
    const file = path.join(await scratchDir(), 'storyboard.pdf');
    await exportStoryboardPdf(page, file);

    const info = await pdfPages(file);
    // 5 stages + cover + summary; A4 landscape is 842 × 595 points.
    expect(info.pages).toBe(7);
    expect(info.size).toMatch(/^841\.\d+ x 59[45]\.\d+ pts/);
    const text = await pdfText(file);
    for (const stage of ['Плащане и доставка', '售后服务', 'הזמנה']) expect(text).toContain(stage);
    expect(text).toContain('Доставката закъсня с два дни');
    expect(text).toContain('ivan@example.com');
    expect(text).toContain('退货流程太复杂');
    // Markup in a title is text, shown as typed, never run.
    expect(text).toContain('<script>alert(1)</script>');
    const cover = await pdfText(file, 1);
    expect(cover).toContain('Customer journey storyboard');
    expect(cover).toContain('王芳');
    expect(cover).toContain('Page 1 of 7');
    const summary = await pdfText(file, 7);
    expect(summary).toContain('Top friction points');
    expect(summary).toContain('退货流程太复杂');
    expect(summary).toContain('Page 7 of 7');
    expectNoProblems(app);
  });

  it('redacts e-mail addresses in quotes when asked', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, MULTILINGUAL);
    await stageHeader(page, 'Плащане и доставка').waitFor();
    const file = path.join(await scratchDir(), 'redacted.pdf');
    await exportStoryboardPdf(page, file, true);
    const text = await pdfText(file);
    expect(text).toContain('Доставката закъсня с два дни');
    expect(text).not.toContain('ivan@example.com');
    expect(text).toContain('[email]');
  });

  it('gives a 200-stage map 202 pages', async () => {
    const dir = await scratchDir();
    const source = path.join(dir, 'two-hundred-stages.cxmap');
    const document = generateDocument({ itemCount: 2000, itemsPerStage: 10 });
    expect(document.map.stages).toHaveLength(200);
    await writeFile(source, JSON.stringify(document));
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, source);
    // The canvas shows a corner of a map this size; the window title says it is open.
    await page.waitForFunction(
      (title: string) => window.document.title.startsWith(title),
      document.map.title,
      {
        timeout: 60_000,
      },
    );
    const file = path.join(dir, 'big.pdf');
    await exportStoryboardPdf(page, file);
    expect((await pdfPages(file)).pages).toBe(202);
    expect(await pdfText(file, 202)).toContain('Page 202 of 202');
  }, 240_000);
});

describe('the PDF poster', () => {
  it('is the whole map on one sheet sized to it, the title as real text', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, MULTILINGUAL);
    await stageHeader(page, 'Плащане и доставка').waitFor();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('export pdf poster');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export PDF poster' });
    await dialog.getByRole('button', { name: 'Export poster' }).click();
    await page.locator('.print-root[data-storyboard-ready]').waitFor({ state: 'attached', timeout: 60_000 });
    const file = path.join(await scratchDir(), 'poster.pdf');
    await writeFile(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.print-root').count()).toBe(0);

    const info = await pdfPages(file);
    expect(info.pages).toBe(1);
    // Wider than tall, and at least A4 landscape (842 points) wide.
    const [width, height] = info.size.split(' x ').map((side) => Number.parseFloat(side));
    expect(width).toBeGreaterThanOrEqual(841);
    expect(width).toBeGreaterThan(height ?? Infinity);
    expect(await pdfText(file)).toContain('<script>alert(1)</script>');
    expectNoProblems(app);
  });
});
