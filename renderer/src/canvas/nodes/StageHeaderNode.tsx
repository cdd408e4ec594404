import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShowsDetail, useStageSeries } from '../badges/evidenceSelectors';
import { MetricBadges } from '../badges/MetricBadges';
import type { StageHeaderFlowNode } from '../flowTypes';
import { GridHeader } from './GridHeader';

function StageHeaderNodeView({ data }: NodeProps<StageHeaderFlowNode>) {
  const { stage, index, stageCount } = data;
  const series = useStageSeries(stage.id);
  const showsDetail = useShowsDetail();
  return (
    <GridHeader kind="stage" id={stage.id} name={stage.name} index={index} count={stageCount}>
      {stage.goal !== undefined && stage.goal !== '' && (
        <div className="stage-header__goal" dir="auto" title={stage.goal}>
          {stage.goal}
        </div>
      )}
      {showsDetail && <MetricBadges series={series} />}
    </GridHeader>
  );
}

export const StageHeaderNode = memo(StageHeaderNodeView);
