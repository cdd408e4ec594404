import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { t } from '../../i18n';
import type { LaneHeaderFlowNode } from '../flowTypes';

function LaneHeaderNodeView({ data }: NodeProps<LaneHeaderFlowNode>) {
  const { lane } = data;
  const kindLabel = t(`laneKind.${lane.kind}`);
  return (
    <div className={`lane-header lane-header--${lane.kind}`} data-testid="lane-header">
      <span className="lane-header__name" dir="auto" title={lane.name}>
        {lane.name}
      </span>
      {!lane.name.toLocaleLowerCase().includes(kindLabel.toLocaleLowerCase()) && (
        <span className="lane-header__kind">{kindLabel}</span>
      )}
    </div>
  );
}

export const LaneHeaderNode = memo(LaneHeaderNodeView);
