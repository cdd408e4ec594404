import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the bench runs inside the page. Every function passed to `page.evaluate` is serialised and
 * runs in the page, so it uses only its arguments and the page's globals (kept on `window` under
 * `__bench*` names).
 */

interface BenchWindow {
  __benchFrames?: number[];
  __benchRecording?: boolean;
  __benchOpenMs?: number;
  __benchMountMs?: number;
  __benchNodeCount?: number;
  __benchPending?: Promise<number>;
  __benchMeasures?: Record<string, number[]>;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How long to wait for a change to reach the DOM before calling the measurement missed. */
const CHANGE_TIMEOUT_MS = 5_000;

/** Starts recording `requestAnimationFrame` timestamps. */
export function startFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__benchFrames = [];
    w.__benchRecording = true;
    const loop = (time: number): void => {
      if (w.__benchRecording !== true) return;
      w.__benchFrames?.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/** Stops recording; the frame times (ms between consecutive frames). */
export async function stopFrames(page: Page): Promise<number[]> {
  const stamps = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__benchRecording = false;
    return w.__benchFrames ?? [];
  });
  return stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
}

/** The viewport's zoom, from React Flow's `translate(…) scale(z)` transform. */
export function viewportZoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const match = /scale\(([\d.e+-]+)\)/.exec(viewport?.style.transform ?? '');
    return match?.[1] === undefined ? Number.NaN : Number(match[1]);
  });
}

/**
 * A point on the canvas where a drag pans: on the pane or a grid cell, not on a card, a header, a
 * control or the minimap. Nearest the canvas centre first.
 */
export function findPanPoint(page: Page): Promise<Point | null> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (flow === undefined) return null;
    const candidates: { x: number; y: number; distance: number }[] = [];
    for (let column = 1; column < 24; column += 1) {
      for (let row = 1; row < 24; row += 1) {
        const x = flow.left + (flow.width * column) / 24;
        const y = flow.top + (flow.height * row) / 24;
        const distance = Math.hypot(x - (flow.left + flow.width / 2), y - (flow.top + flow.height / 2));
        candidates.push({ x, y, distance });
      }
    }
    candidates.sort((a, b) => a.distance - b.distance);
    const pans = (x: number, y: number): boolean => {
      const target = document.elementFromPoint(x, y);
      if (target === null || target.closest('.react-flow') === null) return false;
      if (target.closest('.react-flow__panel, .react-flow__edge, .react-flow__handle, button, input'))
        return false;
      const node = target.closest('.react-flow__node');
      return node === null || node.classList.contains('react-flow__node-cell');
    };
    const found = candidates.find(({ x, y }) => pans(x, y));
    return found === undefined ? null : { x: found.x, y: found.y };
  });
}

/**
 * The card (`nodeSelector`) nearest the canvas centre and fully inside it, other than `exceptId`:
 * its React Flow id and centre.
 */
export function findCard(
  page: Page,
  nodeSelector: string,
  exceptId: string | null = null,
): Promise<{ id: string; centre: Point } | null> {
  return page.evaluate(
    ([selector, except]) => {
      const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (flow === undefined) return null;
      const cx = flow.left + flow.width / 2;
      const cy = flow.top + flow.height / 2;
      const cards = [...document.querySelectorAll<HTMLElement>(selector)]
        .map((element) => ({ id: element.dataset['id'] ?? '', box: element.getBoundingClientRect() }))
        .filter(
          ({ id, box }) =>
            id !== '' &&
            id !== except &&
            box.width > 0 &&
            box.left > flow.left + 40 &&
            box.right < flow.right - 260 &&
            box.top > flow.top + 40 &&
            box.bottom < flow.bottom - 180,
        )
        .map(({ id, box }) => ({
          id,
          centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
        }));
      cards.sort(
        (a, b) => Math.hypot(a.centre.x - cx, a.centre.y - cy) - Math.hypot(b.centre.x - cx, b.centre.y - cy),
      );
      return cards[0] ?? null;
    },
    [nodeSelector, exceptId] as const,
  );
}

/**
 * Arms a one-shot measurement: from the trigger (the first `input` or `keydown` event, or now for
 * `'now'`) to the first animation frame after the node with React Flow id `nodeId` changed (its
 * `style` for `'style'`, its text for `'text'`). Await the result with `armedResult`; -1 if nothing
 * changed in time.
 */
export function armChange(
  page: Page,
  nodeId: string,
  what: 'style' | 'text',
  trigger: 'now' | 'input' | 'keydown',
): Promise<void> {
  return page.evaluate(
    ([id, watch, startOn, timeoutMs]) => {
      const w = window as unknown as BenchWindow;
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      const container = document.querySelector('.react-flow__nodes');
      w.__benchPending = new Promise<number>((resolve) => {
        if (node === null || container === null) {
          resolve(-1);
          return;
        }
        let start = startOn === 'now' ? performance.now() : Number.NaN;
        if (startOn !== 'now') {
          window.addEventListener(startOn, () => (start = Number.isNaN(start) ? performance.now() : start), {
            capture: true,
            once: true,
          });
        }
        const textBefore = node.textContent;
        const finish = (): void => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        };
        const current = (): Element | null =>
          document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        const observer = new MutationObserver(() => {
          // The card may be re-created rather than updated: look it up again by id.
          if (watch === 'style' || current()?.textContent !== textBefore) finish();
        });
        if (watch === 'style') observer.observe(node, { attributes: true, attributeFilter: ['style'] });
        else observer.observe(container, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, timeoutMs);
      });
    },
    [nodeId, what, trigger, CHANGE_TIMEOUT_MS] as const,
  );
}

export function armedResult(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).__benchPending ?? Promise.resolve(-1));
}

/**
 * Arms the open measurement: from now to the first frame in which item cards are on the canvas, none
 * hidden (React Flow hides a node until it is measured), and the next frame shows the same count.
 */
export function armOpen(page: Page, nodeSelector: string): Promise<void> {
  return page.evaluate((selector) => {
    const w = window as unknown as BenchWindow;
    w.__benchOpenMs = undefined;
    const start = performance.now();
    let candidate: { time: number; count: number } | null = null;
    const check = (): void => {
      requestAnimationFrame(() => {
        const time = performance.now();
        const cards = [...document.querySelectorAll<HTMLElement>(selector)];
        const shown = cards.length > 0 && cards.every((card) => card.style.visibility !== 'hidden');
        if (shown && candidate !== null && candidate.count === cards.length) {
          w.__benchOpenMs = candidate.time - start;
          return;
        }
        candidate = shown ? { time, count: cards.length } : null;
        check();
      });
    };
    check();
  }, nodeSelector);
}

export async function openedMs(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as BenchWindow).__benchOpenMs,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  return Number(await handle.jsonValue());
}

export async function baselineMountMs(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as BenchWindow).__benchMountMs,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  return Number(await handle.jsonValue());
}

/** The latest duration of a User Timing measure (the app's `studio:*`), or null if none yet. */
export function lastMeasure(page: Page, name: string): Promise<number | null> {
  return page.evaluate((measure) => {
    const entries = performance.getEntriesByName(measure, 'measure');
    return entries.at(-1)?.duration ?? null;
  }, name);
}

export function clearMeasures(page: Page): Promise<void> {
  return page.evaluate(() => performance.clearMeasures());
}

/**
 * Records every `studio:*` User Timing measure of every page of `context` from its first script on,
 * under `window.__benchMeasures`. An observer, not `getEntriesByName`: the save script clears the
 * measures, and a draft write can land between two reads, so only a standing record sees them all.
 */
export async function recordMeasures(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as BenchWindow;
    const recorded: Record<string, number[]> = {};
    w.__benchMeasures = recorded;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.name.startsWith('studio:')) continue;
        (recorded[entry.name] ??= []).push(entry.duration);
      }
    }).observe({ type: 'measure', buffered: true });
  });
}

/** Every recorded duration of the measure `name` since the page loaded (empty when it never ran). */
export function recordedMeasures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (measure) => [...((window as unknown as BenchWindow).__benchMeasures?.[measure] ?? [])],
    name,
  );
}

/** Pages in a PDF that Chromium printed: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
