import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { JourneyMap } from '../../../shared/model';
import { defaultStudioDb, describeRevisionError, listRevisions, loadRevisionMap } from '../db';
import type { StudioDb } from '../db';
import { t } from '../i18n';

/** One stop of the timeline: a named revision, or the open map at the end. */
export interface TimelineStep {
  readonly revisionId: string | null;
  readonly label: string;
}

export interface TimelineShown {
  readonly label: string;
  readonly map: JourneyMap;
}

type Steps =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly steps: readonly TimelineStep[] };

export interface TimelineScrubberProps {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly currentMap: JourneyMap;
  /** The revision the view showed when the timeline opened; the slider starts there. */
  readonly startRevisionId: string | null;
  readonly onShow: (shown: TimelineShown) => void;
  readonly onError: (message: string) => void;
  readonly onClose: () => void;
  /** Tests pass their own database; the app uses the window's. */
  readonly db?: StudioDb | null;
}

/**
 * A slider over the map's named revisions, oldest to newest, then the open map. Each step loads that
 * revision and shows it; the canvas keeps node ids across steps, so the cards glide to their places.
 */
function TimelineScrubberView(props: TimelineScrubberProps) {
  const { mapId, currentMap, startRevisionId, onShow, onError } = props;
  const [db] = useState(() => (props.db === undefined ? defaultStudioDb() : props.db));
  const [steps, setSteps] = useState<Steps>({ kind: 'loading' });
  const [index, setIndex] = useState(0);
  const sliderId = useId();
  // Only the latest step's load may show its map: a slow earlier one must not land after it.
  const request = useRef(0);

  useEffect(() => {
    if (db === null) return;
    let live = true;
    void listRevisions(db, mapId).then((listed) => {
      if (!live) return;
      if (!listed.ok) {
        onError(describeRevisionError(listed.error, props.mapTitle));
        setSteps({ kind: 'ready', steps: [] });
        return;
      }
      const named = listed.value.revisions
        .filter((revision) => revision.kind === 'named')
        .reverse()
        .map((revision) => ({ revisionId: revision.id, label: revision.label ?? '' }));
      const all = [...named, { revisionId: null, label: t('revisions.currentMap') }];
      const start = all.findIndex((step) => step.revisionId === startRevisionId);
      setSteps({ kind: 'ready', steps: all });
      setIndex(start === -1 ? all.length - 1 : start);
    });
    return () => {
      live = false;
    };
    // Listed once per opening; the slider moves through this list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, mapId]);

  const showStep = (step: TimelineStep) => {
    const mine = ++request.current;
    if (step.revisionId === null || db === null) {
      onShow({ label: step.label, map: currentMap });
      return;
    }
    void loadRevisionMap(db, step.revisionId).then((loaded) => {
      if (mine !== request.current) return;
      if (loaded.ok) onShow({ label: step.label, map: loaded.value });
      else onError(describeRevisionError(loaded.error, props.mapTitle));
    });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (steps.kind !== 'ready') return;
    const next = Number(event.target.value);
    const step = steps.steps[next];
    if (step === undefined) return;
    setIndex(next);
    showStep(step);
  };

  if (db === null) {
    return (
      <div className="timeline" role="group" aria-label={t('revisions.timeline')}>
        <p>{t('revisions.timeline.unavailable')}</p>
      </div>
    );
  }
  const current = steps.kind === 'ready' ? steps.steps[index] : undefined;
  return (
    <div className="timeline" role="group" aria-label={t('revisions.timeline')}>
      {steps.kind === 'loading' ? (
        <p role="status">{t('revisions.timeline.loading')}</p>
      ) : (
        <>
          <label htmlFor={sliderId} className="timeline__label">
            {t('revisions.timeline.label')}
          </label>
          <input
            id={sliderId}
            className="timeline__slider"
            type="range"
            min={0}
            max={Math.max(steps.steps.length - 1, 0)}
            step={1}
            value={index}
            onChange={onChange}
            aria-valuetext={
              current === undefined
                ? undefined
                : t('revisions.timeline.step', {
                    step: index + 1,
                    count: steps.steps.length,
                    label: current.label,
                  })
            }
          />
          <ol className="timeline__ticks" aria-hidden="true">
            {steps.steps.map((step, position) => (
              <li
                key={step.revisionId ?? 'current'}
                className={position === index ? 'timeline__tick--here' : ''}
              >
                {step.label}
              </li>
            ))}
          </ol>
          {steps.steps.length === 1 && <p className="timeline__none">{t('revisions.timeline.none')}</p>}
        </>
      )}
      <button type="button" onClick={props.onClose}>
        {t('revisions.timeline.close')}
      </button>
    </div>
  );
}

export const TimelineScrubber = memo(TimelineScrubberView);
