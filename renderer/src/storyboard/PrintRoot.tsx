import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './storyboard.css';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * A print-only container beside the app (`.print-root`, hidden on screen; print CSS hides the app
 * and shows it), with the `@page` rule of this print. Once laid out and fonts are loaded it sets
 * `data-storyboard-ready` and calls `onReady` once: then printing it gives the whole document.
 */
export function PrintRoot({
  pageRule,
  onReady,
  children,
}: {
  /** A `@page` rule built by our code (never from the file). */
  pageRule: string;
  onReady(): void;
  children: ReactNode;
}) {
  const [ready, setReady] = useState(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    let current = true;
    void (async () => {
      await nextFrame();
      await document.fonts?.ready;
      await nextFrame();
      if (!current) return;
      setReady(true);
      onReadyRef.current();
    })();
    return () => {
      current = false;
    };
  }, []);
  return createPortal(
    <div className="print-root" data-storyboard-ready={ready ? 'true' : undefined}>
      <style>{pageRule}</style>
      {children}
    </div>,
    document.body,
  );
}
