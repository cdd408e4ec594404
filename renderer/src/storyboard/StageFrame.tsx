import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { personNamesOf, redactText } from '../../../shared/interop';
import type { ChangeAssessment, MetricSeries } from '../../../shared/metrics';
import {
  assessChange,
  directionOfSeries,
  groupSeries,
  latest,
  METRIC_KIND_LABELS,
  previous,
} from '../../../shared/metrics';
import type { Item, JourneyMap, Quote } from '../../../shared/model';
import { formatMetricValue } from '../evidence/format';
import { t } from '../i18n';
import './stageFrame.css';

export type StageFrameVariant = 'print' | 'screen';

export interface StageFrameProps {
  readonly map: JourneyMap;
  readonly stageId: string;
  /** Pass quote text through `redactText` (e-mails, phones, persona names) before showing it. */
  readonly redact: boolean;
  readonly variant: StageFrameVariant;
}

/**
 * How many entries each list shows before "+ n more". A print frame must fit one landscape page, so
 * it keeps fewer; a screen frame is in large type, so it cannot show many either.
 */
const LIMITS: Readonly<Record<StageFrameVariant, Readonly<Record<ListKind, number>>>> = {
  print: { touchpoints: 6, frictions: 4, magic: 3, quotes: 3, metrics: 4 },
  screen: { touchpoints: 5, frictions: 3, magic: 2, quotes: 2, metrics: 3 },
};
type ListKind = 'touchpoints' | 'frictions' | 'magic' | 'quotes' | 'metrics';

/** The strongest quotes are the most emphatic ones, whichever way; at most three per stage. */
const MAX_QUOTES = 3;

const byOrder = (a: Item, b: Item): number => a.order - b.order;
/** Highest severity first; an unrated friction after every rated one, map order within ties. */
const bySeverity = (a: Item, b: Item): number => (b.severity ?? 0) - (a.severity ?? 0) || a.order - b.order;
const strength = (quote: Quote): number => Math.abs(quote.sentiment ?? 0);

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

interface MetricRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly trend: string;
  readonly assessment: ChangeAssessment | 'first';
}

const metricRow = (series: MetricSeries, itemTitles: ReadonlyMap<string, string>): MetricRow | undefined => {
  const last = latest(series);
  if (last === undefined) return undefined;
  const name = series.kind === 'custom' && series.name ? series.name : METRIC_KIND_LABELS[series.kind];
  const label =
    series.scope.kind === 'item'
      ? t('stageFrame.metricOf', { metric: name, item: itemTitles.get(series.scope.itemId) ?? '' })
      : name;
  const before = previous(series);
  if (before === undefined) {
    return {
      key: series.key,
      label,
      value: formatMetricValue(last.kind, last.value, last.unit),
      trend: t('stageFrame.trend.first'),
      assessment: 'first',
    };
  }
  const change = last.value - before.value;
  const assessment = assessChange(series.kind, change, directionOfSeries(series));
  const arrow = assessment === 'same' ? ARROWS.flat : change > 0 ? ARROWS.up : ARROWS.down;
  return {
    key: series.key,
    label,
    value: formatMetricValue(last.kind, last.value, last.unit),
    trend: t('stageFrame.trend.change', {
      arrow,
      previous: formatMetricValue(before.kind, before.value, before.unit),
      assessment: t(`stageFrame.assess.${assessment}`),
    }),
    assessment,
  };
};

/** What a stage frame shows, derived once per map and stage. */
function useStageContent(map: JourneyMap, stageId: string, redact: boolean) {
  return useMemo(() => {
    const stageIndex = map.stages.findIndex((candidate) => candidate.id === stageId);
    const stage = map.stages[stageIndex];
    const items = map.items.filter((item) => item.stageId === stageId).sort(byOrder);
    const itemIds = new Set(items.map((item) => item.id));
    const itemTitles = new Map(items.map((item) => [item.id, item.title]));
    const names = redact ? personNamesOf(map) : [];
    const shownText = (text: string) => (redact ? redactText(text, { personNames: names }) : text);
    const quotes = map.quotes
      .filter((quote) => quote.itemIds.some((id) => itemIds.has(id)))
      .sort((a, b) => strength(b) - strength(a))
      .slice(0, MAX_QUOTES)
      .map((quote) => ({ ...quote, text: shownText(quote.text) }));
    const metrics = groupSeries(map.metrics)
      .filter(
        (series) =>
          (series.scope.kind === 'stage' && series.scope.stageId === stageId) ||
          (series.scope.kind === 'item' && itemIds.has(series.scope.itemId)),
      )
      .map((series) => metricRow(series, itemTitles))
      .filter((row): row is MetricRow => row !== undefined);
    return {
      stageIndex,
      stage,
      touchpoints: items.filter((item) => item.kind === 'touchpoint'),
      frictions: items.filter((item) => item.kind === 'friction').sort(bySeverity),
      magic: items.filter((item) => item.kind === 'magic'),
      quotes,
      metrics,
    };
  }, [map, stageId, redact]);
}

/**
 * One stage as a slide or a storyboard page: its goal, touchpoints with their scores, friction points
 * worst first, magic moments, the strongest quotes and the stage's metrics with their trend. Everything
 * from the file is rendered as text (`dir="auto"` so right-to-left titles read correctly).
 */
export const StageFrame = memo(function StageFrame({ map, stageId, redact, variant }: StageFrameProps) {
  const content = useStageContent(map, stageId, redact);
  const { stage, stageIndex } = content;
  if (stage === undefined) return null;
  const limits = LIMITS[variant];
  const stageName = stage.name.trim() === '' ? t('stageFrame.untitledStage') : stage.name;
  const empty =
    content.touchpoints.length + content.frictions.length + content.magic.length + content.metrics.length ===
    0;
  return (
    <article className={`stage-frame stage-frame--${variant}`} aria-label={stageName}>
      <header className="stage-frame__header">
        <p className="stage-frame__number">{t('stageFrame.number', { number: stageIndex + 1 })}</p>
        <h2 className="stage-frame__name" dir="auto">
          {stageName}
        </h2>
        {stage.goal !== undefined && stage.goal.trim() !== '' && (
          <p className="stage-frame__goal" dir="auto">
            {t('stageFrame.goal', { goal: stage.goal })}
          </p>
        )}
      </header>
      {empty && <p className="stage-frame__empty">{t('stageFrame.empty')}</p>}
      <div className="stage-frame__body">
        <FrameList kind="touchpoints" items={content.touchpoints} limit={limits.touchpoints}>
          {(item) => <TouchpointEntry item={item} />}
        </FrameList>
        <FrameList kind="frictions" items={content.frictions} limit={limits.frictions}>
          {(item) => <FrictionEntry item={item} />}
        </FrameList>
        <FrameList kind="magic" items={content.magic} limit={limits.magic}>
          {(item) => <TitleEntry item={item} />}
        </FrameList>
        <FrameList kind="quotes" items={content.quotes} limit={limits.quotes}>
          {(quote) => <QuoteEntry quote={quote} />}
        </FrameList>
        <FrameList kind="metrics" items={content.metrics} limit={limits.metrics}>
          {(row) => <MetricEntry row={row} />}
        </FrameList>
      </div>
    </article>
  );
});

const HEADINGS: Readonly<
  Record<
    ListKind,
    | 'stageFrame.touchpoints'
    | 'stageFrame.frictions'
    | 'stageFrame.magic'
    | 'stageFrame.quotes'
    | 'stageFrame.metrics'
  >
> = {
  touchpoints: 'stageFrame.touchpoints',
  frictions: 'stageFrame.frictions',
  magic: 'stageFrame.magic',
  quotes: 'stageFrame.quotes',
  metrics: 'stageFrame.metrics',
};

/** A titled list cut at `limit` with "+ n more", so a frame never spills off its page or screen. */
function FrameList<Entry extends { readonly id?: string; readonly key?: string }>({
  kind,
  items,
  limit,
  children,
}: {
  kind: ListKind;
  items: readonly Entry[];
  limit: number;
  children: (entry: Entry) => ReactNode;
}) {
  if (items.length === 0) return null;
  const shown = items.slice(0, limit);
  const hidden = items.length - shown.length;
  return (
    <section className={`stage-frame__section stage-frame__section--${kind}`}>
      <h3 className="stage-frame__heading">{t(HEADINGS[kind])}</h3>
      <ul className="stage-frame__list">
        {shown.map((entry, index) => (
          <li key={entry.id ?? entry.key ?? index} className="stage-frame__entry">
            {children(entry)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="stage-frame__more">{t('stageFrame.more', { count: hidden })}</p>}
    </section>
  );
}

const title = (item: Item): string => (item.title.trim() === '' ? t('inspector.untitled') : item.title);

function Score({ label, value }: { label: string; value: number | undefined }) {
  if (value === undefined) return null;
  return (
    <span className="stage-frame__score">
      <span className="stage-frame__score-label">{label}</span>{' '}
      <span className="stage-frame__score-value">{t('stageFrame.score.value', { value })}</span>
    </span>
  );
}

function TitleEntry({ item }: { item: Item }) {
  return (
    <span className="stage-frame__title" dir="auto">
      {title(item)}
    </span>
  );
}

function TouchpointEntry({ item }: { item: Item }) {
  return (
    <>
      <TitleEntry item={item} />
      {item.channel !== undefined && (
        <span className="stage-frame__channel">{t(`channel.${item.channel}`)}</span>
      )}
      <span className="stage-frame__scores">
        <Score label={t('stageFrame.score.success')} value={item.success} />
        <Score label={t('stageFrame.score.effort')} value={item.effort} />
        <Score label={t('stageFrame.score.emotion')} value={item.emotion} />
      </span>
    </>
  );
}

function FrictionEntry({ item }: { item: Item }) {
  return (
    <>
      <TitleEntry item={item} />
      <span className="stage-frame__scores">
        <Score label={t('stageFrame.score.severity')} value={item.severity} />
      </span>
    </>
  );
}

function QuoteEntry({ quote }: { quote: Quote }) {
  const source = t(`evidence.source.${quote.source}`);
  return (
    <figure className="stage-frame__quote">
      <blockquote dir="auto">{quote.text}</blockquote>
      <figcaption>
        {quote.capturedAt === undefined
          ? source
          : t('stageFrame.quoteSource', { source, date: quote.capturedAt.slice(0, 10) })}
      </figcaption>
    </figure>
  );
}

function MetricEntry({ row }: { row: MetricRow }) {
  return (
    <>
      <span className="stage-frame__metric-label" dir="auto">
        {row.label}
      </span>{' '}
      <span className="stage-frame__metric-value">{row.value}</span>{' '}
      <span className={`stage-frame__trend stage-frame__trend--${row.assessment}`}>{row.trend}</span>
    </>
  );
}
