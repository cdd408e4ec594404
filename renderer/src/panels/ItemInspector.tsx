import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Item } from '../../../shared/model';
import { ItemEvidenceSection } from '../evidence/ItemEvidenceSection';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { ScoreField } from './fields/ScoreField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { DescriptionLinks } from './DescriptionLinks';
import { CHANNEL_OPTIONS, ITEM_KIND_OPTIONS } from './itemOptions';
import { OwnerSuggestions } from './OwnerSuggestions';

type ScoreName = 'success' | 'effort' | 'emotion' | 'severity';

/** Every field of one item; each change is one store action, typed text coalesced per field. */
export function ItemInspector({ item }: { item: Item }) {
  const updateItem = useStudioStore((state) => state.updateItem);
  const ownersListId = useId();
  const headingId = useId();
  const location = useStudioStore(
    useShallow((state) => ({
      stage: state.doc?.map.stages.find((stage) => stage.id === item.stageId)?.name ?? '',
      lane: state.doc?.map.lanes.find((lane) => lane.id === item.laneId)?.name ?? '',
    })),
  );
  const edit = (field: string) => ({ coalesceKey: `item:${item.id}:${field}` });
  const score = (name: ScoreName, hint?: string) => (
    <ScoreField
      label={t(`inspector.score.${name}`)}
      value={item[name]}
      hint={hint}
      onChange={(value) => updateItem(item.id, { [name]: value }, edit(name))}
    />
  );

  return (
    <section className="inspector" aria-labelledby={headingId}>
      {/* The kind, not the title: the title is in its field below, and a card's text stays unique. */}
      <h3 id={headingId} className="inspector__heading">
        {t(`itemKind.${item.kind}`)}
      </h3>
      <p className="inspector__location" dir="auto">
        {t('inspector.location', location)}
      </p>
      <TextField
        label={t('inspector.title')}
        value={item.title}
        onChange={(title) => updateItem(item.id, { title }, edit('title'))}
      />
      <TextField
        label={t('inspector.description')}
        multiline
        value={item.description ?? ''}
        onChange={(description) => updateItem(item.id, { description }, edit('description'))}
      />
      <DescriptionLinks text={item.description ?? ''} />
      <SelectField
        label={t('inspector.kind')}
        value={item.kind}
        options={ITEM_KIND_OPTIONS}
        onChange={(kind) => updateItem(item.id, { kind })}
      />
      <SelectField
        label={t('inspector.channel')}
        value={item.channel ?? ''}
        options={CHANNEL_OPTIONS}
        onChange={(channel) => updateItem(item.id, { channel: channel === '' ? null : channel })}
      />
      <TextField
        label={t('inspector.owner')}
        value={item.owner ?? ''}
        suggestions={ownersListId}
        onChange={(owner) => updateItem(item.id, { owner }, edit('owner'))}
      />
      <OwnerSuggestions id={ownersListId} />
      <ItemPersonas item={item} />
      {score('success')}
      {score('effort')}
      {score('emotion', t('inspector.score.emotionHint'))}
      {item.kind === 'friction' && score('severity')}
      <ItemEvidenceSection item={item} />
    </section>
  );
}

/** Which of the map's personas this item concerns, as checkboxes. */
function ItemPersonas({ item }: { item: Item }) {
  const personas = useStudioStore((state) => state.doc?.map.personas ?? null);
  const updateItem = useStudioStore((state) => state.updateItem);
  const assigned = item.personaIds ?? [];
  return (
    <fieldset className="panel-field panel-field--group">
      <legend className="panel-field__label">{t('inspector.personas')}</legend>
      {personas === null || personas.length === 0 ? (
        <p className="panel-field__hint">{t('inspector.personas.none')}</p>
      ) : (
        personas.map((persona) => (
          <label key={persona.id} className="panel-check" dir="auto">
            <input
              type="checkbox"
              checked={assigned.includes(persona.id)}
              onChange={(event) =>
                updateItem(item.id, {
                  personaIds: event.target.checked
                    ? [...assigned, persona.id]
                    : assigned.filter((personaId) => personaId !== persona.id),
                })
              }
            />
            <span className="panel-check__text">{persona.name}</span>
          </label>
        ))
      )}
    </fieldset>
  );
}
