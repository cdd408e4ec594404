import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { computeInsights, emotionCurve } from '../../../../shared/logic';
import type { JourneyMap } from '../../../../shared/model';
import { t } from '../../i18n';
import { useStudioStore } from '../../store';
import { StageFrame } from '../StageFrame';
import { useRedactExports } from './redactSetting';
import './presentation.css';

/** The slides: a cover, one per stage (the same frames as the storyboard), a summary. */
type Slide =
  | { readonly kind: 'cover' }
  | { readonly kind: 'stage'; readonly stageId: string; readonly number: number }
  | { readonly kind: 'summary' };

const slidesOf = (map: JourneyMap): Slide[] => [
  { kind: 'cover' },
  ...map.stages.map((stage, index) => ({ kind: 'stage' as const, stageId: stage.id, number: index + 1 })),
  { kind: 'summary' },
];

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const FOCUSABLE = 'button:not([disabled]), [tabindex]:not([tabindex="-1"])';
const TOP_FRICTIONS = 5;

/** Presentation mode as the store's active dialog: shown while a map is open. */
export function PresentationHost({ onClose }: { onClose(): void }) {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  if (map === null) return null;
  return <PresentationMode map={map} onClose={onClose} />;
}

/**
 * The map one stage at a time, full screen where the platform allows it and as a full-window overlay
 * where it does not (a browser without the gesture, jsdom). Keys: → ↓ PageDown Space forward, ← ↑
 * PageUp back, Home and End, Esc leaves (and leaves full screen). A live region says where you are.
 */
export function PresentationMode({ map, onClose }: { map: JourneyMap; onClose(): void }) {
  const slides = useMemo(() => slidesOf(map), [map]);
  const [index, setIndex] = useState(0);
  const [redact] = useRedactExports();
  const dialogRef = useRef<HTMLDivElement>(null);
  const current = slides[Math.min(index, slides.length - 1)] as Slide;

  const move = useCallback(
    (to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to))),
    [slides.length],
  );

  // Focus into the presentation on open, back where it was on close (as ModalDialog does).
  useLayoutEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => {
      if (previouslyFocused?.isConnected === true) previouslyFocused.focus();
    };
  }, []);

  // Full screen is a request: it may be refused (no user gesture, a policy), then the overlay stays.
  // Leaving full screen by the browser's own Esc also leaves the presentation, so the two never part.
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement !== null) entered = true;
      else if (entered) onClose();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    if (typeof root.requestFullscreen === 'function' && document.fullscreenElement == null) {
      root.requestFullscreen().catch(() => {
        // Refused: the full-window overlay is the presentation.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement != null && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => {
          // Already left; nothing to undo.
        });
      }
    };
  }, [onClose]);

  // At the window, so the keys work wherever focus is (a click on the slide text moves it to body).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      let handled = true;
      if (event.key === 'Escape') onClose();
      else if (NEXT_KEYS.has(event.key)) setIndex((at) => Math.min(slides.length - 1, at + 1));
      else if (PREVIOUS_KEYS.has(event.key)) setIndex((at) => Math.max(0, at - 1));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(slides.length - 1);
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose, slides.length]);

  const keepTabInside = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const position =
    current.kind === 'stage'
      ? t('present.progress', { current: current.number, total: map.stages.length })
      : current.kind === 'cover'
        ? t('present.cover')
        : t('present.summary');
  const stageName =
    current.kind === 'stage' ? (map.stages.find((stage) => stage.id === current.stageId)?.name ?? '') : '';
  const title = map.title.trim() === '' ? t('inspector.untitled') : map.title;

  return (
    <div
      ref={dialogRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      tabIndex={-1}
      onKeyDown={keepTabInside}
    >
      <header className="presentation__bar">
        <span className="presentation__title" dir="auto">
          {title}
        </span>
        <span className="presentation__progress">{position}</span>
      </header>
      <div className="presentation__slide">
        {current.kind === 'cover' && <Cover map={map} />}
        {current.kind === 'stage' && (
          <StageFrame map={map} stageId={current.stageId} redact={redact} variant="screen" />
        )}
        {current.kind === 'summary' && <Summary map={map} />}
      </div>
      <footer className="presentation__controls">
        <button type="button" onClick={() => move(index - 1)} disabled={index === 0}>
          {t('present.previous')}
        </button>
        <span className="presentation__hint">{t('present.hint')}</span>
        <button type="button" onClick={() => move(index + 1)} disabled={index === slides.length - 1}>
          {t('present.next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('present.exit')}
        </button>
      </footer>
      <p className="presentation__live" role="status" aria-live="polite">
        {stageName === '' ? position : `${position}: ${stageName}`}
      </p>
    </div>
  );
}

const Cover = memo(function Cover({ map }: { map: JourneyMap }) {
  return (
    <article className="presentation-cover" aria-label={t('present.cover')}>
      <h1 dir="auto">{map.title.trim() === '' ? t('inspector.untitled') : map.title}</h1>
      {map.description !== undefined && map.description.trim() !== '' && (
        <p className="presentation-cover__description" dir="auto">
          {map.description}
        </p>
      )}
      <h2>{t('present.personas')}</h2>
      {map.personas.length === 0 ? (
        <p>{t('present.noPersonas')}</p>
      ) : (
        <ul className="presentation-cover__personas">
          {map.personas.map((persona) => (
            <li key={persona.id}>
              <span className="presentation-cover__persona" dir="auto">
                {persona.name}
              </span>
              {persona.segment !== undefined && persona.segment.trim() !== '' && (
                <span className="presentation-cover__segment" dir="auto">
                  {persona.segment}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
});

const CURVE_WIDTH = 800;
const CURVE_HEIGHT = 240;
/** Room under the curve for the stage names. */
const LABEL_SPACE = 36;
const CURVE_PAD = 24;

/** The emotion curve (mean emotion per stage, 1–5) and the worst friction points, by insight score. */
const Summary = memo(function Summary({ map }: { map: JourneyMap }) {
  const curve = useMemo(() => emotionCurve(map), [map]);
  const frictions = useMemo(
    () =>
      computeInsights(map, Date.now())
        .flatMap((insight) => (insight.kind === 'friction-ranked' ? [insight] : []))
        .slice(0, TOP_FRICTIONS),
    [map],
  );
  const names = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const titles = new Map(map.items.map((item) => [item.id, item.title]));
  const step = curve.length > 1 ? (CURVE_WIDTH - 2 * CURVE_PAD) / (curve.length - 1) : 0;
  const points = curve.flatMap((point, index) =>
    point.mean === null
      ? []
      : [
          {
            stageId: point.stageId,
            x: curve.length > 1 ? CURVE_PAD + index * step : CURVE_WIDTH / 2,
            y: CURVE_PAD + ((5 - point.mean) / 4) * (CURVE_HEIGHT - 2 * CURVE_PAD),
            mean: point.mean,
          },
        ],
  );
  const values = points
    .map((point) => `${names.get(point.stageId) ?? ''} ${Math.round(point.mean * 10) / 10}`)
    .join(', ');
  return (
    <article className="presentation-summary" aria-label={t('present.summary')}>
      <h2>{t('present.emotionCurve')}</h2>
      {points.length === 0 ? (
        <p>{t('present.noEmotion')}</p>
      ) : (
        <svg
          className="presentation-summary__curve"
          viewBox={`0 0 ${CURVE_WIDTH} ${CURVE_HEIGHT + LABEL_SPACE}`}
          role="img"
          aria-label={t('present.emotionCurveLabel', { values })}
        >
          <line
            x1={0}
            x2={CURVE_WIDTH}
            y1={CURVE_HEIGHT / 2}
            y2={CURVE_HEIGHT / 2}
            className="presentation-summary__neutral"
          />
          <polyline points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
          {points.map((point) => (
            <g key={point.stageId}>
              <circle cx={point.x} cy={point.y} r={6} />
              <text x={point.x} y={CURVE_HEIGHT + LABEL_SPACE - 10} textAnchor="middle">
                {names.get(point.stageId) ?? ''}
              </text>
            </g>
          ))}
        </svg>
      )}
      <h2>{t('present.topFrictions')}</h2>
      {frictions.length === 0 ? (
        <p>{t('present.noFrictions')}</p>
      ) : (
        <ol className="presentation-summary__frictions">
          {frictions.map((friction) => (
            <li key={friction.itemId}>
              <span dir="auto">{titles.get(friction.itemId) ?? ''}</span>
              {friction.severity !== undefined && (
                <span className="presentation-summary__severity">
                  {' '}
                  {t('stageFrame.score.severity')} {t('stageFrame.score.value', { value: friction.severity })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
});
