import { useCallback, useEffect, useMemo, useState } from 'react';
import type { JourneyMap } from '../../../shared/model';
import type { StudioDb } from '../db';
import { t } from '../i18n';
import { useStudioStore, useStudioStoreApi } from '../store';
import type { RevisionView as RevisionViewState } from '../store';
import { ComparisonPanel } from './ComparisonPanel';
import { compareMaps } from './compareModel';
import { namesOf } from './describeChanges';
import { RevisionCanvas } from './RevisionCanvas';
import './revisions.css';
import { TimelineScrubber } from './TimelineScrubber';
import type { TimelineShown } from './TimelineScrubber';

function ComparisonView({
  view,
  onTimeline,
}: {
  view: Extract<RevisionViewState, { kind: 'compare' }>;
  onTimeline: () => void;
}) {
  const store = useStudioStoreApi();
  const { before, after } = view;
  const comparison = useMemo(() => compareMaps(before.map, after.map), [before.map, after.map]);
  const names = useMemo(() => namesOf(before.map, after.map), [before.map, after.map]);
  const [focusedItemId, setFocusedItemId] = useState<string | null>(null);
  const pick = useCallback((id: string) => setFocusedItemId((was) => (was === id ? null : id)), []);
  const swap = useCallback(() => {
    setFocusedItemId(null);
    store.getState().showComparison(after, before);
  }, [store, before, after]);
  const close = useCallback(() => store.getState().closeRevisionView(), [store]);

  return (
    <>
      <div className="revision-view__main">
        <div className="revision-banner" role="status">
          <span dir="auto">{t('revisions.compareBanner', { before: before.label, after: after.label })}</span>
          <button type="button" onClick={onTimeline}>
            {t('revisions.timeline')}
          </button>
          <button type="button" onClick={close}>
            {t('revisions.back')}
          </button>
        </div>
        <RevisionCanvas
          map={comparison.display}
          marks={comparison.marks}
          emotion={comparison.emotion}
          focusedItemId={focusedItemId}
          onItemClick={pick}
        />
      </div>
      <ComparisonPanel
        beforeLabel={before.label}
        afterLabel={after.label}
        diff={comparison.diff}
        names={names}
        focusedItemId={focusedItemId}
        onPickItem={pick}
        onSwap={swap}
        onClose={close}
      />
    </>
  );
}

function PreviewView({
  label,
  map,
  onTimeline,
  children,
}: {
  label: string;
  map: JourneyMap;
  onTimeline?: () => void;
  children?: React.ReactNode;
}) {
  const store = useStudioStoreApi();
  return (
    <div className="revision-view__main">
      <div className="revision-banner" role="status">
        <span dir="auto">{t('revisions.previewBanner', { label })}</span>
        {onTimeline !== undefined && (
          <button type="button" onClick={onTimeline}>
            {t('revisions.timeline')}
          </button>
        )}
        <button type="button" onClick={() => store.getState().closeRevisionView()}>
          {t('revisions.back')}
        </button>
      </div>
      {children}
      <RevisionCanvas map={map} />
    </div>
  );
}

/**
 * What the canvas area shows while the store's `revisionView` is set: a read-only preview of one
 * revision, or two versions compared. Escape (or "Back to current map") returns to the open map,
 * which was never touched.
 */
export function RevisionView({ db }: { db?: StudioDb | null }) {
  const store = useStudioStoreApi();
  const view = useStudioStore((state) => state.revisionView);
  const current = useStudioStore((state) => state.doc?.map ?? null);
  const [timelineOpen, setTimelineOpen] = useState(false);
  // The timeline's step, shown instead of the store's view while the timeline is open.
  const [step, setStep] = useState<TimelineShown | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A dialog over the view closes first, by its own Escape.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]') !== null) return;
      event.preventDefault();
      store.getState().closeRevisionView();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  const openTimeline = useCallback(() => setTimelineOpen(true), []);
  const closeTimeline = useCallback(() => {
    setTimelineOpen(false);
    setStep(null);
  }, []);
  const showError = useCallback((message: string) => store.getState().showError(message), [store]);

  if (view === null || current === null) return null;

  if (timelineOpen) {
    const shown = step ?? (view.kind === 'preview' ? { label: view.label, map: view.map } : view.after);
    return (
      <div className="revision-view revision-view--timeline">
        <PreviewView label={shown.label} map={shown.map}>
          <TimelineScrubber
            mapId={current.id}
            mapTitle={current.title}
            currentMap={current}
            startRevisionId={view.kind === 'preview' ? view.revisionId : view.after.revisionId}
            onShow={setStep}
            onError={showError}
            onClose={closeTimeline}
            db={db}
          />
        </PreviewView>
      </div>
    );
  }

  return (
    <div className="revision-view">
      {view.kind === 'preview' ? (
        <PreviewView label={view.label} map={view.map} onTimeline={openTimeline} />
      ) : (
        <ComparisonView view={view} onTimeline={openTimeline} />
      )}
    </div>
  );
}
