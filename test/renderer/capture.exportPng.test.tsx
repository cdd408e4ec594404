import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaptureView } from '../../renderer/src/capture/CaptureView';
import { readCxmap, serializeCxmap } from '../../shared/format';
import type {
  CaptureApi,
  CapturePayload,
  CaptureReady,
  ExportPngRequest,
  FileResult,
} from '../../shared/ipc/contract';
import { FakeStudioApi } from './fakeStudioApi';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** The Electron bridge's capture group, recording what the dialog asked main for. */
class CapturingStudioApi extends FakeStudioApi {
  readonly pngRequests: ExportPngRequest[] = [];
  nextPngResult: FileResult<{ readonly name: string }> | null = null;
  readonly capture: CaptureApi = {
    exportPng: (request) => {
      this.pngRequests.push(request);
      return Promise.resolve(this.nextPngResult ?? { ok: true, value: { name: request.suggestedName } });
    },
    onPayload: () => () => undefined,
    ready: () => undefined,
  };
}

function openCommute(api: FakeStudioApi) {
  const view = renderStudio(api);
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  return view;
}

describe('Export PNG in Electron', () => {
  it('hands the whole document, size and background to main, named after the map', async () => {
    const user = userEvent.setup();
    const api = new CapturingStudioApi();
    const { store } = openCommute(api);
    act(() => store.getState().openDialog({ kind: 'exportPng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the map as PNG' });
    await user.click(within(dialog).getByRole('radio', { name: /\(1×\)/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include the background' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export PNG' }));

    await waitFor(() => expect(api.pngRequests).toHaveLength(1));
    const [request] = api.pngRequests;
    expect(request).toMatchObject({
      suggestedName: `${commuteMap().title}.png`,
      scale: 1,
      background: false,
    });
    const read = readCxmap(request?.documentText ?? '');
    expect(read.ok && read.value.map.items.map((item) => item.title)).toEqual(
      commuteMap().items.map((item) => item.title),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export the map as PNG' })).toBeNull());
  });

  it('says why main could not export and keeps the dialog open; a cancelled save is no error', async () => {
    const user = userEvent.setup();
    const api = new CapturingStudioApi();
    api.nextPngResult = {
      ok: false,
      error: { kind: 'io', path: 'Map.png', message: 'the map took too long' },
    };
    const { store } = openCommute(api);
    act(() => store.getState().openDialog({ kind: 'exportPng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the map as PNG' });
    await user.click(within(dialog).getByRole('button', { name: 'Export PNG' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/^The export failed: .+/);

    api.nextPngResult = { ok: false, error: { kind: 'cancelled' } };
    await user.click(within(dialog).getByRole('button', { name: 'Export PNG' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Export the map as PNG' })).toBeTruthy();
  });
});

describe('Export PNG of a large map', () => {
  /** The commute map with its first card copied until it holds `count` items. */
  function largeCommute(count: number) {
    const map = commuteMap();
    const [first] = map.items;
    if (first === undefined) throw new Error('the commute map has items');
    const copies = Array.from({ length: count - map.items.length }, (_, index) => ({
      ...first,
      id: `copy-${index}`,
      order: first.order + index + 1,
    }));
    return { ...map, items: [...map.items, ...copies] };
  }

  function openExportDialog(api: FakeStudioApi, itemCount: number) {
    const view = renderStudio(api);
    act(() =>
      view.store
        .getState()
        .loadDocument(documentOf(largeCommute(itemCount)), { fileName: 'big.cxmap', filePath: null }),
    );
    act(() => view.store.getState().openDialog({ kind: 'exportPng' }));
    return screen.findByRole('dialog', { name: 'Export the map as PNG' });
  }

  it('warns in a browser that a big map takes long, before anything starts', async () => {
    const dialog = await openExportDialog(new FakeStudioApi(), 450);
    expect(dialog.textContent).toContain('This map has 450 items');
    expect(dialog.textContent).toContain('The desktop app draws it in seconds');
  });

  it('does not warn where the desktop capture draws it', async () => {
    const dialog = await openExportDialog(new CapturingStudioApi(), 450);
    expect(dialog.textContent).not.toContain('This map has');
  });
});

describe('the capture view', () => {
  it('draws the payload’s map and reports its size, titles as text', async () => {
    const map = {
      ...commuteMap(),
      items: commuteMap().items.map((item, index) => (index === 0 ? { ...item, title: '<b>x</b>' } : item)),
    };
    const text = serializeCxmap(documentOf(map));
    if (!text.ok) throw new Error('the sample does not serialize');
    const ready: CaptureReady[] = [];
    let deliver: ((payload: CapturePayload) => void) | null = null;
    const capture: CaptureApi = {
      exportPng: null,
      onPayload: (listener) => {
        deliver = listener;
        return () => undefined;
      },
      ready: (result) => ready.push(result),
    };
    const { container } = render(<CaptureView capture={capture} />);
    act(() => deliver?.({ documentText: text.value, scale: 2, background: true }));
    await waitFor(() => expect(ready).toHaveLength(1));
    expect(ready[0]).toMatchObject({ ok: true });
    expect(container.querySelectorAll('.capture-node--item')).toHaveLength(map.items.length);
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });
});
