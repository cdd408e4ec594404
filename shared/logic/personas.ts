import type { JourneyMap, Persona } from '../model/schema';
import { err, ok } from '../result';
import { clampIndex } from './collections';
import type { EditResult } from './errors';
import { DONE, notFound } from './errors';
import { optionalList, optionalText, textListProblem, textProblem, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/** Personas are the customers a map is about; items and quotes point at them. */

/** Fields an edit can set; `null`, blank text and empty lists remove an optional field. */
export interface PersonaFields {
  readonly name?: string;
  readonly segment?: string | null;
  readonly goals?: readonly string[];
  readonly needs?: readonly string[];
  readonly frustrations?: readonly string[];
}

export interface NewPersona extends PersonaFields {
  readonly id: string;
  readonly name: string;
}

const LIST_FIELDS = ['goals', 'needs', 'frustrations'] as const;

const personaProblem = (fields: PersonaFields) => {
  if (fields.name !== undefined) {
    const problem = textProblem('name', fields.name);
    if (problem) return problem;
  }
  if (fields.segment !== undefined) {
    const problem = textProblem('segment', fields.segment ?? '');
    if (problem) return problem;
  }
  for (const field of LIST_FIELDS) {
    const problem = textListProblem(field, fields[field] ?? []);
    if (problem) return problem;
  }
  return null;
};

/** Writes in FORMAT.md field order; blank entries of a list are dropped (an empty bullet says nothing). */
const writePersonaFields = (persona: Persona, fields: PersonaFields): void => {
  if (fields.name !== undefined) writeField(persona, 'name', fields.name);
  if (fields.segment !== undefined) writeField(persona, 'segment', optionalText(fields.segment));
  for (const field of LIST_FIELDS) {
    const values = fields[field];
    if (values !== undefined)
      writeField(persona, field, optionalList(values.filter((value) => value.trim() !== '')));
  }
};

/** Adds a persona at `index` in the persona list (missing: at the end). */
export const addPersona = (map: JourneyMap, persona: NewPersona, index?: number): EditResult<void> => {
  const problem = newIdProblem(takenIds(map), persona.id) ?? personaProblem(persona);
  if (problem) return err(problem);
  const record: Persona = { id: persona.id, name: persona.name };
  writePersonaFields(record, persona);
  map.personas.splice(clampIndex(index, map.personas.length), 0, record);
  return DONE;
};

export const updatePersona = (
  map: JourneyMap,
  personaId: string,
  fields: PersonaFields,
): EditResult<void> => {
  const persona = map.personas.find((candidate) => candidate.id === personaId);
  if (!persona) return err(notFound('persona', personaId));
  const problem = personaProblem(fields);
  if (problem) return err(problem);
  writePersonaFields(persona, fields);
  return DONE;
};

/**
 * What deleting a persona changes: items no longer tagged with it and quotes no longer attributed
 * to it. Both stay in the map; only the reference goes.
 */
export interface PersonaDeletionSummary {
  readonly untaggedItemIds: readonly string[];
  readonly unattributedQuoteIds: readonly string[];
}

export const describePersonaDeletion = (map: JourneyMap, personaId: string): PersonaDeletionSummary => ({
  untaggedItemIds: map.items.filter((item) => item.personaIds?.includes(personaId)).map((item) => item.id),
  unattributedQuoteIds: map.quotes.filter((quote) => quote.personaId === personaId).map((quote) => quote.id),
});

export const deletePersona = (map: JourneyMap, personaId: string): EditResult<PersonaDeletionSummary> => {
  const index = map.personas.findIndex((persona) => persona.id === personaId);
  if (index < 0) return err(notFound('persona', personaId));
  const summary = describePersonaDeletion(map, personaId);
  map.personas.splice(index, 1);
  for (const item of map.items) {
    if (item.personaIds?.includes(personaId)) {
      writeField(item, 'personaIds', optionalList(item.personaIds.filter((id) => id !== personaId)));
    }
  }
  for (const quote of map.quotes) {
    if (quote.personaId === personaId) delete quote.personaId;
  }
  return ok(summary);
};
