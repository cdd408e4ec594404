import { itemMatches } from '../../../shared/logic/item-filter';
import type { ChannelLabeller } from '../../../shared/logic/item-filter';
import type { Item } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';

/** "in person" finds `in_person`: the find text is matched against the channel as the user reads it. */
const channelLabel: ChannelLabeller = (channel) => t(`channel.${channel}`);

/** Dimmed cards (opacity .3) are the ones the find text, the filter chips or the persona focus leave out. */
export function useIsItemDimmed(item: Item): boolean {
  // A boolean result: a filter change re-renders only the cards whose dimming flips.
  return useStudioStore((state) => !itemMatches(item, state, channelLabel));
}
