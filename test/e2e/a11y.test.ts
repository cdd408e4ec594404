import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import { ITEM_NODE } from './canvas';
import { repoRoot } from './fixture-files';

/**
 * Accessibility (issue "Hardening", item 7): axe-core, run in Chromium over every main view, finds no
 * serious or critical violation. Moderate and minor ones are not failed on.
 */

/**
 * Serious violations found and not yet fixed, each with why. None today: item cards used to be buttons
 * named "Kind: title, stage S" while showing chips and an owner too (WCAG 2.5.3, label in name); they
 * are now named groups ("card"), whose name does not have to repeat their text.
 */
const KNOWN_UNFIXED: ReadonlySet<string> = new Set<string>();

const browser = useBrowser();
const AXE_PATH = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');
const RICH_MAP = path.join(repoRoot, 'test/fixtures/maps/rich.cxmap');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Loads axe into the page: as a script tag first; if the app's CSP refuses that (it allows no inline
 * script), by evaluating axe's source through the debugging protocol, which the CSP does not govern.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    // Refused by the CSP: fall through to evaluating the text.
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
  return violations.filter(
    (violation) =>
      (violation.impact === 'serious' || violation.impact === 'critical') && !KNOWN_UNFIXED.has(violation.id),
  );
}

async function openSidePanelTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel').waitFor();
}

describe('no serious or critical accessibility violations', () => {
  it('on the start screen', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('in the editor with a sample map, and in the inspector, History, Quotes and Insights panels', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, RICH_MAP);
    await page.locator(ITEM_NODE).first().waitFor({ timeout: 15_000 });
    const found: Record<string, Violation[]> = {};

    found['editor'] = await seriousViolations(page);
    await page.locator(ITEM_NODE).first().click();
    await openSidePanelTab(page, 'Inspector');
    found['inspector'] = await seriousViolations(page);
    for (const tab of ['History', 'Quotes', 'Insights']) {
      await openSidePanelTab(page, tab);
      found[tab] = await seriousViolations(page);
    }

    expect(found).toEqual({ editor: [], inspector: [], History: [], Quotes: [], Insights: [] });
  });

  it('names item cards by kind, title and stage without a label-in-name mismatch, near and far', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    await openMapFile(app.page, RICH_MAP);
    const cards = app.page.locator(ITEM_NODE);
    await cards.first().waitFor({ timeout: 15_000 });
    await injectAxe(app.page);
    const labelRules = [
      'label-content-name-mismatch',
      'aria-allowed-attr',
      'aria-allowed-role',
      'aria-prohibited-attr',
    ];
    const failedRules = (rules: string[]) =>
      app.page.evaluate(async (rules) => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
        return result.violations.map((violation) => violation.id);
      }, rules);

    const first = cards.first();
    expect(await first.getAttribute('role')).toBe('group');
    expect(await first.getAttribute('aria-roledescription')).toBe('card');
    expect(await first.getAttribute('aria-label')).toMatch(/^[A-Z][a-z ]+: .+, stage .+$/);
    await first.click();
    await expect.poll(() => first.getAttribute('aria-description'), { timeout: 5_000 }).toBe('Selected');
    expect(await failedRules(labelRules)).toEqual([]);

    // Zoomed out past the detail level the cards are drawn simply; they keep their names and roles.
    const pane = app.page.locator('.react-flow__pane');
    const box = await pane.boundingBox();
    if (box === null) throw new Error('the canvas pane has no box');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 12 && (await app.page.locator('.item-card--far').count()) === 0; step++) {
      await app.page.mouse.wheel(0, 400);
    }
    await expect
      .poll(() => app.page.locator('.item-card--far').count(), { timeout: 5_000 })
      .toBeGreaterThan(0);
    expect(await app.page.locator(`${ITEM_NODE} .react-flow__handle`).count()).toBe(0);
    expect(await failedRules(labelRules)).toEqual([]);
  });
});
