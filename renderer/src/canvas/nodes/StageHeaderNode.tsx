import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageHeaderFlowNode } from '../flowTypes';
import { GridHeader } from './GridHeader';

function StageHeaderNodeView({ data }: NodeProps<StageHeaderFlowNode>) {
  const { stage, index, stageCount } = data;
  return (
    <GridHeader kind="stage" id={stage.id} name={stage.name} index={index} count={stageCount}>
      {stage.goal !== undefined && stage.goal !== '' && (
        <div className="stage-header__goal" dir="auto" title={stage.goal}>
          {stage.goal}
        </div>
      )}
    </GridHeader>
  );
}

export const StageHeaderNode = memo(StageHeaderNodeView);
