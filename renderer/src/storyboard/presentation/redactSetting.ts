import { useCallback, useEffect, useState } from 'react';
import { defaultStudioDb } from '../../db';
import type { StudioDb } from '../../db';

/**
 * "Redact personal data in exports": one remembered setting (the `settings` table, key `redactExports`)
 * rather than a question on every export. The quotes CSV follows it directly; the storyboard dialog
 * and presentation mode take it as the default of their own checkbox. Off by default: a team exporting
 * for itself needs the quotes as written, and turning it on is one click in the Quotes panel.
 */
export const REDACT_EXPORTS_KEY = 'redactExports';

export async function readRedactExports(db: StudioDb | null = defaultStudioDb()): Promise<boolean> {
  if (db === null) return false;
  try {
    const row = await db.settings.get(REDACT_EXPORTS_KEY);
    return row?.value === true;
  } catch {
    // Unreadable: exports go out as before; the toggle shows "off", so the user sees which.
    return false;
  }
}

export async function writeRedactExports(
  value: boolean,
  db: StudioDb | null = defaultStudioDb(),
): Promise<void> {
  if (db === null) return;
  try {
    await db.settings.put({ key: REDACT_EXPORTS_KEY, value });
  } catch {
    // Not remembered next time; this session's toggle state still applies.
  }
}

/** The setting and a setter that remembers it; `false` until the stored value has been read. */
export function useRedactExports(): readonly [boolean, (value: boolean) => void] {
  const [redact, setRedact] = useState(false);
  useEffect(() => {
    let live = true;
    void readRedactExports().then((value) => {
      if (live) setRedact(value);
    });
    return () => {
      live = false;
    };
  }, []);
  const update = useCallback((value: boolean) => {
    setRedact(value);
    void writeRedactExports(value);
  }, []);
  return [redact, update] as const;
}
