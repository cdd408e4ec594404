import type { FileResult, OpenedFile } from '../../../shared/ipc/contract';
import { describeFileError, describeFormatError, tCount } from '../i18n';
import type { StudioStore } from '../store';
import { importFileHistory } from '../history/recording';
import { readCxmapOffThread } from '../workers/documentReader';

/**
 * Beyond this many items the canvas stays usable but slower than we promise (measured by `npm run bench`
 * up to 2,000; opened and saved without errors at 5,000): the user is told rather than surprised.
 */
export const LARGE_MAP_ITEMS = 5_000;

/** The latest file each studio was asked to open: only its answer counts. */
const latestOpen = new WeakMap<StudioStore, number>();

/**
 * What happens to a file the user picked, dropped or double-clicked: a readable map replaces the
 * open one; anything else is explained in an alert and the open map stays as it was. The file is read
 * and validated in a worker, so the window stays responsive; if another file is opened meanwhile, the
 * later one wins, whichever finishes reading first.
 */
export async function openFileResult(result: FileResult<OpenedFile>, store: StudioStore): Promise<void> {
  const { loadDocument, showError } = store.getState();
  if (!result.ok) {
    // Closing the dialog is a decision, not a failure: nothing to say.
    if (result.error.kind !== 'cancelled') showError(describeFileError(result.error, ''));
    return;
  }
  const file = result.value;
  const ticket = (latestOpen.get(store) ?? 0) + 1;
  latestOpen.set(store, ticket);
  // User Timing for `npm run bench` (test/bench): parse + validate + load into the store.
  performance.mark('studio:open-start');
  const parsed = await readCxmapOffThread(file.bytes);
  if (latestOpen.get(store) !== ticket) return;
  if (!parsed.ok) {
    showError(describeFormatError(parsed.error, file.name));
    return;
  }
  loadDocument(parsed.value, { fileName: file.name, filePath: file.path, mtimeMs: file.mtimeMs ?? null });
  performance.measure('studio:open', 'studio:open-start');
  const itemCount = parsed.value.map.items.length;
  if (itemCount > LARGE_MAP_ITEMS) {
    store
      .getState()
      .showNotice(tCount('open.largeMap', itemCount, { limit: LARGE_MAP_ITEMS.toLocaleString('en') }));
  }
  // The file's history joins the local one in the background; the map is already open.
  void importFileHistory(store, parsed.value);
}
