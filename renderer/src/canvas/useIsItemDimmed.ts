import { hasActiveCriteria, itemMatches } from '../../../shared/logic/item-filter';
import type { ChannelLabeller, ItemCriteria } from '../../../shared/logic/item-filter';
import type { Item } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import type { StudioState } from '../store';

/** "in person" finds `in_person`: the find text is matched against the channel as the user reads it. */
const channelLabel: ChannelLabeller = (channel) => t(`channel.${channel}`);

const NONE_DIMMED: ReadonlySet<string> = new Set();

interface DimmedCache {
  readonly items: readonly Item[] | undefined;
  readonly filters: ItemCriteria['filters'];
  readonly focusedPersonaId: string | null;
  readonly findQuery: string | null;
  readonly dimmed: ReadonlySet<string>;
}

let cache: DimmedCache | null = null;

/**
 * The ids of the cards the find text, the filter chips or the persona focus leave out, computed once
 * per (items, criteria) and shared by every card: a store change that touches neither (a selection, a
 * drag) costs each card one lookup instead of one `itemMatches` with text folding.
 */
export function dimmedItemIds(
  state: Pick<StudioState, 'doc' | 'filters' | 'focusedPersonaId' | 'findQuery'>,
): ReadonlySet<string> {
  const items = state.doc?.map.items;
  if (
    cache !== null &&
    cache.items === items &&
    cache.filters === state.filters &&
    cache.focusedPersonaId === state.focusedPersonaId &&
    cache.findQuery === state.findQuery
  ) {
    return cache.dimmed;
  }
  const criteria: ItemCriteria = {
    filters: state.filters,
    focusedPersonaId: state.focusedPersonaId,
    findQuery: state.findQuery,
  };
  const dimmed =
    items === undefined || !hasActiveCriteria(criteria)
      ? NONE_DIMMED
      : new Set(items.filter((item) => !itemMatches(item, criteria, channelLabel)).map((item) => item.id));
  cache = { items, ...criteria, dimmed };
  return dimmed;
}

/** Dimmed cards (opacity .3) are the ones the find text, the filter chips or the persona focus leave out. */
export function useIsItemDimmed(itemId: string): boolean {
  // A boolean result: a filter change re-renders only the cards whose dimming flips.
  return useStudioStore((state) => dimmedItemIds(state).has(itemId));
}
