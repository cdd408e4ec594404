import type { Item, JourneyMap, Lane, Persona, Stage } from '../model/schema';
import { SCORE_MAX, SCORE_MIN } from '../model/vocabulary';
import { err, ok, type Result } from '../result';
import { KEYWORD_GUARD } from './mermaid-syntax';

/** Why Mermaid text could not be read: the 1-based line of the source text and what is wrong there. */
export interface MermaidSyntaxError {
  readonly line: number;
  readonly reason: string;
}

export interface MermaidTask {
  readonly name: string;
  /** The score as written; Mermaid accepts any number, the map's scale is applied when building it. */
  readonly score: number;
  readonly actors: readonly string[];
}

export interface MermaidSection {
  /** null for the tasks written before the first `section`, which Mermaid draws without a heading. */
  readonly name: string | null;
  readonly tasks: readonly MermaidTask[];
}

/** What a `journey` diagram says, before it becomes a map. */
export interface MermaidJourney {
  readonly title?: string;
  readonly accTitle?: string;
  readonly accDescription?: string;
  readonly sections: readonly MermaidSection[];
}

export interface MermaidImportOptions {
  /** Fresh ids for the new map and its records; must not repeat. */
  readonly newId: () => string;
  /** ISO-8601 date-time of the import: the map's `createdAt` and `updatedAt`. */
  readonly now: string;
  /** The map's title when the diagram has neither `title` nor `accTitle`. */
  readonly fallbackTitle?: string;
}

const TASK_NEEDS_SCORE = "a task needs a score: 'Name: 5: Actor'";
/** The format's limit on any text (model/schema.ts): refuse here, with a line, rather than at validation. */
const MAX_TEXT_LENGTH = 100_000;
const LEADING_TASKS_STAGE = 'Journey';

/** `%%` and `#` start a comment anywhere on an ordinary line (journey.jison skips both to the line's end). */
const withoutComment = (line: string): string => {
  const cut = line.search(/%%|#/);
  return (cut === -1 ? line : line.slice(0, cut)).trim();
};

const tooLong = (text: string): boolean => text.length > MAX_TEXT_LENGTH;

interface ParseState {
  title?: string;
  accTitle?: string;
  accDescription?: string;
  readonly sections: { name: string | null; tasks: MermaidTask[] }[];
}

const parseTask = (statement: string): Result<MermaidTask, string> => {
  const colon = statement.indexOf(':');
  if (colon === -1) return err(TASK_NEEDS_SCORE);
  const name = statement
    .slice(0, colon)
    .trim()
    .replace(new RegExp(`^${KEYWORD_GUARD}`), '');
  if (name === '') return err("a task needs a name before ':'");
  if (tooLong(name)) return err('the task name is longer than 100,000 characters');
  // As journeyDb.addTask: the first field is the score, the second the actors, any further are ignored.
  const [scoreText = '', actorsText = ''] = statement.slice(colon + 1).split(':');
  const trimmedScore = scoreText.trim();
  if (trimmedScore === '') return err(TASK_NEEDS_SCORE);
  const score = Number(trimmedScore);
  if (!Number.isFinite(score)) return err(`the score '${trimmedScore}' is not a number`);
  const actors = actorsText
    .split(',')
    .map((actor) => actor.trim())
    .filter((actor) => actor !== '');
  if (actors.some(tooLong)) return err('an actor name is longer than 100,000 characters');
  return ok({ name, score, actors });
};

/** Skips a `---` … `---` front matter block at the top; returns the index of the line after it. */
const skipFrontMatter = (lines: readonly string[]): Result<number, MermaidSyntaxError> => {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || lines[first]?.trim() !== '---') return ok(0);
  const closing = lines.findIndex((line, index) => index > first && line.trim() === '---');
  return closing === -1
    ? err({ line: first + 1, reason: "the front matter opened with '---' is never closed" })
    : ok(closing + 1);
};

/**
 * Reads Mermaid `journey` text as Mermaid 11 does: front matter, `%%` and `#` comments, directives and
 * blank lines are skipped; `title`, `accTitle:`, `accDescr:` and `accDescr { … }`, `section` and tasks
 * (`Name: score` or `Name: score: Actor, Actor`) are understood, keywords in any case. The first problem
 * is returned with its line, counting every line of the text (comments and front matter included).
 */
export const parseMermaidJourney = (text: string): Result<MermaidJourney, MermaidSyntaxError> => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const start = skipFrontMatter(lines);
  if (!start.ok) return start;

  let index = start.value;
  while (index < lines.length && withoutComment(lines[index] ?? '') === '') index += 1;
  if (index >= lines.length || !/^journey$/i.test(withoutComment(lines[index] ?? ''))) {
    return err({ line: Math.min(index, lines.length - 1) + 1, reason: "expected 'journey'" });
  }

  const state: ParseState = { sections: [] };
  const fail = (lineIndex: number, reason: string) => err({ line: lineIndex + 1, reason });

  for (index += 1; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    // Accessibility values run to the end of the line: `#` and `;` are text there, not syntax.
    const accTitle = /^accTitle\s*:(.*)$/i.exec(line);
    const accDescr = /^accDescr\s*:(.*)$/i.exec(line);
    const accDescrBlock = /^accDescr\s*\{(.*)$/i.exec(line);
    if (accTitle) {
      state.accTitle = (accTitle[1] ?? '').trim();
      if (tooLong(state.accTitle)) return fail(index, 'accTitle is longer than 100,000 characters');
      continue;
    }
    if (accDescr) {
      state.accDescription = (accDescr[1] ?? '').trim();
      if (tooLong(state.accDescription)) return fail(index, 'accDescr is longer than 100,000 characters');
      continue;
    }
    if (accDescrBlock) {
      const opening = index;
      const parts: string[] = [];
      let rest = accDescrBlock[1] ?? '';
      while (!rest.includes('}')) {
        parts.push(rest);
        index += 1;
        if (index >= lines.length) return fail(opening, "accDescr { is never closed with '}'");
        rest = lines[index] ?? '';
      }
      const close = rest.indexOf('}');
      parts.push(rest.slice(0, close));
      if (withoutComment(rest.slice(close + 1)) !== '') return fail(index, "unexpected text after '}'");
      // Lines lose the block's indentation: it is layout of the source, not part of the description.
      state.accDescription = parts
        .map((part) => part.trim())
        .join('\n')
        .trim();
      if (tooLong(state.accDescription)) return fail(opening, 'accDescr is longer than 100,000 characters');
      continue;
    }

    const statement = withoutComment(line);
    if (statement === '') continue;
    if (statement.includes(';')) return fail(index, "';' is not allowed in a journey diagram");
    if (/^journey$/i.test(statement)) return fail(index, "'journey' may appear only once, at the start");

    // `title` and `section` need whitespace after them (journey.jison): "title: 3" is a task named "title".
    const title = /^title(?:\s+(.*))?$/i.exec(statement);
    if (title) {
      const value = (title[1] ?? '').trim();
      if (value === '') return fail(index, 'a title needs text after it');
      if (tooLong(value)) return fail(index, 'the title is longer than 100,000 characters');
      state.title = value;
      continue;
    }
    const section = /^section(?:\s+(.*))?$/i.exec(statement);
    if (section) {
      const name = (section[1] ?? '').trim();
      if (name === '') return fail(index, 'a section needs a name');
      if (name.includes(':')) return fail(index, "a section name cannot contain ':'");
      if (tooLong(name)) return fail(index, 'the section name is longer than 100,000 characters');
      state.sections.push({ name, tasks: [] });
      continue;
    }

    const task = parseTask(statement);
    if (!task.ok) return fail(index, task.error);
    let current = state.sections.at(-1);
    if (current === undefined) {
      current = { name: null, tasks: [] };
      state.sections.push(current);
    }
    current.tasks.push(task.value);
  }

  return ok({
    ...(state.title === undefined ? {} : { title: state.title }),
    ...(state.accTitle === undefined ? {} : { accTitle: state.accTitle }),
    ...(state.accDescription === undefined ? {} : { accDescription: state.accDescription }),
    sections: state.sections,
  });
};

/**
 * Mermaid draws any number as a score; a map's emotion is a whole number 1–5 (the scale of Mermaid's own
 * examples). Rounding and clamping keeps what the author meant ("very bad" stays frustrated) instead of
 * refusing a diagram that Mermaid renders.
 */
export const scoreToEmotion = (score: number): number =>
  Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score)));

/** Builds a new map from a parsed diagram: one stage per section, one touchpoint per task. */
export const journeyToMap = (journey: MermaidJourney, options: MermaidImportOptions): JourneyMap => {
  const { newId, now } = options;
  const mapId = newId();
  const touchpointsLane: Lane = { id: newId(), name: 'Touchpoints', kind: 'touchpoints' };
  // An empty emotions lane is what shows the curve, which is drawn from the touchpoints' emotion.
  const emotionsLane: Lane = { id: newId(), name: 'Emotions', kind: 'emotions' };
  const personas: Persona[] = [];
  const personaIdByName = new Map<string, string>();
  const personaIdOf = (name: string): string => {
    const known = personaIdByName.get(name);
    if (known !== undefined) return known;
    const persona: Persona = { id: newId(), name };
    personas.push(persona);
    personaIdByName.set(name, persona.id);
    return persona.id;
  };

  const stages: Stage[] = [];
  const items: Item[] = [];
  for (const section of journey.sections) {
    const stage: Stage = { id: newId(), name: section.name ?? LEADING_TASKS_STAGE };
    stages.push(stage);
    section.tasks.forEach((task, order) => {
      const personaIds = [...new Set(task.actors.map(personaIdOf))];
      items.push({
        id: newId(),
        kind: 'touchpoint',
        stageId: stage.id,
        laneId: touchpointsLane.id,
        order,
        title: task.name,
        emotion: scoreToEmotion(task.score),
        ...(personaIds.length === 0 ? {} : { personaIds }),
      });
    });
  }

  const description = journey.accDescription;
  return {
    id: mapId,
    title: journey.title ?? journey.accTitle ?? options.fallbackTitle ?? 'Imported journey',
    ...(description === undefined || description === '' ? {} : { description }),
    createdAt: now,
    updatedAt: now,
    personas,
    stages,
    lanes: [touchpointsLane, emotionsLane],
    items,
    links: [],
    metrics: [],
    quotes: [],
  };
};

/** Mermaid `journey` text as a new map, or the first line that is not valid journey syntax and why. */
export const importMermaidJourney = (
  text: string,
  options: MermaidImportOptions,
): Result<JourneyMap, MermaidSyntaxError> => {
  const parsed = parseMermaidJourney(text);
  return parsed.ok ? ok(journeyToMap(parsed.value, options)) : parsed;
};
