import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useId } from 'react';
import type { KeyboardEvent } from 'react';
import { cellItems, hasEvidenceChip } from '../../../../shared/logic';
import type { Item } from '../../../../shared/model';
import { useContextMenu } from '../../components/ContextMenu';
import { t } from '../../i18n';
import { useStudioStoreApi } from '../../store';
import { EvidenceChip } from '../badges/EvidenceChip';
import { useEvidenceStatus, useItemSeries, useShowsDetail } from '../badges/evidenceSelectors';
import { MetricBadges } from '../badges/MetricBadges';
import { DIRECTION_BY_ARROW, moveItemsToNeighbour } from '../canvasActions';
import { ITEM_MENU, isContextMenuKey, openMenuAtElement, targetItem } from '../canvasContextMenu';
import { useCanvasEditingStore, useIsEditing } from '../canvasEditing';
import { cellElement, focusSoon, itemElement } from '../canvasFocus';
import type { ItemFlowNode } from '../flowTypes';
import { itemAriaLabel, itemKindLabel } from '../itemPresentation';
import { useIsItemDimmed } from '../useIsItemDimmed';
import { InlineTextEditor } from './InlineTextEditor';

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

function ItemTitle({ title }: { title: string }) {
  if (title.trim() === '')
    return <div className="item-card__title item-card__title--empty">{t('canvas.untitled')}</div>;
  return (
    <div className="item-card__title" dir="auto" title={title}>
      {title}
    </div>
  );
}

/**
 * Keys on a focused card (documented in the shortcut sheet): Enter/F2 edit the title, Space selects
 * (Shift+Space adds to the selection), Up/Down walk the cards of the cell, Escape goes back to the
 * cell, Alt+arrows move the selected cards to the neighbouring cell.
 */
function ItemNodeView({ id, data, selected }: NodeProps<ItemFlowNode>) {
  const { item, stageName } = data;
  const store = useStudioStoreApi();
  const editingStore = useCanvasEditingStore();
  const isEditing = useIsEditing('item', id);
  const isDimmed = useIsItemDimmed(item);
  const contextMenu = useContextMenu();
  const showsDetail = useShowsDetail();
  const series = useItemSeries(id);
  const evidence = useEvidenceStatus(item);
  const evidenceId = useId();
  const badgesId = useId();
  const showsChip = showsDetail && hasEvidenceChip(item.kind);
  const showsBadges = showsDetail && series.length > 0;
  // The card's name stays its title and place; the evidence and metrics are its description.
  const describedBy =
    [showsChip ? evidenceId : null, showsBadges ? badgesId : null]
      .filter((part) => part !== null)
      .join(' ') || undefined;

  const startEditing = useCallback(() => {
    store.getState().selectOnlyItem(id);
    editingStore.getState().startEditing({ kind: 'item', id });
  }, [store, editingStore, id]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget) return;
      const direction = DIRECTION_BY_ARROW[event.key];
      const root = event.currentTarget.closest('.react-flow') ?? document;
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      if (isContextMenuKey(event)) {
        handled();
        targetItem(store, id);
        openMenuAtElement(contextMenu, event.currentTarget, ITEM_MENU);
        return;
      }
      if (direction !== undefined && event.altKey) {
        handled();
        if (moveItemsToNeighbour(store, id, direction) !== null) focusSoon(() => itemElement(root, id));
        return;
      }
      if (event.key === 'Enter' || event.key === 'F2') {
        handled();
        startEditing();
      } else if (event.key === ' ') {
        handled();
        if (event.shiftKey) store.getState().changeItemSelection([{ id, selected: !selected }]);
        else store.getState().selectOnlyItem(id);
      } else if (event.key === 'Escape') {
        handled();
        cellElement(root, item)?.focus({ preventScroll: true });
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        handled();
        const map = store.getState().doc?.map;
        if (map === undefined) return;
        const siblings = cellItems(map, item.stageId, item.laneId);
        const here = siblings.findIndex((sibling) => sibling.id === id);
        const next = siblings[here + (event.key === 'ArrowUp' ? -1 : 1)];
        if (next !== undefined) itemElement(root, next.id)?.focus({ preventScroll: true });
        else if (event.key === 'ArrowUp') cellElement(root, item)?.focus({ preventScroll: true });
      }
    },
    [store, id, item, selected, startEditing, contextMenu],
  );

  const commitTitle = useCallback(
    (title: string) => {
      editingStore.getState().stopEditing();
      if (title !== item.title) store.getState().updateItem(id, { title });
      focusSoon(() => itemElement(document, id));
    },
    [editingStore, store, id, item.title],
  );
  const cancelEditing = useCallback(() => {
    editingStore.getState().stopEditing();
    focusSoon(() => itemElement(document, id));
  }, [editingStore, id]);

  const label = itemAriaLabel(
    { ...item, title: item.title.trim() === '' ? t('canvas.untitled') : item.title },
    stageName,
  );
  return (
    <div
      className={`item-card item-card--${item.kind}${isDimmed ? ' item-card--dimmed' : ''}${showsBadges ? ' item-card--with-badges' : ''}`}
      data-testid="item-node"
      data-kind={item.kind}
      data-item-id={id}
      data-dimmed={isDimmed}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onDoubleClick={(event) => {
        event.stopPropagation();
        startEditing();
      }}
    >
      <div className="item-card__meta">
        <ItemMarker item={item} />
        {showsChip && <EvidenceChip status={evidence} id={evidenceId} />}
        {item.owner !== undefined && (
          <span className="item-card__owner" dir="auto" title={item.owner}>
            {item.owner}
          </span>
        )}
      </div>
      {isEditing ? (
        <InlineTextEditor
          initialValue={item.title}
          label={t('canvas.editItemTitle')}
          className="item-card__title-editor"
          wraps
          onCommit={commitTitle}
          onCancel={cancelEditing}
        />
      ) : (
        <ItemTitle title={item.title} />
      )}
      {showsBadges && <MetricBadges series={series} id={badgesId} />}
      {HANDLE_SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable
          className="item-card__handle"
        />
      ))}
    </div>
  );
}

export const ItemNode = memo(ItemNodeView);
