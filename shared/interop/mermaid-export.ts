import type { Item, JourneyMap } from '../model/schema';
import type { ItemKind } from '../model/vocabulary';
import { KEYWORD_GUARD, LOOKS_LIKE_KEYWORD, NEUTRAL_SCORE, UNTITLED } from './mermaid-syntax';

export interface MermaidExportOptions {
  /** Which items become tasks; the issue maps touchpoints to tasks, so that is the default. */
  readonly itemKinds?: readonly ItemKind[];
  /** Write `accTitle` (the map title) and `accDescr` (its description) for screen readers; default true. */
  readonly includeAccessibility?: boolean;
}

const DEFAULT_ITEM_KINDS: readonly ItemKind[] = ['touchpoint'];

/**
 * One line of free text the lexer reads verbatim: whitespace (newlines included) collapses to one
 * space, and the characters that end a token or a line are swapped for look-alikes rather than dropped,
 * so the diagram still says what the map says. `#` starts a comment, `;` is an invalid token, and `%%`
 * starts a comment even in the middle of a line.
 */
const lineText = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/#/g, '＃').replace(/;/g, ',').replace(/%{2,}/g, '%').trim();

/** A section, task or actor name: as `lineText`, and `:` (which ends the name) becomes `꞉` (U+A789). */
const nameText = (text: string): string => lineText(text).replace(/:/g, '\uA789') || UNTITLED;

const taskName = (title: string): string => {
  const name = nameText(title);
  return LOOKS_LIKE_KEYWORD.test(name) ? `${KEYWORD_GUARD}${name}` : name;
};

/**
 * Actors are a comma-separated list, so a comma inside a persona's name would split it in two (and a
 * `;` would otherwise become one).
 */
const actorName = (name: string): string => nameText(name.replace(/[,;]/g, ' '));

const taskLine = (item: Item, personaNames: ReadonlyMap<string, string>): string => {
  const score = item.emotion ?? NEUTRAL_SCORE;
  const actors = [
    ...new Set(
      (item.personaIds ?? []).flatMap((personaId) => {
        const name = personaNames.get(personaId);
        return name === undefined ? [] : [actorName(name)];
      }),
    ),
  ];
  // `Name: score` without actors is valid: journeyDb.addTask reads an empty people list then.
  return actors.length === 0
    ? `${taskName(item.title)}: ${score}`
    : `${taskName(item.title)}: ${score}: ${actors.join(', ')}`;
};

/**
 * The map as Mermaid `journey` text: stages become sections in stage order, the chosen items of each
 * stage become tasks (ordered as on the canvas: by lane, then by position in the cell) with their
 * emotion as the score (3, neutral, when unscored) and their personas as actors. Every map gives valid
 * text, including one without stages or items: an empty section and a bare `journey` both parse.
 */
export const exportMermaidJourney = (map: JourneyMap, options: MermaidExportOptions = {}): string => {
  const kinds = new Set(options.itemKinds ?? DEFAULT_ITEM_KINDS);
  const includeAccessibility = options.includeAccessibility ?? true;
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const personaNames = new Map(map.personas.map((persona) => [persona.id, persona.name]));
  const laneOf = (item: Item): number => laneIndex.get(item.laneId) ?? map.lanes.length;

  const title = lineText(map.title) || UNTITLED;
  const lines = ['journey', `  title ${title}`];
  if (includeAccessibility) {
    lines.push(`  accTitle: ${title}`);
    const description = lineText(map.description ?? '');
    if (description !== '') lines.push(`  accDescr: ${description}`);
  }
  for (const stage of map.stages) {
    lines.push(`  section ${nameText(stage.name)}`);
    const tasks = map.items
      .filter((item) => item.stageId === stage.id && kinds.has(item.kind))
      // Array.prototype.sort is stable, so items tied on lane and order keep their document order.
      .sort((a, b) => laneOf(a) - laneOf(b) || a.order - b.order);
    for (const item of tasks) lines.push(`    ${taskLine(item, personaNames)}`);
  }
  return `${lines.join('\n')}\n`;
};
