/** How long a download's object URL lives: the browser has started the download well before. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Characters no file system takes in a name, and controls; the rest of the title stays readable. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "Grocery journey.mmd" from a map title: never empty, no folder separators, the given extension. */
export function exportFileName(title: string, extension: string, fallback: string): string {
  const base = title.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || fallback;
  return `${base}.${extension}`;
}

/**
 * Hands a generated file (Mermaid text, CSV, PNG, PDF) to the user as a download. In Electron the same
 * call shows the save dialog (Chromium's download handling), so exports need nothing from main.
 */
export function downloadFile(doc: Document, name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  (doc.defaultView ?? globalThis).setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
