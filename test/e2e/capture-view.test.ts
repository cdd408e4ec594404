import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { serializeCxmap } from '../../shared/format';
import { measureCaptureView } from '../bench/captureProbe';
import type { CaptureMeasurement } from '../bench/captureProbe';
import { generateDocument } from '../bench/generateMap';
import { useBrowser } from './app';
import { repoRoot } from './fixture-files';

const browser = useBrowser();
const FIXTURE = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');
/** The friction card's left border (app.css): a card drawn, not only the grid. */
const FRICTION_RED = 0xe11d48;

/** Width and height from the PNG's IHDR chunk (bytes 16–23), as any image viewer reads them. */
function pngDimensions(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG with the browser's own decoder: its distinct colours, and whether `colour` is one. */
async function coloursOf(
  page: Page,
  bytes: Buffer,
  colour: number,
): Promise<{ count: number; has: boolean }> {
  return page.evaluate(
    async ({ base64, wanted }) => {
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (context === null) return { count: 0, has: false };
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let index = 0; index < pixels.length; index += 4) {
        colours.add(
          ((pixels[index] ?? 0) << 16) | ((pixels[index + 1] ?? 0) << 8) | (pixels[index + 2] ?? 0),
        );
      }
      return { count: colours.size, has: colours.has(wanted) };
    },
    { base64: bytes.toString('base64'), wanted: colour },
  );
}

async function newPage(): Promise<Page> {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
  onTestFinished(() => context.close());
  return context.newPage();
}

describe('the capture view (the Electron PNG path, rasterised as capturePage does)', () => {
  it('draws the whole map at 1× and 2×, every card, with the cards’ colours', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const itemCount = (JSON.parse(text) as { map: { items: unknown[] } }).map.items.length;
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    const single = await measureCaptureView(page, inject('baseUrl'), text, 1);
    // Every card of the map is in the picture's DOM (no virtualisation), inside the drawn frame.
    const drawn = await page.evaluate(() => {
      const frame = document.querySelector('[data-testid="capture-map"]')?.getBoundingClientRect();
      const cards = [...document.querySelectorAll('.capture-node--item')].map((card) =>
        card.getBoundingClientRect(),
      );
      return {
        frame: frame === undefined ? null : { width: frame.width, height: frame.height },
        cards: cards.length,
        allInside:
          frame !== undefined &&
          cards.every(
            (card) => card.left >= frame.left && card.right <= frame.right && card.bottom <= frame.bottom,
          ),
        links: document.querySelectorAll('.capture-links .journey-link').length,
        curve: document.querySelectorAll('.emotion-curve__point').length,
        toolbar: document.querySelectorAll('[role="toolbar"], .react-flow__minimap, .react-flow__controls')
          .length,
      };
    });
    expect(drawn.cards).toBe(itemCount);
    expect(drawn.allInside).toBe(true);
    expect(drawn.links).toBeGreaterThan(0);
    expect(drawn.curve).toBeGreaterThan(0);
    expect(drawn.toolbar).toBe(0);
    // The picture is the drawn frame, pixel for pixel at 1×.
    expect(drawn.frame).toEqual(pngDimensions(single.png));

    const double = await measureCaptureView(page, inject('baseUrl'), text, 2);
    expect(pngDimensions(double.png)).toEqual({ width: 2 * single.width, height: 2 * single.height });
    const colours = await coloursOf(page, single.png, FRICTION_RED);
    expect(colours.count).toBeGreaterThan(20);
    expect(colours.has).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws titles with markup or script as the characters they are', async () => {
    const doc = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
      map: { items: { title: string }[]; stages: { name: string }[] };
    };
    const hostile = '<img src=x onerror="document.title=\'owned\'"><script>alert(1)</script>';
    const [first] = doc.map.items;
    const [stage] = doc.map.stages;
    if (first === undefined || stage === undefined) throw new Error('the fixture has no items');
    first.title = hostile;
    stage.name = '<b>Bold</b> stage';
    const page = await newPage();
    await measureCaptureView(page, inject('baseUrl'), JSON.stringify(doc), 1);
    const titles = await page.locator('.item-card__title').allTextContents();
    expect(titles).toContain(hostile);
    await expect(page.locator('.stage-header__name', { hasText: '<b>Bold</b> stage' }).count()).resolves.toBe(
      1,
    );
    expect(await page.locator('.capture-map img, .capture-map script, .capture-map b').count()).toBe(0);
    expect(await page.title()).not.toBe('owned');
  });

  it('says why a document it cannot read is not drawn', async () => {
    const page = await newPage();
    const url = new URL(inject('baseUrl'));
    url.searchParams.set('view', 'capture');
    await page.goto(url.href);
    await page.waitForFunction(() => document.documentElement.dataset['captureState'] === 'listening');
    await page.evaluate(() =>
      window.postMessage({ type: 'studio-capture', documentText: '{', scale: 1, background: true }, '*'),
    );
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/map to export/i);
    expect(await page.evaluate(() => document.documentElement.dataset['captureState'])).toBe('failed');
  });

  it('captures a 2,000-item map (timing recorded, not asserted)', { timeout: 300_000 }, async () => {
    const serialized = serializeCxmap(generateDocument({ itemCount: 2000 }));
    if (!serialized.ok) throw new Error('the generated map does not serialize');
    const page = await newPage();
    const runs: number[] = [];
    let last: CaptureMeasurement | null = null;
    for (let run = 0; run < 1; run += 1) {
      const measured = await measureCaptureView(page, inject('baseUrl'), serialized.value, 2);
      runs.push(Math.round(measured.ms));
      last = measured;
      // Wider than Chromium's largest surface at 2×: scaled down to fit it, as main does.
      expect(Math.max(measured.width, measured.height)).toBeLessThanOrEqual(16_384);
      expect(Math.max(measured.width, measured.height)).toBeGreaterThan(16_000);
    }
    // Not blank beyond the first screen: the far right of the map has cards too.
    if (last === null) throw new Error('no capture was measured');
    const colours = await coloursOf(page, last.png, FRICTION_RED);
    expect(colours.count).toBeGreaterThan(20);
    expect(await page.locator('.capture-node--item').count()).toBe(2000);
    console.log(`capture view, 2,000 items at 2×: ${runs.join(', ')} ms; ${last.width}×${last.height} px`);
  });
});
