import type { Lane, Stage } from '../../../shared/model';
import { ScopeMetricsSection } from '../evidence/ItemEvidenceSection';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { DescriptionLinks } from './DescriptionLinks';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { LANE_KIND_OPTIONS } from './itemOptions';

/** A stage (column): its name, the goal the customer has in it, and a description. */
export function StageInspector({ stage }: { stage: Stage }) {
  const renameStage = useStudioStore((state) => state.renameStage);
  const setStageGoal = useStudioStore((state) => state.setStageGoal);
  const setStageDescription = useStudioStore((state) => state.setStageDescription);
  const key = (field: string) => ({ coalesceKey: `stage:${stage.id}:${field}` });
  return (
    <section className="inspector" aria-label={t('inspector.stage.heading')}>
      <h3 className="inspector__heading">{t('inspector.stage.heading')}</h3>
      <TextField
        label={t('inspector.stage.name')}
        value={stage.name}
        onChange={(name) => renameStage(stage.id, name, key('name'))}
      />
      <TextField
        label={t('inspector.stage.goal')}
        multiline
        value={stage.goal ?? ''}
        onChange={(goal) => setStageGoal(stage.id, goal, key('goal'))}
      />
      <TextField
        label={t('inspector.stage.description')}
        multiline
        value={stage.description ?? ''}
        onChange={(description) => setStageDescription(stage.id, description, key('description'))}
      />
      <DescriptionLinks text={stage.description ?? ''} />
      <ScopeMetricsSection stageId={stage.id} />
    </section>
  );
}

/** A lane (row): its name and kind (an `emotions` lane draws the emotion curve). */
export function LaneInspector({ lane }: { lane: Lane }) {
  const renameLane = useStudioStore((state) => state.renameLane);
  const setLaneKind = useStudioStore((state) => state.setLaneKind);
  return (
    <section className="inspector" aria-label={t('inspector.lane.heading')}>
      <h3 className="inspector__heading">{t('inspector.lane.heading')}</h3>
      <TextField
        label={t('inspector.lane.name')}
        value={lane.name}
        onChange={(name) => renameLane(lane.id, name, { coalesceKey: `lane:${lane.id}:name` })}
      />
      <SelectField
        label={t('inspector.lane.kind')}
        value={lane.kind}
        options={LANE_KIND_OPTIONS}
        onChange={(kind) => setLaneKind(lane.id, kind)}
      />
    </section>
  );
}
