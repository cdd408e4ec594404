import type { ClipboardFragment } from '../../../shared/logic';
import { parseClipboardFragment } from '../../../shared/logic';

/** The part of `navigator.clipboard` we use; absent in old browsers, insecure pages and some tests. */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

/** Marks our JSON among whatever else the system clipboard may hold (a sentence, another app's data). */
const CLIPBOARD_MARKER = 'cxmapClipboard';

export function serializeFragment(fragment: ClipboardFragment): string {
  return JSON.stringify({ [CLIPBOARD_MARKER]: 1, items: fragment.items, links: fragment.links });
}

/** Our fragment from clipboard text, or null for anything else: text is untrusted and never throws. */
export function fragmentFromText(text: string): ClipboardFragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !(CLIPBOARD_MARKER in value)) return null;
  if ((value as Record<string, unknown>)[CLIPBOARD_MARKER] !== 1) return null;
  const parsed = parseClipboardFragment(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * Puts a copy on the system clipboard too, so it can be pasted into another window. The API may be
 * missing or the permission denied: the in-app clipboard already holds the copy, so say nothing.
 */
export async function writeFragment(clipboard: TextClipboard | null, fragment: ClipboardFragment) {
  if (clipboard === null) return;
  try {
    await clipboard.writeText(serializeFragment(fragment));
  } catch {
    // Denied or unavailable: the in-app copy still works.
  }
}

/** Reads a fragment another window copied; null when there is none or the clipboard can't be read. */
export async function readFragment(clipboard: TextClipboard | null): Promise<ClipboardFragment | null> {
  if (clipboard === null) return null;
  try {
    return fragmentFromText(await clipboard.readText());
  } catch {
    return null;
  }
}
