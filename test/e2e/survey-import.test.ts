import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp, openMapFile, useBrowser } from './app';
import { expectNoProblems, itemCard, poll } from './editor-helpers';
import { repoRoot } from './fixture-files';

const browser = useBrowser();
const MAP = path.join(repoRoot, 'test/fixtures/surveys/grocery-survey.cxmap');
const SURVEY = path.join(repoRoot, 'test/fixtures/surveys/october-responses.csv');

async function runCommand(page: Page, words: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

/** A survey export of `rows` answers over the fixture's four touchpoints, all NPS 10 on one day. */
function largeSurvey(rows: number): string {
  const names = ['Basket & checkout', 'In-app chat', 'Doorstep hand-over', 'Phone line'];
  const lines = ['id,date,touchpoint,question,score,comment'];
  for (let row = 0; row < rows; row += 1) lines.push(`R${row},2026-11-02,${names[row % 4]},nps,10,`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'survey-')), 'large-survey.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('evidence on the map in the browser build', () => {
  it('imports a survey CSV into metric snapshots, then adds a quote and links it to an item', async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, MAP);
    await itemCard(page, 'Phone line').waitFor();

    await runCommand(page, 'import survey');
    const wizard = page.getByRole('dialog', { name: 'Import survey CSV' });
    await wizard.getByLabel('Survey CSV file').setInputFiles(SURVEY);

    // The guessed mapping is confirmed as it is; every touchpoint name is matched to an item.
    await wizard.getByText('Which column holds what?').waitFor();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => wizard.getByLabel(/Item for “Phone line”/).inputValue(), poll).toBe('i-phone');
    await wizard.getByRole('button', { name: 'Next' }).click();
    const phoneNps = wizard.getByRole('row').filter({ hasText: 'Phone line' }).filter({ hasText: 'NPS' });
    await expect.poll(() => phoneNps.textContent(), poll).toContain('−71.1');
    await wizard.getByRole('button', { name: 'Import' }).click();
    await wizard.waitFor({ state: 'hidden' });

    await itemCard(page, 'Phone line').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByText('NPS −71.1').waitFor();
    await expect.poll(() => inspector.getByText('n = 83').first().isVisible(), poll).toBe(true);
    await inspector.getByRole('img', { name: 'NPS over time' }).waitFor();

    // A quote of our own, linked to the doorstep hand-over.
    await inspector.getByRole('tab', { name: 'Quotes' }).click();
    await inspector.getByRole('button', { name: 'Add quote' }).click();
    const form = inspector.getByRole('form', { name: 'Add quote' });
    await form.getByLabel('New quote').fill('The courier left the bags downstairs');
    await form.getByRole('button', { name: 'Add quote' }).click();
    const filters = inspector.getByRole('group', { name: 'Filter quotes' });
    await filters.getByLabel('Source').selectOption({ label: 'Interview' });
    const card = inspector.getByRole('listitem').filter({ hasText: 'The courier left the bags downstairs' });
    await card.getByLabel('Link to item').selectOption({ label: 'Doorstep hand over' });
    await card.getByRole('button', { name: 'Unlink “Doorstep hand over”' }).waitFor();

    await inspector.getByRole('tab', { name: 'Inspector' }).click();
    await itemCard(page, 'Doorstep hand over').click();
    await expect
      .poll(() => inspector.getByText(/^\d+ quotes? · 3 metric series$/).textContent(), poll)
      .toMatch(/^\d+ quotes · 3 metric series$/);

    // Both evidence tables download as CSV, named after the map.
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await runCommand(page, 'export metrics as csv');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Grocery delivery (survey) metrics.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Phone line');
    expect(csv).toContain('-71.1');
    expectNoProblems(app);
  });

  it('imports a 100,000-row survey and keeps the app working', { timeout: 120_000 }, async () => {
    const app = await openApp(await browser());
    onTestFinished(() => app.close());
    const { page } = app;
    await openMapFile(page, MAP);
    await itemCard(page, 'Phone line').waitFor();
    await runCommand(page, 'import survey');
    const wizard = page.getByRole('dialog', { name: 'Import survey CSV' });
    await wizard.getByLabel('Survey CSV file').setInputFiles(largeSurvey(100_000));
    await wizard.getByText(/100000 rows/).waitFor({ timeout: 60_000 });
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Import' }).click();
    await wizard.waitFor({ state: 'hidden' });
    await itemCard(page, 'Phone line').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByText('NPS 100').waitFor();
    await inspector.getByText('n = 25000').first().waitFor();
    expectNoProblems(app);
  });
});
