import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { Item } from '../../../../shared/model';
import { t } from '../../i18n';
import { useStudioStoreApi } from '../../store';
import type { ItemFlowNode } from '../flowTypes';
import { itemAriaLabel, itemKindLabel } from '../itemPresentation';

/** The marker in a card's top row: what kind of item it is at a glance, without reading the title. */
function ItemMarker({ item }: { item: Item }) {
  switch (item.kind) {
    case 'touchpoint':
      return item.channel === undefined ? (
        <span className="item-card__kind">{itemKindLabel(item.kind)}</span>
      ) : (
        <span className="item-chip item-chip--channel">{t(`channel.${item.channel}`)}</span>
      );
    case 'friction':
      return item.severity === undefined ? (
        <span className="item-card__kind">{itemKindLabel(item.kind)}</span>
      ) : (
        <span className="item-chip item-chip--severity" data-severity={item.severity}>
          {t('item.severityBadge', { severity: item.severity })}
        </span>
      );
    case 'magic':
      return (
        <span className="item-chip item-chip--magic">
          <span aria-hidden="true">✦</span> {t('item.magicBadge')}
        </span>
      );
    case 'opportunity':
      return <span className="item-chip item-chip--opportunity">{t('item.opportunityBadge')}</span>;
    case 'note':
      return <span className="item-card__kind">{t('item.noteBadge')}</span>;
  }
}

const HANDLE_SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

function ItemNodeView({ id, data, selected }: NodeProps<ItemFlowNode>) {
  const { item, stageName } = data;
  const store = useStudioStoreApi();
  const selectWithKeyboard = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      store.getState().selectOnlyItem(id);
    },
    [store, id],
  );

  return (
    <div
      className={`item-card item-card--${item.kind}`}
      data-testid="item-node"
      data-kind={item.kind}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={itemAriaLabel(item, stageName)}
      onKeyDown={selectWithKeyboard}
    >
      <div className="item-card__meta">
        <ItemMarker item={item} />
        {item.owner !== undefined && (
          <span className="item-card__owner" dir="auto" title={item.owner}>
            {item.owner}
          </span>
        )}
      </div>
      <div className="item-card__title" dir="auto" title={item.title}>
        {item.title}
      </div>
      {HANDLE_SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable={false}
          className="item-card__handle"
        />
      ))}
    </div>
  );
}

export const ItemNode = memo(ItemNodeView);
