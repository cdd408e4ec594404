import { afterEach, describe, expect, it, vi } from 'vitest';
import { CXMAP_MIME_TYPE, MAX_FILE_BYTES, type SaveMapRequest } from '../../shared/ipc/contract';
import { createWebStudioApi, downloadNameFor } from '../../renderer/src/bridge/web';

const request = (overrides: Partial<SaveMapRequest> = {}): SaveMapRequest => ({
  path: null,
  suggestedName: 'Grocery journey',
  text: '{"format":"cxmap"}',
  expectedMtimeMs: null,
  ...overrides,
});

/** Catches the download link the bridge clicks, and the Blob behind its URL. */
function spyOnDownloads() {
  const downloads: { name: string; blob: Blob | undefined }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:journey/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) });
  });
  return downloads;
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'showSaveFilePicker');
});

describe('saving in a browser', () => {
  it('downloads the map under a name made from its title, and leaves no link behind', async () => {
    const downloads = spyOnDownloads();
    const result = await createWebStudioApi(document).saveMap(request());
    expect(result).toEqual({ ok: true, value: { name: 'Grocery journey.cxmap', path: null, mtimeMs: null } });
    expect(downloads.map((download) => download.name)).toEqual(['Grocery journey.cxmap']);
    expect(downloads[0]?.blob?.type).toBe(CXMAP_MIME_TYPE);
    expect(await downloads[0]?.blob?.text()).toBe('{"format":"cxmap"}');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('uses the save picker where the browser has one, and reports a closed picker as cancelled', async () => {
    const written: Blob[] = [];
    const showSaveFilePicker = vi.fn(() =>
      Promise.resolve({
        name: 'picked.cxmap',
        createWritable: () =>
          Promise.resolve({
            write: (data: Blob) => {
              written.push(data);
              return Promise.resolve();
            },
            close: () => Promise.resolve(),
          }),
      }),
    );
    Object.defineProperty(window, 'showSaveFilePicker', { value: showSaveFilePicker, configurable: true });
    const api = createWebStudioApi(document);
    await expect(api.saveMap(request())).resolves.toEqual({
      ok: true,
      value: { name: 'picked.cxmap', path: null, mtimeMs: null },
    });
    expect(await written[0]?.text()).toBe('{"format":"cxmap"}');
    expect(showSaveFilePicker).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'Grocery journey.cxmap' }),
    );

    showSaveFilePicker.mockImplementationOnce(() => Promise.reject(new DOMException('closed', 'AbortError')));
    await expect(api.saveMap(request())).resolves.toEqual({ ok: false, error: { kind: 'cancelled' } });
  });

  it('refuses a map over the size limit', async () => {
    const downloads = spyOnDownloads();
    const result = await createWebStudioApi(document).saveMap(
      request({ text: 'x'.repeat(MAX_FILE_BYTES + 1) }),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1 } });
    expect(downloads).toEqual([]);
  });

  it('makes safe download names', () => {
    expect(downloadNameFor('../secret/plan')).toBe('secret plan.cxmap');
    expect(downloadNameFor('   ')).toBe('Untitled map.cxmap');
    expect(downloadNameFor('Carte client — été')).toBe('Carte client — été.cxmap');
  });
});

describe('the rest of the files API in a browser', () => {
  it('lists no recent maps, watches nothing and shows the document in the tab title', async () => {
    const api = createWebStudioApi(document);
    await expect(api.listRecent()).resolves.toEqual([]);
    await expect(api.watchFile('/x.cxmap')).resolves.toBe(false);
    await expect(api.openRecent('/x.cxmap')).resolves.toMatchObject({ ok: false });
    expect(typeof api.onFileChanged(() => undefined)).toBe('function');
    await api.setDocumentState({ title: 'Grocery journey', filePath: null, dirty: true });
    expect(document.title).toBe('• Grocery journey — Journey Studio');
  });
});
