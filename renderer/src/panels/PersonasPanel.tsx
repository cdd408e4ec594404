import { useState } from 'react';
import type { FormEvent } from 'react';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { PersonaCard } from './PersonaCard';

/** The customers the map is about: add, edit, delete, and focus the map on one of them. */
export function PersonasPanel() {
  const personas = useStudioStore((state) => state.doc?.map.personas ?? null);
  const addPersona = useStudioStore((state) => state.addPersona);
  const [newName, setNewName] = useState('');
  if (personas === null) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newName.trim() === '') return;
    if (addPersona(newName.trim()) !== null) setNewName('');
  };

  return (
    <section className="personas" aria-label={t('personas.heading')}>
      <form className="personas__add" onSubmit={submit}>
        <input
          className="panel-field__input"
          dir="auto"
          aria-label={t('personas.newName')}
          placeholder={t('personas.newName')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" className="panel-button panel-button--primary" disabled={newName.trim() === ''}>
          {t('personas.add')}
        </button>
      </form>
      {personas.length === 0 ? (
        <p className="panel-field__hint">{t('personas.empty')}</p>
      ) : (
        <ul className="personas__list">
          {personas.map((persona) => (
            <li key={persona.id}>
              <PersonaCard persona={persona} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
