import { useEffect, useState } from 'react';
import { readCxmap } from '../../../shared/format';
import type { CaptureApi, CapturePayload } from '../../../shared/ipc/contract';
import type { JourneyMap } from '../../../shared/model';
import { describeFormatError, t } from '../i18n';
import { CaptureMap, useCaptureNodes } from './CaptureMap';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

type CaptureState =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'drawing'; readonly map: JourneyMap; readonly background: boolean }
  | { readonly kind: 'failed'; readonly reason: string };

/** Reads the payload's document; a file the app would refuse is refused here too, with its reason. */
export function captureStateFor(payload: CapturePayload): CaptureState {
  const read = readCxmap(payload.documentText);
  if (!read.ok) return { kind: 'failed', reason: describeFormatError(read.error, t('capture.documentName')) };
  return { kind: 'drawing', map: read.value.map, background: payload.background };
}

/** Draws the map and says "ready" once fonts are loaded and two frames have painted it. */
function DrawnMap({
  map,
  background,
  capture,
}: {
  map: JourneyMap;
  background: boolean;
  capture: CaptureApi;
}) {
  const { bounds } = useCaptureNodes(map);
  useEffect(() => {
    let live = true;
    void (async () => {
      // Text measured in a fallback font would be captured in it; jsdom has no font loading at all.
      if ('fonts' in document) await document.fonts.ready;
      await nextFrame();
      await nextFrame();
      if (live) capture.ready({ ok: true, width: bounds.width, height: bounds.height });
    })();
    return () => {
      live = false;
    };
  }, [capture, bounds]);
  return <CaptureMap map={map} background={background} />;
}

/**
 * `?view=capture`: the page the PNG capture rasterises (Electron's hidden window, the bench). It takes
 * one payload from the bridge and draws that map, nothing else: no toolbar, panels or editing.
 */
export function CaptureView({ capture }: { capture: CaptureApi | undefined }) {
  const [state, setState] = useState<CaptureState>({ kind: 'waiting' });
  useEffect(() => {
    if (capture === undefined) return undefined;
    return capture.onPayload((payload) => {
      const next = captureStateFor(payload);
      if (next.kind === 'failed') capture.ready({ ok: false, reason: next.reason });
      setState(next);
    });
  }, [capture]);
  if (capture === undefined || state.kind === 'failed')
    return (
      <p className="capture-failed" role="alert">
        {state.kind === 'failed' ? state.reason : t('capture.unavailable')}
      </p>
    );
  if (state.kind === 'waiting') return null;
  return <DrawnMap map={state.map} background={state.background} capture={capture} />;
}
