import { memo, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { JourneyMap, Quote, QuoteSource } from '../../../shared/model';
import { QUOTE_SOURCES, SENTIMENT_MAX, SENTIMENT_MIN } from '../../../shared/model';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import { RedactExportsToggle } from '../storyboard/presentation/RedactExportsToggle';
import { today } from './format';
import './evidence.css';

const SENTIMENTS = Array.from(
  { length: SENTIMENT_MAX - SENTIMENT_MIN + 1 },
  (_, index) => SENTIMENT_MIN + index,
);
const sentimentLabel = (sentiment: number) => t(`evidence.sentiment.${sentiment as -2 | -1 | 0 | 1 | 2}`);
const itemTitle = (map: JourneyMap, itemId: string) => {
  const title = map.items.find((item) => item.id === itemId)?.title ?? '';
  return title.trim() === '' ? t('inspector.untitled') : title;
};

interface Filters {
  readonly source: string;
  readonly sentiment: string;
  readonly persona: string;
  readonly item: string;
}
const NO_FILTERS: Filters = { source: '', sentiment: '', persona: '', item: '' };

const matches = (quote: Quote, filters: Filters): boolean =>
  (filters.source === '' || quote.source === filters.source) &&
  (filters.sentiment === '' || String(quote.sentiment ?? '') === filters.sentiment) &&
  (filters.persona === '' || quote.personaId === filters.persona) &&
  (filters.item === '' || quote.itemIds.includes(filters.item));

/** The map's quotes: filter by source, sentiment, persona and item; add, edit, link and delete. */
export function QuotesPanel() {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [adding, setAdding] = useState(false);
  const shown = useMemo(() => map?.quotes.filter((quote) => matches(quote, filters)) ?? [], [map, filters]);
  if (map === null) return null;
  const filter = (
    key: keyof Filters,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <FilterSelect
      label={label}
      value={filters[key]}
      options={options}
      onChange={(value) => setFilters((current) => ({ ...current, [key]: value }))}
    />
  );
  return (
    <section className="quotes" aria-label={t('evidence.quotes.heading')}>
      {adding ? (
        <QuoteForm map={map} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="evidence-button" onClick={() => setAdding(true)}>
          {t('evidence.quotes.add')}
        </button>
      )}
      <div className="quotes__filters" role="group" aria-label={t('evidence.quotes.filters')}>
        {filter(
          'source',
          t('evidence.quote.source'),
          QUOTE_SOURCES.map((source) => ({ value: source, label: t(`evidence.source.${source}`) })),
        )}
        {filter(
          'sentiment',
          t('evidence.quote.sentiment'),
          SENTIMENTS.map((sentiment) => ({ value: String(sentiment), label: sentimentLabel(sentiment) })),
        )}
        {filter(
          'persona',
          t('evidence.quote.persona'),
          map.personas.map((persona) => ({ value: persona.id, label: persona.name })),
        )}
        {filter(
          'item',
          t('evidence.quote.item'),
          map.items.map((item) => ({ value: item.id, label: itemTitle(map, item.id) })),
        )}
      </div>
      <RedactExportsToggle />
      {map.quotes.length === 0 ? (
        <p className="panel-field__hint">{t('evidence.quotes.none')}</p>
      ) : shown.length === 0 ? (
        <p className="panel-field__hint">{t('evidence.quotes.noMatch')}</p>
      ) : (
        <ul className="quotes__list">
          {shown.map((quote) => (
            <QuoteCard key={quote.id} map={map} quote={quote} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="panel-field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('evidence.quotes.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const QuoteCard = memo(function QuoteCard({ map, quote }: { map: JourneyMap; quote: Quote }) {
  const deleteQuote = useStudioStore((state) => state.deleteQuote);
  const linkQuote = useStudioStore((state) => state.linkQuote);
  const [editing, setEditing] = useState(false);
  const linkId = useId();
  if (editing) {
    return (
      <li className="quote-card">
        <QuoteForm map={map} quote={quote} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const persona = map.personas.find((candidate) => candidate.id === quote.personaId);
  const meta = [
    t(`evidence.source.${quote.source}`),
    quote.capturedAt?.slice(0, 10),
    quote.sentiment === undefined ? undefined : sentimentLabel(quote.sentiment),
    persona?.name,
  ].filter((part): part is string => part !== undefined && part !== '');
  const unlinked = map.items.filter((item) => !quote.itemIds.includes(item.id));
  return (
    <li className="quote-card">
      <blockquote className="quote-card__text" dir="auto">
        {quote.text}
      </blockquote>
      <p className="quote-card__meta" dir="auto">
        {meta.join(' · ')}
      </p>
      <div aria-label={t('evidence.quote.items')} role="group">
        {quote.itemIds.length === 0 ? (
          <p className="quote-card__meta">{t('evidence.quote.noItems')}</p>
        ) : (
          quote.itemIds.map((itemId) => (
            <span key={itemId} className="quote-card__item" dir="auto">
              {itemTitle(map, itemId)}
              <button
                type="button"
                className="evidence-icon-button"
                aria-label={t('evidence.quote.unlink', { title: itemTitle(map, itemId) })}
                title={t('evidence.quote.unlink', { title: itemTitle(map, itemId) })}
                onClick={() => linkQuote(quote.id, itemId, false)}
              >
                ×
              </button>
            </span>
          ))
        )}
      </div>
      {unlinked.length > 0 && (
        <div className="panel-field">
          <label className="panel-field__label" htmlFor={linkId}>
            {t('evidence.quote.linkItem')}
          </label>
          <select
            id={linkId}
            className="panel-field__input"
            value=""
            onChange={(event) => {
              if (event.target.value !== '') linkQuote(quote.id, event.target.value, true);
            }}
          >
            <option value="">{t('evidence.quote.linkItem.choose')}</option>
            {unlinked.map((item) => (
              <option key={item.id} value={item.id}>
                {itemTitle(map, item.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="evidence-form__actions">
        <button type="button" className="evidence-button" onClick={() => setEditing(true)}>
          {t('evidence.quote.edit')}
        </button>
        <button type="button" className="evidence-button" onClick={() => deleteQuote(quote.id)}>
          {t('evidence.quote.delete')}
        </button>
      </div>
    </li>
  );
});

/** Adds a quote, or edits `quote`: one store action on save, so one undo step. */
const QuoteForm = memo(function QuoteForm({
  map,
  quote,
  onDone,
}: {
  map: JourneyMap;
  quote?: Quote;
  onDone(): void;
}) {
  const addQuote = useStudioStore((state) => state.addQuote);
  const updateQuote = useStudioStore((state) => state.updateQuote);
  const formId = useId();
  const [text, setText] = useState(quote?.text ?? '');
  const [source, setSource] = useState<QuoteSource>(quote?.source ?? 'interview');
  const [capturedAt, setCapturedAt] = useState(
    quote === undefined ? today() : (quote.capturedAt?.slice(0, 10) ?? ''),
  );
  const [sentiment, setSentiment] = useState(quote?.sentiment === undefined ? '' : String(quote.sentiment));
  const [personaId, setPersonaId] = useState(quote?.personaId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    const fields = {
      text,
      source,
      capturedAt: capturedAt === '' ? null : capturedAt,
      sentiment: sentiment === '' ? null : Number(sentiment),
      personaId: personaId === '' ? null : personaId,
    };
    if (quote === undefined) {
      if (addQuote({ ...fields, text, source }) !== null) onDone();
    } else {
      updateQuote(quote.id, fields);
      onDone();
    }
  };
  const id = (key: string) => `${formId}-${key}`;
  return (
    <form
      className="evidence-form"
      onSubmit={submit}
      aria-label={quote === undefined ? t('evidence.quotes.add') : t('evidence.quote.edit')}
    >
      <div className="panel-field">
        <label className="panel-field__label" htmlFor={id('text')}>
          {quote === undefined ? t('evidence.quote.newText') : t('evidence.quote.text')}
        </label>
        <textarea
          id={id('text')}
          className="panel-field__input panel-field__input--multiline"
          dir="auto"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="panel-field">
        <label className="panel-field__label" htmlFor={id('source')}>
          {t('evidence.quote.source')}
        </label>
        <select
          id={id('source')}
          className="panel-field__input"
          value={source}
          onChange={(event) => setSource(event.target.value as QuoteSource)}
        >
          {QUOTE_SOURCES.map((option) => (
            <option key={option} value={option}>
              {t(`evidence.source.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="panel-field">
        <label className="panel-field__label" htmlFor={id('date')}>
          {t('evidence.quote.date')}
        </label>
        <input
          id={id('date')}
          type="date"
          className="panel-field__input"
          value={capturedAt}
          onChange={(event) => setCapturedAt(event.target.value)}
        />
      </div>
      <div className="panel-field">
        <label className="panel-field__label" htmlFor={id('sentiment')}>
          {t('evidence.quote.sentiment')}
        </label>
        <select
          id={id('sentiment')}
          className="panel-field__input"
          value={sentiment}
          onChange={(event) => setSentiment(event.target.value)}
        >
          <option value="">{t('evidence.quote.sentiment.none')}</option>
          {SENTIMENTS.map((value) => (
            <option key={value} value={String(value)}>
              {sentimentLabel(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="panel-field">
        <label className="panel-field__label" htmlFor={id('persona')}>
          {t('evidence.quote.persona')}
        </label>
        <select
          id={id('persona')}
          className="panel-field__input"
          value={personaId}
          onChange={(event) => setPersonaId(event.target.value)}
        >
          <option value="">{t('evidence.quote.persona.none')}</option>
          {map.personas.map((persona) => (
            <option key={persona.id} value={persona.id}>
              {persona.name}
            </option>
          ))}
        </select>
      </div>
      <div className="evidence-form__actions">
        <button
          type="submit"
          className="evidence-button evidence-button--primary"
          disabled={text.trim() === ''}
        >
          {quote === undefined ? t('evidence.quotes.add') : t('evidence.quote.done')}
        </button>
        <button type="button" className="evidence-button" onClick={onDone}>
          {t('evidence.metric.cancel')}
        </button>
      </div>
    </form>
  );
});
