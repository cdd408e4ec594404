import { useShallow } from 'zustand/react/shallow';
import type { JourneyMap } from '../../../shared/model';
import { ScopeMetricsSection } from '../evidence/ItemEvidenceSection';
import { t, tCount } from '../i18n';
import { useStudioStore } from '../store';
import { DescriptionLinks } from './DescriptionLinks';
import { TextField } from './fields/TextField';

/** With nothing selected: the map itself, its size and who it is about. */
export function MapInspector({ map }: { map: JourneyMap }) {
  const { setMapTitle, setMapDescription } = useStudioStore(
    useShallow((state) => ({ setMapTitle: state.setMapTitle, setMapDescription: state.setMapDescription })),
  );
  const personaNames = map.personas.map((persona) => persona.name).join(', ');
  return (
    <section className="inspector" aria-label={t('inspector.map.heading')}>
      <h3 className="inspector__heading">{t('inspector.map.heading')}</h3>
      <TextField
        label={t('inspector.map.title')}
        value={map.title}
        onChange={(title) => setMapTitle(title, { coalesceKey: 'map:title' })}
      />
      <TextField
        label={t('inspector.map.description')}
        multiline
        value={map.description ?? ''}
        onChange={(description) => setMapDescription(description, { coalesceKey: 'map:description' })}
      />
      <DescriptionLinks text={map.description ?? ''} />
      <p className="inspector__summary">
        {t('inspector.map.counts', {
          stages: tCount('count.stages', map.stages.length),
          lanes: tCount('count.lanes', map.lanes.length),
          items: tCount('count.items', map.items.length),
          links: tCount('count.links', map.links.length),
        })}
      </p>
      <p className="inspector__summary" dir="auto">
        {map.personas.length === 0
          ? t('inspector.map.noPersonas')
          : t('inspector.map.personas', { names: personaNames })}
      </p>
      <ScopeMetricsSection />
    </section>
  );
}
