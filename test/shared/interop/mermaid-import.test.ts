import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../shared/format';
import { exportMermaidJourney, importMermaidJourney } from '../../../shared/interop';
import type { MermaidSyntaxError } from '../../../shared/interop';
import type { JourneyMap } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { ownFixturesDir, sharedFixturesDir } from '../format/support';

const NOW = '2024-06-01T09:00:00Z';
const counterIds = () => {
  let next = 0;
  return () => `id-${(next += 1)}`;
};
const importText = (text: string): Result<JourneyMap, MermaidSyntaxError> =>
  importMermaidJourney(text, { newId: counterIds(), now: NOW });

const expectMap = (result: Result<JourneyMap, MermaidSyntaxError>): JourneyMap => {
  if (!result.ok) expect.fail(`expected a map, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** Sections, tasks, scores and actor names: what a journey diagram says, read back from a map. */
const outline = (map: JourneyMap) =>
  map.stages.map((stage) => ({
    section: stage.name,
    tasks: map.items
      .filter((item) => item.stageId === stage.id)
      .sort((a, b) => a.order - b.order)
      .map((item) => ({
        name: item.title,
        score: item.emotion,
        actors: (item.personaIds ?? []).map((id) => map.personas.find((persona) => persona.id === id)?.name),
      })),
  }));

const expectValidDocument = (map: JourneyMap): void => {
  const validated = validateDocument({ format: 'cxmap', version: 1, map });
  expect(validated.ok ? 'valid' : validated.error).toBe('valid');
};

const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

describe('importMermaidJourney', () => {
  it("imports the Mermaid documentation's example", () => {
    const map = expectMap(importText(WORKING_DAY));
    expect(map.title).toBe('My working day');
    expect(map.description).toBeUndefined();
    expect(map.personas.map((persona) => persona.name)).toEqual(['Me', 'Cat']);
    expect(outline(map)).toEqual([
      {
        section: 'Go to work',
        tasks: [
          { name: 'Make tea', score: 5, actors: ['Me'] },
          { name: 'Go upstairs', score: 3, actors: ['Me'] },
          { name: 'Do work', score: 1, actors: ['Me', 'Cat'] },
        ],
      },
      {
        section: 'Go home',
        tasks: [
          { name: 'Go downstairs', score: 5, actors: ['Me'] },
          { name: 'Sit down', score: 5, actors: ['Me'] },
        ],
      },
    ]);
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'emotions']);
    expect(new Set(map.items.map((item) => item.laneId))).toEqual(new Set([map.lanes[0]?.id]));
    expect(map.items.every((item) => item.kind === 'touchpoint')).toBe(true);
    expect([map.createdAt, map.updatedAt]).toEqual([NOW, NOW]);
    expectValidDocument(map);
  });

  it('reads front matter, comments, accessibility text and tasks without actors', () => {
    const text = readFileSync(path.join(ownFixturesDir, 'mermaid/accessible-no-actors.mmd'), 'utf8');
    const map = expectMap(importText(text));
    expect(map.title).toBe('My commute');
    expect(map.description).toBe('How the morning commute feels,\nstage by stage.');
    expect(outline(map)).toEqual([
      { section: 'Journey', tasks: [{ name: 'Leave house', score: 3, actors: [] }] },
      {
        section: 'Train',
        tasks: [
          { name: 'Buy ticket', score: 2, actors: [] },
          { name: 'Find a seat', score: 4, actors: ['Me', 'Stranger'] },
        ],
      },
      { section: 'Office', tasks: [{ name: 'Arrive', score: 5, actors: [] }] },
    ]);
    expect(map.items.find((item) => item.title === 'Arrive')?.personaIds).toBeUndefined();
    expectValidDocument(map);
  });

  it('takes the title from accTitle when there is no title, and single-line accDescr', () => {
    const map = expectMap(
      importText(
        'journey\naccTitle: Onboarding # not a comment here\naccDescr: Sign-up; then use\nsection A\n',
      ),
    );
    expect(map.title).toBe('Onboarding # not a comment here');
    expect(map.description).toBe('Sign-up; then use');
    expect(outline(map)).toEqual([{ section: 'A', tasks: [] }]);
  });

  it('reads keywords in any case, CRLF line ends and a byte-order mark', () => {
    const map = expectMap(importText('\uFEFFJOURNEY\r\n  Title Shop\r\n  SECTION Pay\r\n  Card: 4: Ann\r\n'));
    expect(map.title).toBe('Shop');
    expect(outline(map)).toEqual([{ section: 'Pay', tasks: [{ name: 'Card', score: 4, actors: ['Ann'] }] }]);
  });

  it('rounds scores and clamps them to the 1–5 scale', () => {
    const map = expectMap(importText('journey\nsection S\nA: 0\nB: 9\nC: 2.5\nD: -3: Me\nE: 4.4\n'));
    expect(map.items.map((item) => item.emotion)).toEqual([1, 5, 3, 1, 4]);
    expectValidDocument(map);
  });

  it('gives a map without sections a default title and no stages', () => {
    const map = expectMap(importText('%% nothing yet\njourney\n'));
    expect(map.title).toBe('Imported journey');
    expect(map.stages).toEqual([]);
    expectValidDocument(map);
  });

  it('gives each persona one id even when an actor repeats', () => {
    const map = expectMap(importText('journey\nsection S\nA: 3: Me, Me, You\nB: 4: You\n'));
    expect(map.personas.map((persona) => persona.name)).toEqual(['Me', 'You']);
    expect(map.items[0]?.personaIds).toEqual([map.personas[0]?.id, map.personas[1]?.id]);
    expect(map.items[1]?.personaIds).toEqual([map.personas[1]?.id]);
  });
});

describe('importMermaidJourney errors', () => {
  const errorOf = (text: string): MermaidSyntaxError | 'accepted' => {
    const result = importText(text);
    return result.ok ? 'accepted' : result.error;
  };

  it('wants journey first, naming the first line that is not a comment', () => {
    expect(errorOf('flowchart TD\n  A --> B\n')).toEqual({ line: 1, reason: "expected 'journey'" });
    expect(errorOf('')).toEqual({ line: 1, reason: "expected 'journey'" });
    expect(errorOf('%% a comment\n\n# another\nsequenceDiagram\n')).toEqual({
      line: 4,
      reason: "expected 'journey'",
    });
  });

  it('names the line of a task without a score, counting comments and blank lines', () => {
    expect(errorOf('journey\n%% note\n\n  section A\n  Make tea\n')).toEqual({
      line: 5,
      reason: "a task needs a score: 'Name: 5: Actor'",
    });
    expect(errorOf('journey\nsection A\nMake tea:   \n')).toEqual({
      line: 3,
      reason: "a task needs a score: 'Name: 5: Actor'",
    });
  });

  it('refuses a score that is not a number', () => {
    expect(errorOf('journey\ntitle T\nsection A\n\nMake tea: five: Me\n')).toEqual({
      line: 5,
      reason: "the score 'five' is not a number",
    });
  });

  it('counts front matter lines, and refuses other broken statements', () => {
    expect(errorOf('---\nconfig: {}\n---\njourney\nsection A\nTea\n')).toMatchObject({ line: 6 });
    expect(errorOf('---\nconfig: {}\njourney\n')).toEqual({
      line: 1,
      reason: "the front matter opened with '---' is never closed",
    });
    expect(errorOf('journey\nsection A: B\n')).toEqual({
      line: 2,
      reason: "a section name cannot contain ':'",
    });
    expect(errorOf('journey\nA: 3; B: 4\n')).toEqual({
      line: 2,
      reason: "';' is not allowed in a journey diagram",
    });
    expect(errorOf('journey\n: 3: Me\n')).toEqual({ line: 2, reason: "a task needs a name before ':'" });
    expect(errorOf('journey\naccDescr {\n  never closed\n')).toEqual({
      line: 2,
      reason: "accDescr { is never closed with '}'",
    });
    expect(errorOf('journey\njourney\n')).toMatchObject({ line: 2 });
  });
});

describe('Mermaid round trip', () => {
  it('keeps section names, task names, scores and actors', () => {
    const first = expectMap(importText(WORKING_DAY));
    const second = expectMap(importText(exportMermaidJourney(first)));
    expect(outline(second)).toEqual(outline(first));
    expect(second.title).toBe('My working day');
    expect(second.personas.map((persona) => persona.name)).toEqual(['Me', 'Cat']);
  });

  it('reads sanitised names back as valid, keyword-like names unchanged', () => {
    const source = expectMap(importText('journey\nsection S\nA: 3\n'));
    const stageId = source.stages[0]?.id ?? '';
    const map: JourneyMap = {
      ...source,
      title: 'Plan: v2',
      stages: [{ id: stageId, name: 'Sign: up' }],
      items: source.items
        .map((item) => ({ ...item, title: 'Journey review' }))
        .concat({
          id: 'extra',
          kind: 'touchpoint',
          stageId,
          laneId: source.lanes[0]?.id ?? '',
          order: 1,
          title: 'Pay: by card',
          emotion: 2,
        }),
    };
    const back = expectMap(importText(exportMermaidJourney(map)));
    expect(back.title).toBe('Plan: v2');
    expect(outline(back)).toEqual([
      {
        section: 'Sign꞉ up',
        tasks: [
          { name: 'Journey review', score: 3, actors: [] },
          { name: 'Pay꞉ by card', score: 2, actors: [] },
        ],
      },
    ]);
    expectValidDocument(back);
  });
});

/** Every `.mmd` in a folder, sorted for a stable order; none if the folder is absent. */
const mermaidFilesIn = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.mmd'))
        .sort()
    : [];

const expectImportsAsValidMap = (folder: string, name: string): void => {
  const map = expectMap(importText(readFileSync(path.join(folder, name), 'utf8')));
  expect(map.items.length).toBeGreaterThan(0);
  expectValidDocument(map);
};

describe('Mermaid fixtures of this repo', () => {
  const ownMermaid = path.join(ownFixturesDir, 'mermaid');
  it.each(mermaidFilesIn(ownMermaid))('%s imports as a valid map', (name) =>
    expectImportsAsValidMap(ownMermaid, name),
  );
});

const sharedMermaid = path.join(sharedFixturesDir, 'mermaid');
describe.runIf(existsSync(sharedMermaid))('shared Mermaid fixtures', () => {
  it.each(mermaidFilesIn(sharedMermaid))('%s imports as a valid map', (name) =>
    expectImportsAsValidMap(sharedMermaid, name),
  );
});
