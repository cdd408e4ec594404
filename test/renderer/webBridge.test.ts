import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { createStudioApi } from '../../renderer/src/bridge';
import { createWebStudioApi, OPEN_DIALOG_ACCEPT } from '../../renderer/src/bridge/web';

/** The file input the bridge put into the page, once it has been clicked. */
function spyOnFileInputClicks() {
  const clicked: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    clicked.push(this);
  });
  return clicked;
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function onlyInput(clicked: HTMLInputElement[]): HTMLInputElement {
  const [input] = clicked;
  if (clicked.length !== 1 || input === undefined)
    throw new Error(`expected one file chooser, got ${clicked.length}`);
  return input;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the web bridge', () => {
  it('shows a file chooser for maps and JSON at once, inside the user gesture', () => {
    const clicked = spyOnFileInputClicks();

    void createWebStudioApi(document).openMapDialog();

    const input = onlyInput(clicked);
    expect(input.type).toBe('file');
    expect(input.accept).toBe(OPEN_DIALOG_ACCEPT);
    expect(input.accept.split(',')).toEqual(expect.arrayContaining(['.cxmap', '.json', 'application/json']));
    expect(input.hidden).toBe(true);
  });

  it('reads the chosen file whole, with its name and no path', async () => {
    const clicked = spyOnFileInputClicks();
    const contents = '{"format":"cxmap"}';

    const opened = createWebStudioApi(document).openMapDialog();
    choose(onlyInput(clicked), [new File([contents], 'grocery.cxmap', { type: 'application/json' })]);
    const result = await opened;

    if (!result.ok) throw new Error(`expected a file, got ${result.error.kind}`);
    expect(result.value.name).toBe('grocery.cxmap');
    expect(result.value.path).toBeNull();
    expect(new TextDecoder().decode(result.value.bytes)).toBe(contents);
  });

  it('reports a closed chooser as cancelled and removes its input', async () => {
    const clicked = spyOnFileInputClicks();

    const opened = createWebStudioApi(document).openMapDialog();
    const input = onlyInput(clicked);
    input.dispatchEvent(new Event('cancel'));

    expect(await opened).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(input.isConnected).toBe(false);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const clicked = spyOnFileInputClicks();
    const huge = new File(['{}'], 'huge.cxmap');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    const read = vi.spyOn(huge, 'arrayBuffer');

    const opened = createWebStudioApi(document).openMapDialog();
    choose(onlyInput(clicked), [huge]);

    expect(await opened).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES, path: 'huge.cxmap' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('settles a forgotten chooser as cancelled when a new one opens', async () => {
    spyOnFileInputClicks();
    const api = createWebStudioApi(document);

    const first = api.openMapDialog();
    void api.openMapDialog();

    expect(await first).toEqual({ ok: false, error: { kind: 'cancelled' } });
  });

  it('has no menu and no OS files to report, and unsubscribing is harmless', () => {
    const api = createWebStudioApi(document);
    const listener = vi.fn();

    api.onMenuCommand(listener)();
    api.onOpenFile(listener)();

    expect(listener).not.toHaveBeenCalled();
    expect(api.platform).toBe('web');
  });

  it('opens only web and mail links, in a new tab without access to this page', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = createWebStudioApi(document);

    expect(await api.openExternal('https://example.com/research')).toBe(true);
    expect(await api.openExternal('mailto:cx@example.com')).toBe(true);
    expect(await api.openExternal('javascript:alert(1)')).toBe(false);
    expect(await api.openExternal('file:///etc/passwd')).toBe(false);
    expect(await api.openExternal('not a url')).toBe(false);

    expect(open.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/research',
      'mailto:cx@example.com',
    ]);
    expect(open.mock.calls[0]?.[2]).toContain('noopener');
  });
});

describe('createStudioApi', () => {
  it('uses the preload’s bridge in Electron', () => {
    const electronApi = { ...createWebStudioApi(document), platform: 'electron' as const };

    expect(createStudioApi({ studio: electronApi, document })).toBe(electronApi);
  });

  it('falls back to the browser bridge elsewhere', () => {
    expect(createStudioApi(window).platform).toBe('web');
  });
});
