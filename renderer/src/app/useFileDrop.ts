import { useEffect, useState } from 'react';
import { MAX_FILE_BYTES } from '../../../shared/format';
import type { FileResult, OpenedFile } from '../../../shared/ipc/contract';
import { openFileResult } from '../commands';
import { useStudioStoreApi } from '../store';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Reads a dropped file the way Open… does. The size is checked before reading, so a huge file is
 * refused without being loaded into memory. A page never learns the file's path, so the dropped map
 * has none: its first save asks where (as in the browser).
 */
async function readDroppedFile(file: File): Promise<FileResult<OpenedFile>> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, error: { kind: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
  try {
    return {
      ok: true,
      value: { name: file.name, path: null, bytes: new Uint8Array(await file.arrayBuffer()) },
    };
  } catch (error) {
    return { ok: false, error: { kind: 'io', path: file.name, message: String(error) } };
  }
}

/**
 * Dropping a file anywhere on the window opens it (a refusal is explained as for Open…). Returns
 * whether a file is being dragged over the window, for the "Drop to open" overlay.
 */
export function useFileDrop(): boolean {
  const store = useStudioStoreApi();
  const [isDragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the window is left.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) navigates to the dropped file instead.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      void readDroppedFile(file).then((result) => openFileResult(result, store));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);

  return isDragging;
}
