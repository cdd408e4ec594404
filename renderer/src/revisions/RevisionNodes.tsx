import { Handle, Position } from '@xyflow/react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import type { EmotionPoint } from '../../../shared/logic';
import { plottedSegments, smoothPath } from '../canvas/emotionCurveGeometry';
import { itemAriaLabel, itemKindLabel } from '../canvas/itemPresentation';
import {
  EmotionCurveFrame,
  EmotionCurveMarks,
  EmotionCurveNode,
  EmotionScale,
  describeScores,
} from '../canvas/nodes/EmotionCurveNode';
import type {
  CellFlowNode,
  EmotionCurveFlowNode,
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

/**
 * The "before" side's emotion curve while comparing (one point per stage of the drawn map), null in
 * a preview. The curve node's own points are the "after" side, built by the editor's builder.
 */
export const BeforeEmotionContext = createContext<readonly EmotionPoint[] | null>(null);

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

function ReadOnlyLaneHeaderView({ data, height }: NodeProps<LaneHeaderFlowNode>) {
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
      {lane.kind === 'emotions' && height !== undefined && <EmotionScale height={height} />}
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

/** Dash of the "before" line: set on the element, not only in CSS, so it is dashed in any export too. */
const BEFORE_DASH = '7 6';

/**
 * The editor's emotion curve; while comparing, the "before" curve under it as a muted dashed line
 * with small dots, so a stage whose emotion moved shows the gap between the two at a glance.
 */
function ReadOnlyEmotionCurveView(props: NodeProps<EmotionCurveFlowNode>) {
  const before = useContext(BeforeEmotionContext);
  if (before === null) return <EmotionCurveNode {...props} />;
  const { data, width, height } = props;
  const laneHeight = height ?? 0;
  const beforeByStage = new Map(before.map((point) => [point.stageId, point.mean]));
  const beforeSegments = plottedSegments(
    data.points.map((point) => ({ ...point, value: beforeByStage.get(point.stageId) ?? null })),
    laneHeight,
  );
  const afterSegments = plottedSegments(data.points, laneHeight);
  return (
    <EmotionCurveFrame
      width={width}
      height={laneHeight}
      label={t('revisions.emotionCurve', {
        before: describeScores(beforeSegments.flat()),
        after: describeScores(afterSegments.flat()),
      })}
    >
      <g className="emotion-curve--before">
        {beforeSegments.map((segment) => (
          <path
            key={segment[0]?.stageId}
            className="emotion-curve__line emotion-curve__line--before"
            data-testid="emotion-curve-before-line"
            strokeDasharray={BEFORE_DASH}
            d={smoothPath(segment, laneHeight)}
          />
        ))}
        {beforeSegments.flat().map((point) => (
          <circle
            key={point.stageId}
            className="emotion-curve__before-point"
            data-testid="emotion-curve-before-point"
            data-stage-id={point.stageId}
            cx={point.x}
            cy={point.y}
            r={4}
          />
        ))}
      </g>
      <EmotionCurveMarks segments={afterSegments} height={laneHeight} />
    </EmotionCurveFrame>
  );
}

// Module constant: React Flow re-registers node types (and warns) when it gets a new object.
export const REVISION_NODE_TYPES: NodeTypes = {
  item: memo(ReadOnlyItemNodeView),
  stageHeader: memo(ReadOnlyStageHeaderView),
  laneHeader: memo(ReadOnlyLaneHeaderView),
  cell: memo(ReadOnlyCellView),
  emotionCurve: memo(ReadOnlyEmotionCurveView),
};
