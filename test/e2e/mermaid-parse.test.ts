import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readCxmap } from '../../shared/format';
import { exportMermaidJourney, importMermaidJourney } from '../../shared/interop';
import type { Item, JourneyMap } from '../../shared/model';
import { useBrowser } from './app';
import { repoRoot } from './fixture-files';

/**
 * Our Mermaid `journey` export checked by Mermaid itself: the real parser and renderer in Chromium, not
 * our reading of its grammar. The page is `about:blank`, not the app, whose CSP forbids the eval that
 * Mermaid's bundle needs; nothing of the app runs here.
 */
const browser = useBrowser();
const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');

const fixture = (name: string): JourneyMap => {
  const read = readCxmap(readFileSync(path.join(repoRoot, 'test/fixtures/maps', name)));
  if (!read.ok) throw new Error(`${name} does not open: ${JSON.stringify(read.error)}`);
  return read.value.map;
};

const touchpoint = (
  id: string,
  stageId: string,
  order: number,
  title: string,
  extra: Partial<Item> = {},
): Item => ({
  id,
  kind: 'touchpoint',
  stageId,
  laneId: 'ln-1',
  order,
  title,
  ...extra,
});

/** Every character that ends a token or a line in Mermaid's journey grammar, in titles and names. */
function hostileMap(): JourneyMap {
  return {
    id: 'hostile',
    title: 'Title: with #hash; semi\nnew line %% comment',
    description: 'Line one\nline two: #3; %%{init: {}}%%',
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
    personas: [
      { id: 'p-1', name: 'Ana, "the: planner"; #1' },
      { id: 'p-2', name: 'Bo %% Chen' },
    ],
    stages: [
      { id: 'st-1', name: 'section: one # two' },
      { id: 'st-2', name: 'Stage;\nwith %% newline' },
      { id: 'st-3', name: 'title' },
    ],
    lanes: [{ id: 'ln-1', name: 'Touchpoints', kind: 'touchpoints' }],
    items: [
      touchpoint('i-1', 'st-1', 0, 'Pay: 5: Me', { emotion: 1, personaIds: ['p-1'] }),
      touchpoint('i-2', 'st-1', 1, 'Order #42; now', { emotion: 5, personaIds: ['p-1', 'p-2'] }),
      touchpoint('i-3', 'st-2', 0, 'Multi\nline\r\ntask %% hidden?', { emotion: 2 }),
      touchpoint('i-4', 'st-2', 1, 'section fake', { personaIds: ['p-2'] }),
      touchpoint('i-5', 'st-3', 0, 'title fake title', { emotion: 4 }),
      touchpoint('i-6', 'st-3', 1, 'accTitle: sneaky', { emotion: 3 }),
    ],
    links: [],
    metrics: [],
    quotes: [],
  };
}

const MAPS: readonly (readonly [string, () => JourneyMap])[] = [
  ['grocery-evidence.cxmap', () => fixture('grocery-evidence.cxmap')],
  ['rich.cxmap', () => fixture('rich.cxmap')],
  ['multilingual.cxmap', () => fixture('multilingual.cxmap')],
  ['hostile titles', hostileMap],
];

let mermaidPage: Promise<Page> | null = null;
afterAll(async () => {
  const page = await mermaidPage?.catch(() => null);
  await page?.context().close();
});

/** One blank page with Mermaid loaded, shared by the tests of this file. */
function pageWithMermaid(): Promise<Page> {
  mermaidPage ??= (async () => {
    const context = await (await browser()).newContext();
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    await page.evaluate(() => {
      const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void } };
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    });
    return page;
  })();
  return mermaidPage;
}

interface MermaidOutcome {
  readonly parsed: boolean;
  readonly error: string;
  readonly svgText: string;
}

/** `mermaid.parse` then `mermaid.render`, in the page; the SVG's text as a reader would see it. */
async function parseAndRender(page: Page, text: string, id: string): Promise<MermaidOutcome> {
  return page.evaluate(
    async ({ text, id }) => {
      const { mermaid } = window as unknown as {
        mermaid: {
          parse(text: string): Promise<unknown>;
          render(id: string, text: string): Promise<{ svg: string }>;
        };
      };
      try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render(id, text);
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return { parsed: true, error: '', svgText: doc.documentElement.textContent ?? '' };
      } catch (error) {
        return { parsed: false, error: String(error), svgText: '' };
      }
    },
    { text, id },
  );
}

/** What our export writes for a name (see mermaid-export.ts): look-alikes for the grammar's characters. */
const mermaidName = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/#/g, '＃')
    .replace(/;/g, ',')
    .replace(/%{2,}/g, '%')
    .trim()
    .replace(/:/g, '\uA789');
const actorName = (name: string): string => mermaidName(name.replace(/[,;]/g, ' '));
const squash = (text: string): string => text.replace(/\s+/g, '');

const touchpointsOf = (map: JourneyMap, stageId: string) =>
  map.items.filter((item) => item.stageId === stageId && item.kind === 'touchpoint');

describe('Mermaid journey export, checked by the real Mermaid parser', () => {
  it.each(MAPS)('%s parses and renders with every task name', async (name, makeMap) => {
    const map = makeMap();
    const text = exportMermaidJourney(map);
    const page = await pageWithMermaid();
    const outcome = await parseAndRender(
      page,
      text,
      `diagram-${MAPS.findIndex(([label]) => label === name)}`,
    );
    expect(outcome.error).toBe('');
    expect(outcome.parsed).toBe(true);
    const taskNames = map.items
      .filter((item) => item.kind === 'touchpoint')
      .map((item) => mermaidName(item.title));
    expect(taskNames.length).toBeGreaterThan(0);
    // Mermaid may wrap a long name over several lines: compare without whitespace.
    for (const taskName of taskNames)
      expect(squash(outcome.svgText)).toContain(squash(taskName.replace(/^\u200B/, '')));
  });

  it('refuses what Mermaid refuses, so a pass above means something', async () => {
    const page = await pageWithMermaid();
    const unescaped = 'journey\n  section Pay\n    Order #42; now: 5\n    Task without a score\n';
    const outcome = await parseAndRender(page, unescaped, 'diagram-refused');
    expect(outcome.parsed).toBe(false);
    expect(outcome.error).not.toBe('');
  });

  it.each(MAPS)('%s keeps sections, tasks, scores and actors through Mermaid and back', (_name, makeMap) => {
    const map = makeMap();
    let next = 0;
    const imported = importMermaidJourney(exportMermaidJourney(map), {
      newId: () => `id-${(next += 1)}`,
      now: '2026-11-23T12:00:00Z',
    });
    if (!imported.ok) throw new Error(`line ${imported.error.line}: ${imported.error.reason}`);
    const back = imported.value;
    expect(back.stages.map((stage) => stage.name)).toEqual(
      map.stages.map((stage) => mermaidName(stage.name)),
    );
    const personaNames = new Map(map.personas.map((persona) => [persona.id, actorName(persona.name)]));
    const backPersonas = new Map(back.personas.map((persona) => [persona.id, persona.name]));
    map.stages.forEach((stage, index) => {
      const describe = (item: Item, names: ReadonlyMap<string, string>, title: string) =>
        JSON.stringify([
          title,
          item.emotion ?? 3,
          [...new Set((item.personaIds ?? []).map((id) => names.get(id)))].sort(),
        ]);
      const expected = touchpointsOf(map, stage.id)
        .map((item) => describe(item, personaNames, mermaidName(item.title)))
        .sort();
      const actual = touchpointsOf(back, back.stages[index]?.id ?? '')
        .map((item) => describe(item, backPersonas, item.title))
        .sort();
      expect(actual).toEqual(expected);
    });
  });
});
