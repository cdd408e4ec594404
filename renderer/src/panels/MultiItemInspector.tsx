import { useId, useMemo } from 'react';
import type { Channel, Item, ItemKind } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';
import type { SelectOption } from './fields/SelectField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { updateItemsAtOnce } from './bulkItemEdit';
import { CHANNEL_OPTIONS, ITEM_KIND_OPTIONS } from './itemOptions';
import { OwnerSuggestions } from './OwnerSuggestions';

/** A select value meaning the items differ: nothing is changed until the user picks a real value. */
const MIXED = '*mixed*';

/** The value all `items` share, or `MIXED`. */
function shared<Value extends string>(
  items: readonly Item[],
  read: (item: Item) => Value,
): Value | typeof MIXED {
  const first = items[0];
  if (first === undefined) return MIXED;
  const value = read(first);
  return items.every((item) => read(item) === value) ? value : MIXED;
}

function withMixed<Value extends string>(
  options: readonly SelectOption<Value>[],
  value: Value | typeof MIXED,
): readonly SelectOption<Value | typeof MIXED>[] {
  return value === MIXED ? [{ value: MIXED, label: t('inspector.multi.mixed') }, ...options] : options;
}

/** Kind, channel and owner for several items at once, each change one undo step. */
export function MultiItemInspector({ items }: { items: readonly Item[] }) {
  const store = useStudioStoreApi();
  const ownersListId = useId();
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const count = items.length;
  const kind = shared<ItemKind>(items, (item) => item.kind);
  const channel = shared<Channel | ''>(items, (item) => item.channel ?? '');
  const owner = shared(items, (item) => item.owner ?? '');

  return (
    <section className="inspector" aria-label={t('inspector.multi.heading', { count })}>
      <h3 className="inspector__heading">{t('inspector.multi.heading', { count })}</h3>
      <p className="inspector__location">{t('inspector.multi.hint')}</p>
      <SelectField
        label={t('inspector.kind')}
        value={kind}
        options={withMixed(ITEM_KIND_OPTIONS, kind)}
        onChange={(next) => {
          if (next === MIXED) return;
          updateItemsAtOnce(store.getState(), t('inspector.multi.editKind', { count }), ids, { kind: next });
        }}
      />
      <SelectField
        label={t('inspector.channel')}
        value={channel}
        options={withMixed(CHANNEL_OPTIONS, channel)}
        onChange={(next) => {
          if (next === MIXED) return;
          updateItemsAtOnce(store.getState(), t('inspector.multi.editChannel', { count }), ids, {
            channel: next === '' ? null : next,
          });
        }}
      />
      <TextField
        label={t('inspector.owner')}
        value={owner === MIXED ? '' : owner}
        placeholder={owner === MIXED ? t('inspector.multi.mixed') : undefined}
        suggestions={ownersListId}
        onChange={(next) =>
          updateItemsAtOnce(
            store.getState(),
            t('inspector.multi.editOwner', { count }),
            ids,
            { owner: next },
            `items:${ids.join(',')}:owner`,
          )
        }
      />
      <OwnerSuggestions id={ownersListId} />
    </section>
  );
}
