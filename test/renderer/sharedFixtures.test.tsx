import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { present } from './present';
import { renderStudio } from './renderStudio';

/**
 * Opens every sample and hostile file the team shares (beside the repo on CI) and our own renderer
 * fixture: a valid map shows all its item titles, anything else is refused with an alert naming it.
 */

// `import.meta.url` is an http URL under jsdom; the file's directory is still known.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');
const ownFixtures = path.join(repoRoot, 'test/fixtures/renderer');

/** The one hostile file that opens: its markup is only text, shown literally. */
const OPENS_SAFELY = new Set(['xss-text.cxmap']);

function cxmapFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.cxmap'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Titles straight from the file, so the test never restates them. */
function itemTitlesIn(file: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const items = (parsed as { map?: { items?: { title?: unknown }[] } }).map?.items ?? [];
  return items.flatMap((item) => (typeof item.title === 'string' ? [item.title] : []));
}

async function openFile(file: string) {
  const rendered = renderStudio();
  rendered.api.pickFile(path.basename(file), new Uint8Array(readFileSync(file)));
  await userEvent.click(present(screen.getAllByRole('button', { name: 'Open…' })[0]));
  return rendered;
}

async function expectShowsEveryItem(file: string) {
  await openFile(file);
  const titles = itemTitlesIn(file);

  await waitFor(() => expect(document.querySelector('.react-flow')).not.toBeNull());
  await waitFor(() => expect(screen.queryAllByTestId('item-node')).toHaveLength(titles.length));
  const shown = screen.queryAllByTestId('item-node').map((node) => node.textContent ?? '');
  for (const title of titles) expect(shown.some((text) => text.includes(title))).toBe(true);
  expect(screen.queryByRole('alert')).toBeNull();
}

async function expectRefused(file: string) {
  const { store } = await openFile(file);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(`“${path.basename(file)}” can’t be opened: `);
  expect(store.getState().doc).toBeNull();
}

describe('our renderer fixture', () => {
  it('opens and shows every item', async () => {
    const [file] = cxmapFilesIn(ownFixtures);
    if (file === undefined) throw new Error(`no fixture in ${ownFixtures}`);
    await expectShowsEveryItem(file);
  });
});

// Runs where the team's shared fixtures sit beside the repo (CI); a bare clone has none to run.
describe.runIf(existsSync(path.join(sharedFixtures, 'maps')))('the shared sample maps', () => {
  for (const file of cxmapFilesIn(path.join(sharedFixtures, 'maps'))) {
    it(`shows every item of ${path.basename(file)}`, () => expectShowsEveryItem(file));
  }
});

// Runs where the team's shared fixtures sit beside the repo (CI); a bare clone has none to run.
describe.runIf(existsSync(path.join(sharedFixtures, 'hostile')))('the shared hostile files', () => {
  for (const file of cxmapFilesIn(path.join(sharedFixtures, 'hostile'))) {
    const name = path.basename(file);
    if (OPENS_SAFELY.has(name)) {
      it(`opens ${name} with every title shown as text`, () => expectShowsEveryItem(file));
    } else {
      it(`refuses ${name} with an alert naming it`, () => expectRefused(file));
    }
  }
});
