import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { t } from '../../i18n';
import type { LaneHeaderFlowNode } from '../flowTypes';
import { EmotionScale } from './EmotionCurveNode';
import { GridHeader } from './GridHeader';

function LaneHeaderNodeView({ data, height }: NodeProps<LaneHeaderFlowNode>) {
  const { lane, index, laneCount } = data;
  const kindLabel = t(`laneKind.${lane.kind}`);
  return (
    <GridHeader
      kind="lane"
      id={lane.id}
      name={lane.name}
      index={index}
      count={laneCount}
      className={`lane-header--${lane.kind}`}
    >
      {!lane.name.toLocaleLowerCase().includes(kindLabel.toLocaleLowerCase()) && (
        <span className="lane-header__kind">{kindLabel}</span>
      )}
      {lane.kind === 'emotions' && height !== undefined && <EmotionScale height={height} />}
    </GridHeader>
  );
}

export const LaneHeaderNode = memo(LaneHeaderNodeView);
