import { useShallow } from 'zustand/react/shallow';
import type { Link } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { TextField } from './fields/TextField';

/** A link between two items: which ones, and the label drawn on it. */
export function LinkInspector({ link }: { link: Link }) {
  const setLinkLabel = useStudioStore((state) => state.setLinkLabel);
  const ends = useStudioStore(
    useShallow((state) => {
      const titleOf = (itemId: string) =>
        state.doc?.map.items.find((item) => item.id === itemId)?.title ?? '';
      return { from: titleOf(link.from), to: titleOf(link.to) };
    }),
  );
  return (
    <section className="inspector" aria-label={t('inspector.link.heading')}>
      <h3 className="inspector__heading">{t('inspector.link.heading')}</h3>
      <dl className="inspector__facts">
        <dt>{t('inspector.link.from')}</dt>
        <dd dir="auto" title={ends.from}>
          {ends.from}
        </dd>
        <dt>{t('inspector.link.to')}</dt>
        <dd dir="auto" title={ends.to}>
          {ends.to}
        </dd>
      </dl>
      <TextField
        label={t('inspector.link.label')}
        value={link.label ?? ''}
        onChange={(label) => setLinkLabel(link.id, label, { coalesceKey: `link:${link.id}:label` })}
      />
    </section>
  );
}
