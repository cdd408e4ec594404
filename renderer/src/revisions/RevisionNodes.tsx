import { Handle, Position } from '@xyflow/react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { itemAriaLabel, itemKindLabel } from '../canvas/itemPresentation';
import type {
  CellFlowNode,
  ItemFlowNode,
  LaneHeaderFlowNode,
  StageHeaderFlowNode,
} from '../canvas/flowTypes';
import { t } from '../i18n';
import type { ChangeMarks, ChangeStatus } from './compareModel';
import { NO_MARKS } from './compareModel';

/**
 * Read-only nodes for the revision canvas, registered under the editing canvas' type names so the
 * shared builders in `canvas/flowElements.ts` can be used as they are. They take no keys, menus or
 * double-clicks: nothing here can edit the open map.
 */

/** Which records differ, read by every node; a preview has none. */
export const ChangeMarksContext = createContext<ChangeMarks>(NO_MARKS);

const STATUS_SUFFIX: Readonly<
  Record<ChangeStatus, 'revisions.status.added' | 'revisions.status.removed' | 'revisions.status.changed'>
> = {
  added: 'revisions.status.added',
  removed: 'revisions.status.removed',
  changed: 'revisions.status.changed',
};

/** " — added" for screen readers and tests; '' for a record unchanged or in a preview. */
export function statusSuffix(status: ChangeStatus | undefined): string {
  return status === undefined ? '' : t(STATUS_SUFFIX[status]);
}

const statusClass = (base: string, status: ChangeStatus | undefined) =>
  status === undefined ? base : `${base} revision-mark revision-mark--${status}`;

const HANDLE_SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const;

function ReadOnlyItemNodeView({ id, data, selected }: NodeProps<ItemFlowNode>) {
  const { item, stageName } = data;
  const status = useContext(ChangeMarksContext).items.get(id);
  return (
    <div
      className={`${statusClass(`item-card item-card--${item.kind}`, status)}${selected ? ' revision-card--selected' : ''}`}
      role="group"
      aria-label={`${itemAriaLabel(item, stageName)}${statusSuffix(status)}`}
      data-item-id={id}
    >
      <div className="item-card__meta">
        <span className="item-card__kind">{itemKindLabel(item.kind)}</span>
        {item.owner !== undefined && item.owner !== '' && (
          <span className="item-card__owner" dir="auto" title={item.owner}>
            {item.owner}
          </span>
        )}
      </div>
      <div className="item-card__title" dir="auto" title={item.title}>
        {item.title.trim() === '' ? t('canvas.untitled') : item.title}
      </div>
      {/* Links need handles to attach to; these are invisible and take no pointer. */}
      {HANDLE_SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable={false}
          className="revision-card__handle"
        />
      ))}
    </div>
  );
}

function ReadOnlyStageHeaderView({ data }: NodeProps<StageHeaderFlowNode>) {
  const { stage } = data;
  const status = useContext(ChangeMarksContext).stages.get(stage.id);
  return (
    <div
      className={statusClass('stage-header revision-header', status)}
      role="group"
      aria-label={`${t('revisions.stageLabel', { name: stage.name })}${statusSuffix(status)}`}
    >
      <span className="stage-header__name" dir="auto" title={stage.name}>
        {stage.name}
      </span>
      {stage.goal !== undefined && stage.goal !== '' && (
        <div className="stage-header__goal" dir="auto" title={stage.goal}>
          {stage.goal}
        </div>
      )}
    </div>
  );
}

function ReadOnlyLaneHeaderView({ data }: NodeProps<LaneHeaderFlowNode>) {
  const { lane } = data;
  const status = useContext(ChangeMarksContext).lanes.get(lane.id);
  return (
    <div
      className={statusClass('lane-header revision-header', status)}
      role="group"
      aria-label={`${t('revisions.laneLabel', { name: lane.name })}${statusSuffix(status)}`}
    >
      <span className="lane-header__name" dir="auto" title={lane.name}>
        {lane.name}
      </span>
    </div>
  );
}

function ReadOnlyCellView({ data }: NodeProps<CellFlowNode>) {
  const marks = useContext(ChangeMarksContext);
  // A cell of a removed stage or lane is part of its ghost column or row.
  const ghost = marks.stages.get(data.stageId) === 'removed' || marks.lanes.get(data.laneId) === 'removed';
  return (
    <div
      className={`grid-cell grid-cell--${data.laneKind} grid-cell--${data.rowIndex % 2 === 0 ? 'even' : 'odd'}${ghost ? ' revision-cell--ghost' : ''}`}
    />
  );
}

// Module constant: React Flow re-registers node types (and warns) when it gets a new object.
export const REVISION_NODE_TYPES: NodeTypes = {
  item: memo(ReadOnlyItemNodeView),
  stageHeader: memo(ReadOnlyStageHeaderView),
  laneHeader: memo(ReadOnlyLaneHeaderView),
  cell: memo(ReadOnlyCellView),
};
