import type { Item, JourneyMap } from '../model/schema';
import type { Channel, ItemKind } from '../model/vocabulary';
import { inReadingOrder } from './cells';

/**
 * Which items the user is looking for: the find bar's text, the filter chips and "focus on persona".
 * The canvas dims the items that do not match (never hides them, so the map keeps its shape) and the
 * find bar walks through the matches of its text.
 */

/** Chips picked per facet; an empty facet does not filter. */
export interface ItemFacetFilters {
  readonly kinds: readonly ItemKind[];
  readonly channels: readonly Channel[];
  readonly owners: readonly string[];
}

export interface ItemCriteria {
  readonly filters: ItemFacetFilters;
  readonly focusedPersonaId: string | null;
  /** The find bar's text; `null` (bar closed) and blank text match every item. */
  readonly findQuery: string | null;
}

/** How a channel reads to the user, so "in person" finds `in_person`; the UI passes its own labels. */
export type ChannelLabeller = (channel: Channel) => string;

const channelIdAsWords: ChannelLabeller = (channel) => channel.replace(/_/g, ' ');

/**
 * Text folded for comparison: case and accents ignored, so "cafe" finds "Café" and "ÉTÉ" finds "été".
 * NFKD also folds compatibility forms (full-width letters) that look the same to a reader.
 */
export const foldText = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether `item`'s title, description, owner or channel contains the (already folded) `foldedQuery`. */
const containsText = (item: Item, foldedQuery: string, labelChannel: ChannelLabeller): boolean => {
  const fields = [item.title, item.description, item.owner];
  if (item.channel !== undefined) fields.push(labelChannel(item.channel), item.channel);
  return fields.some((field) => field !== undefined && foldText(field).includes(foldedQuery));
};

/** Facets combine with AND; chips within a facet with OR ("Web or App, and owned by Support"). */
const passesFacets = (item: Item, filters: ItemFacetFilters): boolean => {
  if (filters.kinds.length > 0 && !filters.kinds.includes(item.kind)) return false;
  if (filters.channels.length > 0 && (item.channel === undefined || !filters.channels.includes(item.channel)))
    return false;
  if (filters.owners.length > 0) {
    const owner = item.owner?.trim();
    if (owner === undefined || !filters.owners.includes(owner)) return false;
  }
  return true;
};

/**
 * Whether `item` stays at full strength under `criteria`. An item concerns a focused persona only
 * when it is tagged with it: untagged items are dimmed too, which shows what still needs tagging.
 */
export const itemMatches = (
  item: Item,
  criteria: ItemCriteria,
  labelChannel: ChannelLabeller = channelIdAsWords,
): boolean => {
  if (criteria.focusedPersonaId !== null && !(item.personaIds ?? []).includes(criteria.focusedPersonaId))
    return false;
  if (!passesFacets(item, criteria.filters)) return false;
  const query = criteria.findQuery === null ? '' : foldText(criteria.findQuery.trim());
  return query === '' || containsText(item, query, labelChannel);
};

/** Whether any criterion is active, i.e. whether the canvas should dim anything at all. */
export const hasActiveCriteria = (criteria: ItemCriteria): boolean =>
  criteria.focusedPersonaId !== null ||
  (criteria.findQuery !== null && criteria.findQuery.trim() !== '') ||
  criteria.filters.kinds.length > 0 ||
  criteria.filters.channels.length > 0 ||
  criteria.filters.owners.length > 0;

/** The items whose text contains `query`, in reading order (stage by stage, lane by lane); none for blank. */
export const findItems = (
  map: JourneyMap,
  query: string,
  labelChannel: ChannelLabeller = channelIdAsWords,
): Item[] => {
  const folded = foldText(query.trim());
  if (folded === '') return [];
  return inReadingOrder(
    map,
    map.items.filter((item) => containsText(item, folded, labelChannel)),
  );
};

/** The distinct owners used in the map, trimmed, sorted for a stable chip row and datalist. */
export const ownersInMap = (map: Pick<JourneyMap, 'items'>): string[] =>
  [...new Set(map.items.map((item) => item.owner?.trim() ?? '').filter((owner) => owner !== ''))].sort(
    (a, b) => a.localeCompare(b),
  );

/** The channels used in the map, in first-use order. */
export const channelsInMap = (map: Pick<JourneyMap, 'items'>): Channel[] => [
  ...new Set(map.items.flatMap((item) => (item.channel === undefined ? [] : [item.channel]))),
];
