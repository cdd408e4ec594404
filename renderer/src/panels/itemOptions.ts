import type { Channel, ItemKind, LaneKind } from '../../../shared/model';
import { CHANNELS, ITEM_KINDS, LANE_KINDS } from '../../../shared/model';
import { t } from '../i18n';
import type { SelectOption } from './fields/SelectField';

/** The closed vocabularies as the user reads them, for the inspector's selects and the filter chips. */

export const channelLabel = (channel: Channel): string => t(`channel.${channel}`);

export const ITEM_KIND_OPTIONS: readonly SelectOption<ItemKind>[] = ITEM_KINDS.map((kind) => ({
  value: kind,
  label: t(`itemKind.${kind}`),
}));

/** "" stands for no channel: a select's value is always a string. */
export const CHANNEL_OPTIONS: readonly SelectOption<Channel | ''>[] = [
  { value: '', label: t('inspector.channel.none') },
  ...CHANNELS.map((channel) => ({ value: channel, label: channelLabel(channel) })),
];

export const LANE_KIND_OPTIONS: readonly SelectOption<LaneKind>[] = LANE_KINDS.map((kind) => ({
  value: kind,
  label: t(`laneKind.${kind}`),
}));
