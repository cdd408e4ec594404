import { useState } from 'react';
import { describePersonaDeletion } from '../../../shared/logic';
import type { Persona } from '../../../shared/model';
import { t, tCount } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import { ListField } from './fields/ListField';
import { TextField } from './fields/TextField';

/** One persona, edited in place; deleting asks first and says how many items lose the tag. */
export function PersonaCard({ persona }: { persona: Persona }) {
  const store = useStudioStoreApi();
  const updatePersona = useStudioStore((state) => state.updatePersona);
  const isFocused = useStudioStore((state) => state.focusedPersonaId === persona.id);
  const taggedCount = useStudioStore(
    (state) => state.doc?.map.items.filter((item) => item.personaIds?.includes(persona.id)).length ?? 0,
  );
  const [confirming, setConfirming] = useState<{ items: number; quotes: number } | null>(null);
  const key = (field: string) => ({ coalesceKey: `persona:${persona.id}:${field}` });
  const name = persona.name.trim() === '' ? t('inspector.untitled') : persona.name;

  const askToDelete = () => {
    const map = store.getState().doc?.map;
    if (map === undefined) return;
    const summary = describePersonaDeletion(map, persona.id);
    setConfirming({ items: summary.untaggedItemIds.length, quotes: summary.unattributedQuoteIds.length });
  };
  const remove = () => {
    const state = store.getState();
    // A focus on a persona that no longer exists would dim the whole map with no way to see why.
    if (state.focusedPersonaId === persona.id) state.setFocusedPersona(null);
    state.deletePersona(persona.id);
  };

  return (
    <article
      className={`persona-card${isFocused ? ' persona-card--focused' : ''}`}
      aria-label={t('personas.card', { name })}
    >
      <div className="persona-card__header">
        <span className="persona-card__name" dir="auto" title={persona.name}>
          {name}
        </span>
        <button
          type="button"
          className="panel-button"
          aria-pressed={isFocused}
          aria-label={t('personas.focus', { name })}
          onClick={() => store.getState().setFocusedPersona(isFocused ? null : persona.id)}
        >
          {t('personas.focusShort')}
        </button>
      </div>
      <p className="panel-field__hint">{tCount('personas.itemCount', taggedCount)}</p>
      <TextField
        label={t('personas.name')}
        value={persona.name}
        onChange={(next) => updatePersona(persona.id, { name: next }, key('name'))}
      />
      <TextField
        label={t('personas.segment')}
        value={persona.segment ?? ''}
        onChange={(segment) => updatePersona(persona.id, { segment }, key('segment'))}
      />
      <ListField
        label={t('personas.goals')}
        values={persona.goals ?? []}
        onChange={(goals) => updatePersona(persona.id, { goals }, key('goals'))}
      />
      <ListField
        label={t('personas.needs')}
        values={persona.needs ?? []}
        onChange={(needs) => updatePersona(persona.id, { needs }, key('needs'))}
      />
      <ListField
        label={t('personas.frustrations')}
        values={persona.frustrations ?? []}
        onChange={(frustrations) => updatePersona(persona.id, { frustrations }, key('frustrations'))}
      />
      {confirming === null ? (
        <button type="button" className="panel-button panel-button--danger" onClick={askToDelete}>
          {t('personas.delete', { name })}
        </button>
      ) : (
        <div className="persona-card__confirm" role="group" aria-label={t('personas.delete', { name })}>
          <p dir="auto">
            {t('personas.confirmDelete', {
              name,
              items: tCount('count.items', confirming.items),
              quotes: tCount('count.quotes', confirming.quotes),
            })}
          </p>
          <button type="button" className="panel-button panel-button--danger" onClick={remove}>
            {t('personas.confirmDeleteButton')}
          </button>
          <button type="button" className="panel-button" onClick={() => setConfirming(null)}>
            {t('personas.cancel')}
          </button>
        </div>
      )}
    </article>
  );
}
