import { t } from '../i18n';
import { useStudioStore } from '../store';

/** Says why most of the map is dimmed while it is focused on a persona, and how to undo that. */
export function FocusBanner() {
  const name = useStudioStore((state) => {
    const focused = state.focusedPersonaId;
    if (focused === null) return null;
    return state.doc?.map.personas.find((persona) => persona.id === focused)?.name ?? null;
  });
  const setFocusedPersona = useStudioStore((state) => state.setFocusedPersona);
  if (name === null) return null;
  return (
    <div className="focus-banner" role="status">
      <span className="focus-banner__text" dir="auto">
        {t('focusBanner.text', { name })}
      </span>
      <button type="button" className="panel-button" onClick={() => setFocusedPersona(null)}>
        {t('focusBanner.clear')}
      </button>
    </div>
  );
}
