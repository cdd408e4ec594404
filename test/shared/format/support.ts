import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { FormatError } from '../../../shared/format';
import type { CxDocument, JourneyMap } from '../../../shared/model';
import type { Result } from '../../../shared/result';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const ownFixturesDir = path.join(repoRoot, 'test/fixtures');
/** The team's shared fixtures sit beside the repo on CI; a fresh clone may not have them. */
export const sharedFixturesDir = path.resolve(repoRoot, '../shared/fixtures');

/** `.cxmap` files directly in a folder, sorted so tests run in a stable order; none if it is absent. */
export const cxmapFilesIn = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.cxmap'))
        .sort()
    : [];

export const readBytes = (folder: string, name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(folder, name)));

/** The value of a Result the test expects to be ok, failing with the error otherwise. */
export const expectOk = <T>(result: Result<T, FormatError>): T => {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** The error of a Result the test expects to have failed. */
export const expectError = <T>(result: Result<T, FormatError>): FormatError => {
  if (result.ok) expect.fail('expected the input to be refused, but it was accepted');
  return result.error;
};

/** A valid map built in code, for tests that need one of a given size or with one field changed. */
export const buildMap = (itemCount: number): JourneyMap => {
  const stageCount = Math.max(1, Math.min(20, itemCount));
  const stages = Array.from({ length: stageCount }, (_, index) => ({
    id: `st-${index}`,
    name: `Stage ${index + 1}`,
  }));
  const lanes = [
    { id: 'ln-touchpoints', name: 'Touchpoints', kind: 'touchpoints' as const },
    { id: 'ln-pains', name: 'Pains', kind: 'pains' as const },
  ];
  const items = Array.from({ length: itemCount }, (_, index) => ({
    id: `it-${index}`,
    kind: index % 7 === 0 ? ('friction' as const) : ('touchpoint' as const),
    stageId: `st-${index % stageCount}`,
    laneId: index % 7 === 0 ? 'ln-pains' : 'ln-touchpoints',
    order: Math.floor(index / stageCount),
    title: `Item ${index + 1}`,
    description: 'A touchpoint with a sentence of description, as real maps have.',
    channel: 'web' as const,
    emotion: (index % 5) + 1,
    personaIds: ['p-1'],
  }));
  const links = items
    .slice(1)
    .map((item, index) => ({ id: `lk-${index}`, from: `it-${index}`, to: item.id }));
  return {
    id: 'map-1',
    title: `Synthetic map of ${itemCount} items`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    personas: [{ id: 'p-1', name: 'Pat' }],
    stages,
    lanes,
    items,
    links,
    metrics:
      itemCount > 0 ? [{ id: 'm-1', kind: 'nps', value: 12, takenAt: '2026-01-01', itemId: 'it-0' }] : [],
    quotes:
      itemCount > 0
        ? [{ id: 'q-1', text: 'Fine.', source: 'survey', itemIds: ['it-0'], personaId: 'p-1' }]
        : [],
  };
};

export const buildDocument = (itemCount = 3): CxDocument => ({
  format: 'cxmap',
  version: 1,
  map: buildMap(itemCount),
});
