import type { JourneyMap, Link } from '../model/schema';
import { err } from '../result';
import type { EditResult } from './errors';
import { DONE, notFound } from './errors';
import { optionalText, textProblem, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/**
 * Links join two items into a flow, `from` → `to`. A pair is linked at most once per direction
 * (A → B and B → A are different statements: "leads to" is directional).
 */

export interface NewLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

export const addLink = (map: JourneyMap, link: NewLink): EditResult<void> => {
  if (link.from === link.to) return err({ reason: 'self-link' });
  for (const end of [link.from, link.to]) {
    if (!map.items.some((item) => item.id === end)) return err(notFound('item', end));
  }
  const existing = map.links.find((candidate) => candidate.from === link.from && candidate.to === link.to);
  if (existing) return err({ reason: 'duplicate-link', linkId: existing.id });
  const problem = newIdProblem(takenIds(map), link.id) ?? textProblem('label', link.label ?? '');
  if (problem) return err(problem);
  const record: Link = { id: link.id, from: link.from, to: link.to };
  const label = optionalText(link.label ?? null);
  if (label !== undefined) record.label = label;
  map.links.push(record);
  return DONE;
};

export const deleteLink = (map: JourneyMap, linkId: string): EditResult<void> => {
  const index = map.links.findIndex((link) => link.id === linkId);
  if (index < 0) return err(notFound('link', linkId));
  map.links.splice(index, 1);
  return DONE;
};

/** Sets the text shown on a link ("if declined"); null or blank removes it. */
export const setLinkLabel = (map: JourneyMap, linkId: string, label: string | null): EditResult<void> => {
  const link = map.links.find((candidate) => candidate.id === linkId);
  if (!link) return err(notFound('link', linkId));
  const problem = textProblem('label', label ?? '');
  if (problem) return err(problem);
  writeField(link, 'label', optionalText(label));
  return DONE;
};
