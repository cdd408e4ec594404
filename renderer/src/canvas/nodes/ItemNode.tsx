import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useId } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { cellItems, hasEvidenceChip } from '../../../../shared/logic';
import type { Item } from '../../../../shared/model';
import { useContextMenu } from '../../components/ContextMenu';
import { t } from '../../i18n';
import { useStudioStoreApi } from '../../store';
import { EvidenceChip } from '../badges/EvidenceChip';
import { useEvidenceStatus, useHasItemSeries, useItemSeries } from '../badges/evidenceSelectors';
import { MetricBadges } from '../badges/MetricBadges';
import { DIRECTION_BY_ARROW, moveItemsToNeighbour } from '../canvasActions';
import { ITEM_MENU, isContextMenuKey, openMenuAtElement, targetItem } from '../canvasContextMenu';
import { useCanvasEditingStore, useIsEditing } from '../canvasEditing';
import { cellElement, focusSoon, itemElement } from '../canvasFocus';
import type { ItemFlowNode } from '../flowTypes';
import { itemAriaLabel } from '../itemPresentation';
import { useCardDetail } from '../levelOfDetail';
import { useIsItemDimmed } from '../useIsItemDimmed';
import { InlineTextEditor } from './InlineTextEditor';
import { ItemMarker } from './ItemMarker';

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

/** A card's evidence chip: its own subscription, so only cards drawn in detail pay for it. */
const ItemEvidenceChip = memo(function ItemEvidenceChip({ item, id }: { item: Item; id: string }) {
  const evidence = useEvidenceStatus(item);
  return <EvidenceChip status={evidence} id={id} />;
});

const ItemMetricBadges = memo(function ItemMetricBadges({ itemId, id }: { itemId: string; id: string }) {
  const series = useItemSeries(itemId);
  return <MetricBadges series={series} id={id} />;
});

const ItemHandles = memo(function ItemHandles() {
  return HANDLE_SIDES.map((side) => (
    <Handle
      key={side.id}
      id={side.id}
      type="source"
      position={side.position}
      isConnectable
      className="item-card__handle"
    />
  ));
});

/**
 * Where links attach on a far card: plain elements with React Flow's handle markers (class, id,
 * side), so a re-measure still finds the anchors, without a `<Handle>`'s store subscriptions.
 */
const FarAnchors = memo(function FarAnchors() {
  return HANDLE_SIDES.map((side) => (
    <span
      key={side.id}
      className={`source item-card__anchor item-card__anchor--${side.id}`}
      data-handleid={side.id}
      data-handlepos={side.position}
      aria-hidden="true"
    />
  ));
});

/**
 * Keys on a focused card (documented in the shortcut sheet): Enter/F2 edit the title, Space selects
 * (Shift+Space adds to the selection), Up/Down walk the cards of the cell, Escape goes back to the
 * cell, Alt+arrows move the selected cards to the neighbouring cell.
 *
 * Level of detail: below the detail zoom a card is its title and colours only (kind, severity); the
 * chips, badges and link handles, and their subscriptions, mount when the zoom comes back. The outer
 * element stays the same either way, so a focused card keeps focus when the zoom crosses.
 */
function ItemNodeView({ id, data, selected }: NodeProps<ItemFlowNode>) {
  const { item, stageName } = data;
  const store = useStudioStoreApi();
  const editingStore = useCanvasEditingStore();
  const isEditing = useIsEditing('item', id);
  const isDimmed = useIsItemDimmed(id);
  const contextMenu = useContextMenu();
  const showsDetail = useCardDetail();
  const showsBadges = useHasItemSeries(id, showsDetail);
  const evidenceId = useId();
  const badgesId = useId();
  const showsChip = showsDetail && hasEvidenceChip(item.kind);
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
  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      event.stopPropagation();
      startEditing();
    },
    [startEditing],
  );

  const label = itemAriaLabel(
    { ...item, title: item.title.trim() === '' ? t('canvas.untitled') : item.title },
    stageName,
  );
  const classes = [
    'item-card',
    `item-card--${item.kind}`,
    selected ? 'item-card--selected' : '',
    isDimmed ? 'item-card--dimmed' : '',
    showsBadges ? 'item-card--with-badges' : '',
    showsDetail ? '' : 'item-card--far',
  ];
  // A group named by the app (kind, title, stage), not a button named by its text: the visible text
  // (chips, owner, badges) is not the name, which axe's label-content-name-mismatch rightly flags on
  // a widget. The selection is said in the description, as React Flow's own nodes do.
  return (
    <div
      className={classes.filter((name) => name !== '').join(' ')}
      data-testid="item-node"
      data-kind={item.kind}
      data-item-id={id}
      data-dimmed={isDimmed}
      data-selected={selected}
      data-severity={item.kind === 'friction' ? item.severity : undefined}
      role="group"
      aria-roledescription={t('canvas.itemRoleDescription')}
      tabIndex={0}
      aria-label={label}
      aria-description={selected ? t('canvas.itemSelected') : undefined}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onDoubleClick={onDoubleClick}
    >
      {showsDetail && (
        <div className="item-card__meta">
          <ItemMarker item={item} />
          {showsChip && <ItemEvidenceChip item={item} id={evidenceId} />}
          {item.owner !== undefined && (
            <span className="item-card__owner" dir="auto" title={item.owner}>
              {item.owner}
            </span>
          )}
        </div>
      )}
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
      {showsBadges && <ItemMetricBadges itemId={id} id={badgesId} />}
      {showsDetail ? <ItemHandles /> : <FarAnchors />}
    </div>
  );
}

export const ItemNode = memo(ItemNodeView);
