import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The team's shared fixtures live beside the repo on CI; a fresh clone may not have them. */
export const sharedFixturesDir = path.resolve(repoRoot, '../shared/fixtures');

const OPENABLE_EXTENSIONS = ['.cxmap', '.json'];

/** Files a user could pick in the open dialog, sorted for a stable test order; none if the folder is absent. */
export function listOpenableFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => OPENABLE_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort()
    .map((name) => path.join(folder, name));
}

/** How a test names a fixture: ours by their path in the repo, the shared ones inside the shared folder. */
export function fixtureLabel(file: string): string {
  const shared = path.relative(sharedFixturesDir, file);
  return shared.startsWith('..') ? path.relative(repoRoot, file) : `shared ${shared}`;
}

/** Maps we wrote for these tests, plus the format engineer's samples once they exist. */
export const ownSampleMaps = [
  ...listOpenableFiles(path.join(repoRoot, 'test/fixtures/e2e/maps')),
  ...listOpenableFiles(path.join(repoRoot, 'test/fixtures/maps')),
];
export const sharedSampleMaps = listOpenableFiles(path.join(sharedFixturesDir, 'maps'));

export const ownHostileFiles = [
  ...listOpenableFiles(path.join(repoRoot, 'test/fixtures/e2e/hostile')),
  ...listOpenableFiles(path.join(repoRoot, 'test/fixtures/hostile')),
];
export const sharedHostileFiles = listOpenableFiles(path.join(sharedFixturesDir, 'hostile'));

/** What the canvas must show for a map file, read from the file itself so no test hard-codes it. */
export interface MapExpectations {
  readonly title: string;
  readonly stageNames: string[];
  readonly laneNames: string[];
  readonly itemTitles: string[];
  readonly itemCount: number;
  readonly linkCount: number;
}

interface NamedRecord {
  readonly name?: unknown;
  readonly title?: unknown;
}

function isRecordArray(value: unknown): value is NamedRecord[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'object' && entry !== null);
}

function stringsOf(records: unknown, key: 'name' | 'title', file: string): string[] {
  if (!isRecordArray(records)) throw new Error(`${file}: expected an array of records`);
  return records.map((record) => {
    const value = record[key];
    if (typeof value !== 'string') throw new Error(`${file}: a record has no string "${key}"`);
    return value;
  });
}

export function readMapExpectations(file: string): MapExpectations {
  // FORMAT.md tolerates a byte-order mark, JSON.parse does not.
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const map: unknown = typeof parsed === 'object' && parsed !== null && 'map' in parsed ? parsed.map : null;
  if (typeof map !== 'object' || map === null) throw new Error(`${file}: no "map" object`);
  const { title, stages, lanes, items, links } = map as Record<string, unknown>;
  if (typeof title !== 'string') throw new Error(`${file}: no map title`);
  if (!Array.isArray(links)) throw new Error(`${file}: no links array`);
  const itemTitles = stringsOf(items, 'title', file);
  return {
    title,
    stageNames: stringsOf(stages, 'name', file),
    laneNames: stringsOf(lanes, 'name', file),
    itemTitles,
    itemCount: itemTitles.length,
    linkCount: links.length,
  };
}
