import { describe, expect, it } from 'vitest';
import { exportMermaidJourney } from '../../../shared/interop';
import type { Item, JourneyMap } from '../../../shared/model';

/**
 * The token rules of Mermaid 11's journey.jison in their order; Jison (without `flex`) takes the first
 * rule that matches, not the longest. Used to check that exported text is what the real grammar accepts
 * until the e2e runs the `mermaid` package itself.
 */
type Token = { readonly type: string; readonly text: string };
const INITIAL_RULES: readonly (readonly [RegExp, string | null, string?])[] = [
  [/^%%(?!\{)[^\n]*/, null],
  [/^[^}]%%[^\n]*/, null],
  [/^\n+/, 'NEWLINE'],
  [/^\s+/, null],
  [/^#[^\n]*/, null],
  [/^journey/i, 'journey'],
  [/^title\s[^#\n;]+/i, 'title'],
  [/^accTitle\s*:\s*/i, 'acc_title', 'acc_value'],
  [/^accDescr\s*:\s*/i, 'acc_descr', 'acc_value'],
  [/^section\s[^#:\n;]+/i, 'section'],
  [/^[^#:\n;]+/, 'taskName'],
  [/^:[^#\n;]+/, 'taskData'],
  [/^:/, ':'],
  [/^[\s\S]/, 'INVALID'],
];

const lexJourney = (text: string): Token[] => {
  const tokens: Token[] = [];
  let rest = text;
  let state = 'INITIAL';
  while (rest !== '') {
    if (state === 'acc_value') {
      const value = /^[^\n]*/.exec(rest)?.[0] ?? '';
      tokens.push({ type: 'acc_value', text: value });
      rest = rest.slice(value.length);
      state = 'INITIAL';
      continue;
    }
    for (const [pattern, type, nextState] of INITIAL_RULES) {
      const match = pattern.exec(rest)?.[0];
      if (match === undefined || match === '') continue;
      if (type !== null) tokens.push({ type, text: match });
      if (nextState !== undefined) state = nextState;
      rest = rest.slice(match.length);
      break;
    }
  }
  return tokens;
};

/** What journeyDb would hold after parsing, or the reason the grammar refuses the text. */
interface ParsedJourney {
  title?: string;
  sections: { name: string; tasks: { task: string; score: number; people: string[] }[] }[];
}
const parseLikeMermaid = (text: string): ParsedJourney | string => {
  const tokens = lexJourney(text).filter((token) => token.type !== 'NEWLINE');
  if (tokens[0]?.type !== 'journey') return 'no journey keyword';
  const parsed: ParsedJourney = { sections: [] };
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.type === 'title') parsed.title = token.text.slice(6);
    else if (token.type === 'section') parsed.sections.push({ name: token.text.slice(8), tasks: [] });
    else if (token.type === 'acc_title' || token.type === 'acc_descr') index += 1;
    else if (token.type === 'taskName' && tokens[index + 1]?.type === 'taskData') {
      const [score = '', people] = (tokens[index + 1]?.text ?? '').slice(1).split(':');
      if (!Number.isFinite(Number(score))) return `score of ${token.text} is not a number`;
      parsed.sections.at(-1)?.tasks.push({
        task: token.text,
        score: Number(score),
        people: people === undefined ? [] : people.split(',').map((person) => person.trim()),
      });
      index += 1;
    } else return `unexpected ${token.type} '${token.text}'`;
  }
  return parsed;
};

const touchpoint = (fields: Partial<Item> & Pick<Item, 'id' | 'stageId' | 'title'>): Item => ({
  kind: 'touchpoint',
  laneId: 'ln-touch',
  order: 0,
  ...fields,
});

const sampleMap = (): JourneyMap => ({
  id: 'map-1',
  title: 'Grocery order',
  description: 'From basket\nto doorstep.',
  createdAt: '2024-05-01T10:00:00Z',
  updatedAt: '2024-05-01T10:00:00Z',
  personas: [
    { id: 'p-maya', name: 'Maya' },
    { id: 'p-driver', name: 'Driver' },
  ],
  stages: [
    { id: 'st-order', name: 'Order' },
    { id: 'st-deliver', name: 'Deliver' },
    { id: 'st-empty', name: 'Aftercare' },
  ],
  lanes: [
    { id: 'ln-touch', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'ln-pains', name: 'Pains', kind: 'pains' },
    { id: 'ln-back', name: 'Backstage', kind: 'backstage' },
  ],
  items: [
    // Out of order on purpose: the export follows lane order, then `order`, not the array.
    touchpoint({
      id: 'i-slot',
      stageId: 'st-order',
      title: 'Pick slot',
      order: 1,
      emotion: 1,
      personaIds: ['p-maya'],
    }),
    touchpoint({
      id: 'i-basket',
      stageId: 'st-order',
      title: 'Fill basket',
      order: 0,
      emotion: 4,
      personaIds: ['p-maya'],
    }),
    touchpoint({ id: 'i-back', stageId: 'st-order', laneId: 'ln-back', title: 'Stock sync', emotion: 2 }),
    {
      id: 'i-pain',
      kind: 'friction',
      stageId: 'st-order',
      laneId: 'ln-pains',
      order: 0,
      title: 'Slots gone',
      severity: 4,
      emotion: 1,
    },
    touchpoint({
      id: 'i-door',
      stageId: 'st-deliver',
      title: 'At the door',
      emotion: 5,
      personaIds: ['p-maya', 'p-driver'],
    }),
    touchpoint({ id: 'i-eta', stageId: 'st-deliver', title: 'ETA text', order: 1 }),
  ],
  links: [],
  metrics: [],
  quotes: [],
});

describe('exportMermaidJourney', () => {
  it('writes stages as sections and touchpoints as tasks with emotion and personas', () => {
    expect(exportMermaidJourney(sampleMap())).toBe(
      [
        'journey',
        '  title Grocery order',
        '  accTitle: Grocery order',
        '  accDescr: From basket to doorstep.',
        '  section Order',
        '    Fill basket: 4: Maya',
        '    Pick slot: 1: Maya',
        '    Stock sync: 2',
        '  section Deliver',
        '    At the door: 5: Maya, Driver',
        '    ETA text: 3',
        '  section Aftercare',
        '',
      ].join('\n'),
    );
  });

  it('includes the chosen item kinds, in lane order, and can leave out the accessibility lines', () => {
    const text = exportMermaidJourney(sampleMap(), {
      itemKinds: ['touchpoint', 'friction'],
      includeAccessibility: false,
    });
    expect(text.split('\n').slice(0, 7)).toEqual([
      'journey',
      '  title Grocery order',
      '  section Order',
      '    Fill basket: 4: Maya',
      '    Pick slot: 1: Maya',
      '    Slots gone: 1',
      '    Stock sync: 2',
    ]);
  });

  it('gives text the journey grammar accepts, with the same sections, tasks, scores and actors', () => {
    const parsed = parseLikeMermaid(exportMermaidJourney(sampleMap()));
    expect(parsed).toEqual({
      title: 'Grocery order',
      sections: [
        {
          name: 'Order',
          tasks: [
            { task: 'Fill basket', score: 4, people: ['Maya'] },
            { task: 'Pick slot', score: 1, people: ['Maya'] },
            { task: 'Stock sync', score: 2, people: [] },
          ],
        },
        {
          name: 'Deliver',
          tasks: [
            { task: 'At the door', score: 5, people: ['Maya', 'Driver'] },
            { task: 'ETA text', score: 3, people: [] },
          ],
        },
        { name: 'Aftercare', tasks: [] },
      ],
    });
  });

  it('keeps text that would break the grammar valid and readable', () => {
    const map: JourneyMap = {
      ...sampleMap(),
      title: 'Q3: #1 journey; %% draft',
      description: 'line one\r\nline two; #tag',
      personas: [{ id: 'p-1', name: 'Smith, Jane: VIP' }],
      stages: [{ id: 'st-1', name: 'Step 1: sign up #a' }],
      items: [
        touchpoint({
          id: 'i-1',
          stageId: 'st-1',
          title: 'Pay: card; #3\nthen %%wait',
          emotion: 2,
          personaIds: ['p-1'],
        }),
        touchpoint({ id: 'i-2', stageId: 'st-1', title: 'Journey review', order: 1, emotion: 4 }),
        touchpoint({ id: 'i-3', stageId: 'st-1', title: 'title page', order: 2, emotion: 4 }),
        touchpoint({ id: 'i-4', stageId: 'st-1', title: ' \n ', order: 3, emotion: 5 }),
      ],
    };
    const text = exportMermaidJourney(map);
    expect(text).toBe(
      [
        'journey',
        '  title Q3: ＃1 journey, % draft',
        '  accTitle: Q3: ＃1 journey, % draft',
        '  accDescr: line one line two, ＃tag',
        '  section Step 1꞉ sign up ＃a',
        '    Pay꞉ card, ＃3 then %wait: 2: Smith Jane꞉ VIP',
        '    \u200BJourney review: 4',
        '    \u200Btitle page: 4',
        '    Untitled: 5',
        '',
      ].join('\n'),
    );
    const parsed = parseLikeMermaid(text);
    expect(parsed).not.toBeTypeOf('string');
    if (typeof parsed === 'string') return;
    expect(parsed.sections.map((section) => section.tasks.length)).toEqual([4]);
    expect(parsed.sections[0]?.tasks[0]?.people).toEqual(['Smith Jane꞉ VIP']);
  });

  it('gives valid text for a map without stages or items', () => {
    const empty: JourneyMap = { ...sampleMap(), title: '', description: '', stages: [], items: [] };
    const text = exportMermaidJourney(empty);
    expect(text).toBe('journey\n  title Untitled\n  accTitle: Untitled\n');
    expect(parseLikeMermaid(text)).toEqual({ title: 'Untitled', sections: [] });
  });

  it('is caught by the grammar check when text is not valid (the check can fail)', () => {
    expect(parseLikeMermaid('journey\n  section A\n    Pay: card: 3\n')).toBe('score of Pay is not a number');
    expect(parseLikeMermaid('journey\n  Journey review: 4\n')).toMatch(/unexpected journey/);
  });
});
