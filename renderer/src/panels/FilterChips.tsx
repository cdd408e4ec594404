import { useMemo } from 'react';
import { channelsInMap, ownersInMap } from '../../../shared/logic/item-filter';
import type { Channel, ItemKind, JourneyMap } from '../../../shared/model';
import { CHANNELS, ITEM_KINDS } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import type { ItemFilters } from '../store/uiSlice';
import { channelLabel } from './itemOptions';

const toggled = <Value,>(values: readonly Value[], value: Value): Value[] =>
  values.includes(value) ? values.filter((candidate) => candidate !== value) : [...values, value];

interface ChipGroupProps<Value extends string> {
  readonly label: string;
  readonly values: readonly Value[];
  readonly picked: readonly Value[];
  readonly labelOf: (value: Value) => string;
  readonly onToggle: (value: Value) => void;
}

function ChipGroup<Value extends string>({
  label,
  values,
  picked,
  labelOf,
  onToggle,
}: ChipGroupProps<Value>) {
  if (values.length === 0) return null;
  return (
    <div className="filter-chips__group" role="group" aria-label={label}>
      {values.map((value) => (
        <button
          key={value}
          type="button"
          className="filter-chip"
          dir="auto"
          title={labelOf(value)}
          aria-pressed={picked.includes(value)}
          onClick={() => onToggle(value)}
        >
          {labelOf(value)}
        </button>
      ))}
    </div>
  );
}

/** Toggle chips by kind, and by the channels and owners the map actually uses. */
export function FilterChips({ map }: { map: JourneyMap }) {
  const filters = useStudioStore((state) => state.filters);
  const setFilters = useStudioStore((state) => state.setFilters);
  const channels = useMemo(() => {
    const used = new Set(channelsInMap(map));
    return CHANNELS.filter((channel) => used.has(channel));
  }, [map]);
  const owners = useMemo(() => ownersInMap(map), [map]);
  const update = (next: Partial<ItemFilters>) => setFilters({ ...filters, ...next });
  const isFiltering = filters.kinds.length + filters.channels.length + filters.owners.length > 0;

  return (
    <div className="filter-chips">
      <ChipGroup<ItemKind>
        label={t('filter.kinds')}
        values={ITEM_KINDS}
        picked={filters.kinds}
        labelOf={(kind) => t(`itemKind.${kind}`)}
        onToggle={(kind) => update({ kinds: toggled(filters.kinds, kind) })}
      />
      <ChipGroup<Channel>
        label={t('filter.channels')}
        values={channels}
        picked={filters.channels}
        labelOf={channelLabel}
        onToggle={(channel) => update({ channels: toggled(filters.channels, channel) })}
      />
      <ChipGroup<string>
        label={t('filter.owners')}
        values={owners}
        picked={filters.owners}
        labelOf={(owner) => owner}
        onToggle={(owner) => update({ owners: toggled(filters.owners, owner) })}
      />
      <button
        type="button"
        className="panel-button filter-chips__clear"
        disabled={!isFiltering}
        onClick={() => setFilters({ kinds: [], channels: [], owners: [] })}
      >
        {t('filter.clear')}
      </button>
    </div>
  );
}
