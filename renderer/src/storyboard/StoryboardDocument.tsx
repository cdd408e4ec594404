import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { PdfPageSize } from '../../../shared/ipc/contract';
import type { JourneyMap, Persona } from '../../../shared/model';
import { t } from '../i18n';
import { StageFrame } from './StageFrame';
import { curvePoints, metricValueText, pageBox, storyboardSummary, SUMMARY_LIMITS } from './storyboardModel';
import type { ComparedRevision, StoryboardSummary } from './storyboardModel';

export interface StoryboardOptions {
  readonly paper: PdfPageSize;
  readonly redact: boolean;
  /** "Metric changes since …" on the summary page; null: the user compared with nothing. */
  readonly compared: ComparedRevision | null;
  /** The label of the revision this map is (the newest named one), for the cover; null when none. */
  readonly revisionLabel: string | null;
  /** When the export was made (ms): the cover's date and the insights' "now". */
  readonly exportedAt: number;
}

const orUntitled = (text: string): string => (text.trim() === '' ? t('canvas.untitled') : text);

/** How many stage names the cover lists before "+ n more": a 200-stage map still has one cover page. */
const COVER_STAGE_LIMIT = 14;
const COVER_PERSONA_LIMIT = 4;
/** The curve names every stage up to this many; beyond that, names would overlap. */
const CURVE_LABEL_LIMIT = 16;

/**
 * The whole storyboard as print pages: a cover, one frame per stage, a summary. Each page is a
 * fixed-size `<section>` (the paper's printable box) so one section is exactly one PDF page and the
 * "Page n of N" footer — written here, as Chromium has no page counters in print margins — is right.
 */
export const StoryboardDocument = memo(function StoryboardDocument({
  map,
  options,
}: {
  map: JourneyMap;
  options: StoryboardOptions;
}) {
  const summary = useMemo(
    () => storyboardSummary(map, options.compared, options.exportedAt),
    [map, options.compared, options.exportedAt],
  );
  const pages = map.stages.length + 2;
  const title = orUntitled(map.title);
  const box = pageBox(options.paper);
  const page = (number: number, className: string, children: ReactNode, key: string) => (
    <section
      key={key}
      className={`storyboard-page ${className}`}
      style={{ width: `${box.width}mm`, height: `${box.height}mm` }}
    >
      <div className="storyboard-page__body">{children}</div>
      <footer className="storyboard-page__footer">
        <span dir="auto">{title}</span>
        <span>{t('storyboard.footer.page', { page: number, pages })}</span>
      </footer>
    </section>
  );
  return (
    <div className="storyboard" data-paper={options.paper}>
      {page(1, 'storyboard-page--cover', <Cover map={map} options={options} />, 'cover')}
      {map.stages.map((stage, index) =>
        page(
          index + 2,
          'storyboard-page--stage',
          <StageFrame map={map} stageId={stage.id} redact={options.redact} variant="print" />,
          stage.id,
        ),
      )}
      {page(
        pages,
        'storyboard-page--summary',
        <Summary summary={summary} compared={options.compared} />,
        'summary',
      )}
    </div>
  );
});

const Cover = memo(function Cover({ map, options }: { map: JourneyMap; options: StoryboardOptions }) {
  const date = new Date(options.exportedAt).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  const shownStages = map.stages.slice(0, COVER_STAGE_LIMIT);
  return (
    <div className="storyboard-cover">
      <p className="storyboard-cover__kicker">{t('storyboard.cover.kicker')}</p>
      <h1 className="storyboard-cover__title" dir="auto">
        {orUntitled(map.title)}
      </h1>
      {map.description === undefined || map.description.trim() === '' ? null : (
        <p className="storyboard-cover__description" dir="auto">
          {map.description}
        </p>
      )}
      <p className="storyboard-cover__meta">
        <span>{t('storyboard.cover.date', { date })}</span>
        {options.revisionLabel === null ? null : (
          <span dir="auto">{t('storyboard.cover.revision', { label: options.revisionLabel })}</span>
        )}
      </p>
      <h2 className="storyboard-heading">{t('storyboard.cover.personas')}</h2>
      {map.personas.length === 0 ? (
        <p className="storyboard-empty">{t('storyboard.cover.noPersonas')}</p>
      ) : (
        <div className="storyboard-personas">
          {map.personas.slice(0, COVER_PERSONA_LIMIT).map((persona) => (
            <PersonaCard key={persona.id} persona={persona} />
          ))}
          {map.personas.length > COVER_PERSONA_LIMIT ? (
            <p className="storyboard-more">
              {t('storyboard.more', { count: map.personas.length - COVER_PERSONA_LIMIT })}
            </p>
          ) : null}
        </div>
      )}
      <h2 className="storyboard-heading">{t('storyboard.cover.stages', { count: map.stages.length })}</h2>
      <ol className="storyboard-cover__stages">
        {shownStages.map((stage) => (
          <li key={stage.id} dir="auto">
            {orUntitled(stage.name)}
          </li>
        ))}
        {map.stages.length > shownStages.length ? (
          <li className="storyboard-more">
            {t('storyboard.more', { count: map.stages.length - shownStages.length })}
          </li>
        ) : null}
      </ol>
    </div>
  );
});

const PersonaCard = memo(function PersonaCard({ persona }: { persona: Persona }) {
  const lists: [string, readonly string[] | undefined][] = [
    [t('storyboard.persona.goals'), persona.goals],
    [t('storyboard.persona.frustrations'), persona.frustrations],
  ];
  return (
    <div className="storyboard-persona">
      <p className="storyboard-persona__name" dir="auto">
        {orUntitled(persona.name)}
      </p>
      {persona.segment === undefined ? null : (
        <p className="storyboard-persona__segment" dir="auto">
          {persona.segment}
        </p>
      )}
      {lists.map(([label, entries]) =>
        entries === undefined || entries.length === 0 ? null : (
          <p key={label} className="storyboard-persona__list">
            <span className="storyboard-persona__label">{label}: </span>
            <span dir="auto">{entries.slice(0, 3).join(' · ')}</span>
          </p>
        ),
      )}
    </div>
  );
});

const CURVE_WIDTH = 900;
const CURVE_HEIGHT = 150;

/** The emotion curve as inline SVG (vector, prints sharp): a line per run of scored stages, a dot each. */
const EmotionCurve = memo(function EmotionCurve({ points }: { points: StoryboardSummary['emotion'] }) {
  const placed = curvePoints(
    points.map(({ mean }) => mean),
    CURVE_WIDTH,
    CURVE_HEIGHT,
  );
  // Unscored stages break the line: the curve never claims a feeling nobody measured.
  const runs: string[] = [];
  let run: string[] = [];
  for (const point of placed) {
    if (point.y === null) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    } else run.push(`${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  }
  if (run.length > 1) runs.push(run.join(' '));
  const labelled = points.length <= CURVE_LABEL_LIMIT;
  return (
    <svg
      className="storyboard-curve"
      viewBox={`-30 -12 ${CURVE_WIDTH + 60} ${CURVE_HEIGHT + (labelled ? 44 : 20)}`}
      role="img"
      aria-label={t('storyboard.summary.emotionAxis')}
    >
      {[1, 3, 5].map((level) => {
        const y = CURVE_HEIGHT - ((level - 1) / 4) * CURVE_HEIGHT;
        return (
          <g key={level}>
            <line x1={0} x2={CURVE_WIDTH} y1={y} y2={y} className="storyboard-curve__grid" />
            <text x={-8} y={y + 4} textAnchor="end" className="storyboard-curve__axis">
              {level}
            </text>
          </g>
        );
      })}
      {runs.map((line) => (
        <polyline key={line} points={line} className="storyboard-curve__line" />
      ))}
      {placed.map((point, index) =>
        point.y === null ? null : (
          <circle key={index} cx={point.x} cy={point.y} r={4} className="storyboard-curve__dot" />
        ),
      )}
      {labelled
        ? points.map((point, index) => (
            <text
              key={index}
              x={placed[index]?.x ?? 0}
              y={CURVE_HEIGHT + 22}
              textAnchor="middle"
              className="storyboard-curve__label"
            >
              {truncate(orUntitled(point.stageName), 18)}
            </text>
          ))
        : null}
    </svg>
  );
});

const truncate = (text: string, length: number): string =>
  [...text].length <= length ? text : `${[...text].slice(0, length - 1).join('')}…`;

function More({ total, shown }: { total: number; shown: number }) {
  return total > shown ? (
    <li className="storyboard-more">{t('storyboard.more', { count: total - shown })}</li>
  ) : null;
}

const Summary = memo(function Summary({
  summary,
  compared,
}: {
  summary: StoryboardSummary;
  compared: ComparedRevision | null;
}) {
  const friction = summary.friction.slice(0, SUMMARY_LIMITS.friction);
  const plan = summary.plan.slice(0, SUMMARY_LIMITS.plan);
  const metrics = summary.metricChanges?.slice(0, SUMMARY_LIMITS.metrics) ?? [];
  const scored = summary.emotion.some(({ mean }) => mean !== null);
  return (
    <div className="storyboard-summary">
      <h1 className="storyboard-summary__title">{t('storyboard.summary.title')}</h1>
      <section className="storyboard-summary__curve">
        <h2 className="storyboard-heading">{t('storyboard.summary.emotion')}</h2>
        {scored ? (
          <>
            <p className="storyboard-caption">{t('storyboard.summary.emotionAxis')}</p>
            <EmotionCurve points={summary.emotion} />
          </>
        ) : (
          <p className="storyboard-empty">{t('storyboard.summary.noEmotion')}</p>
        )}
      </section>
      <div className="storyboard-summary__columns">
        <section>
          <h2 className="storyboard-heading">{t('storyboard.summary.friction')}</h2>
          {friction.length === 0 ? (
            <p className="storyboard-empty">{t('storyboard.summary.noFriction')}</p>
          ) : (
            <ol className="storyboard-list">
              {friction.map((entry) => (
                <li key={entry.item.id}>
                  <span className="storyboard-list__title" dir="auto">
                    {orUntitled(entry.item.title)}
                  </span>
                  <span className="storyboard-list__detail" dir="auto">
                    {t('storyboard.summary.frictionLine', {
                      severity: entry.severity ?? t('storyboard.summary.noSeverity'),
                      evidence: t(`storyboard.evidence.${entry.evidence}`),
                      stage: orUntitled(entry.stageName),
                    })}
                  </span>
                </li>
              ))}
              <More total={summary.friction.length} shown={friction.length} />
            </ol>
          )}
        </section>
        <section>
          <h2 className="storyboard-heading">{t('storyboard.summary.plan')}</h2>
          {plan.length === 0 ? (
            <p className="storyboard-empty">{t('storyboard.summary.noPlan')}</p>
          ) : (
            <ol className="storyboard-list">
              {plan.map((entry) => (
                <li key={entry.item.id}>
                  <span className="storyboard-list__title" dir="auto">
                    {orUntitled(entry.item.title)}
                  </span>
                  <span className="storyboard-list__detail" dir="auto">
                    {entry.item.impact === undefined || entry.item.deliveryEffort === undefined
                      ? t('storyboard.summary.planUnscored')
                      : t('storyboard.summary.planLine', {
                          impact: entry.item.impact,
                          effort: entry.item.deliveryEffort,
                        })}
                    {entry.item.owner === undefined || entry.item.owner.trim() === ''
                      ? ''
                      : ` · ${t('storyboard.summary.owner', { owner: entry.item.owner })}`}
                  </span>
                </li>
              ))}
              <More total={summary.plan.length} shown={plan.length} />
            </ol>
          )}
        </section>
        <section>
          <h2 className="storyboard-heading" dir="auto">
            {compared === null
              ? t('storyboard.summary.metrics')
              : t('storyboard.summary.metricsSince', { label: compared.label })}
          </h2>
          {summary.metricChanges === null ? (
            <p className="storyboard-empty">{t('storyboard.summary.noComparison')}</p>
          ) : metrics.length === 0 ? (
            <p className="storyboard-empty">{t('storyboard.summary.noMetricChanges')}</p>
          ) : (
            <ul className="storyboard-list">
              {metrics.map((change) => (
                <li key={change.row.key} className={`storyboard-metric--${change.assessment ?? 'new'}`}>
                  <span className="storyboard-list__title" dir="auto">
                    {change.label}
                    {change.scopeName === '' ? '' : ` · ${change.scopeName}`}
                  </span>
                  <span className="storyboard-list__detail">
                    {t('storyboard.summary.metricRow', {
                      before: metricValueText(change.row, change.row.before),
                      after: metricValueText(change.row, change.row.after),
                    })}
                    {change.assessment === null ? '' : ` (${t(`storyboard.summary.${change.assessment}`)})`}
                  </span>
                </li>
              ))}
              <More total={summary.metricChanges.length} shown={metrics.length} />
            </ul>
          )}
        </section>
      </div>
    </div>
  );
});
