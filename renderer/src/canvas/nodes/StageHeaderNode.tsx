import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageHeaderFlowNode } from '../flowTypes';

function StageHeaderNodeView({ data }: NodeProps<StageHeaderFlowNode>) {
  const { stage, index } = data;
  return (
    <div className="stage-header" data-testid="stage-header">
      <div className="stage-header__top">
        <span className="stage-header__number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="stage-header__name" dir="auto" title={stage.name}>
          {stage.name}
        </span>
      </div>
      {stage.goal !== undefined && stage.goal !== '' && (
        <div className="stage-header__goal" dir="auto" title={stage.goal}>
          {stage.goal}
        </div>
      )}
    </div>
  );
}

export const StageHeaderNode = memo(StageHeaderNodeView);
