import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/model';
import type { FakeStudioApi } from './fakeStudioApi';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';
import { present } from './present';

const toolbar = () => screen.getByRole('toolbar', { name: 'Main toolbar' });
const toolbarButton = (name: string) => within(toolbar()).getByRole('button', { name });

const textsOf = (elements: readonly HTMLElement[]) => elements.map((element) => element.textContent ?? '');

/** Opens `map` through the toolbar's Open… and waits until its cards are on the canvas. */
async function openThroughToolbar(api: FakeStudioApi, name: string, map: JourneyMap) {
  api.pickFile(name, fileBytes(documentOf(map)));
  await userEvent.click(toolbarButton('Open…'));
  return screen.findAllByTestId('item-node');
}

describe('the empty window', () => {
  it('invites the user to open a map and shows no canvas, no alert', () => {
    renderStudio();

    expect(screen.getByRole('heading', { name: 'Open a map or start a new one' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Open…' })).toHaveLength(2);
    expect(document.querySelector('.react-flow')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe('Journey Studio');
  });

  it('has the toolbar of the UI contract, with the shortcut in the tooltip', () => {
    renderStudio();

    expect(toolbarButton('Open…').getAttribute('title')).toBe('Open… (Ctrl+O)');
    for (const name of ['Zoom in', 'Zoom out', 'Zoom to fit']) {
      expect((toolbarButton(name) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('opens the dialog from the empty state’s own Open… button', async () => {
    const { api } = renderStudio();
    const emptyState = screen
      .getByRole('heading', { name: 'Open a map or start a new one' })
      .closest('section');
    if (emptyState === null) throw new Error('the heading is not inside the empty state');

    await userEvent.click(within(emptyState).getByRole('button', { name: 'Open…' }));

    expect(api.openDialogCalls).toBe(1);
  });
});

describe('opening a map', () => {
  it('shows every stage, lane and item, each kind distinct, and the links as edges', async () => {
    const map = commuteMap();
    const { api } = renderStudio();

    const cards = await openThroughToolbar(api, 'commute.cxmap', map);

    expect(textsOf(screen.getAllByTestId('stage-header'))).toEqual(
      map.stages.map((stage) => expect.stringContaining(stage.name)),
    );
    expect(textsOf(screen.getAllByTestId('lane-header'))).toEqual(
      map.lanes.map((lane) => expect.stringContaining(lane.name)),
    );
    expect(cards).toHaveLength(map.items.length);
    for (const item of map.items) {
      const card = cards.find((candidate) => candidate.textContent?.includes(item.title));
      expect(card?.dataset['kind']).toBe(item.kind);
    }
    await waitFor(() =>
      expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(map.links.length),
    );
    expect(document.querySelector('.react-flow__minimap')).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Open a map or start a new one' })).toBeNull();
    expect(document.title).toBe(`${map.title} — Journey Studio`);
  });

  it('marks friction with its severity and names it fully for screen readers', async () => {
    const map = commuteMap();
    const friction = map.items.find((item) => item.kind === 'friction');
    const stage = map.stages.find((candidate) => candidate.id === friction?.stageId);
    if (friction?.severity === undefined || stage === undefined)
      throw new Error('the sample needs a friction');
    const { api } = renderStudio();

    await openThroughToolbar(api, 'commute.cxmap', map);
    const card = screen.getByRole('group', {
      name: `Friction: ${friction.title}, severity ${friction.severity}, stage ${stage.name}`,
    });

    expect(card.dataset['kind']).toBe('friction');
    expect(within(card).getByText(`Severity ${friction.severity}`)).toBeTruthy();
    expect(card.tabIndex).toBe(0);
  });

  it('gives each kind its own marker: channel, magic sparkle, idea', async () => {
    const map = commuteMap();
    const { api } = renderStudio();

    const cards = await openThroughToolbar(api, 'commute.cxmap', map);
    const cardOf = (kind: string) => {
      const card = cards.find((candidate) => candidate.dataset['kind'] === kind);
      if (card === undefined) throw new Error(`no ${kind} card`);
      return card;
    };

    expect(cardOf('touchpoint').textContent).toMatch(/App|In person/);
    expect(cardOf('magic').textContent).toContain('✦');
    expect(cardOf('opportunity').textContent).toContain('Idea');
  });

  it('keeps a long title whole in the tooltip while the card may cut it short', async () => {
    const map = commuteMap();
    const longTitle = `${'A very long touchpoint title that keeps going '.repeat(4)}end`;
    map.items[0] = { ...present(map.items[0]), title: longTitle };
    const { api } = renderStudio();

    await openThroughToolbar(api, 'long.cxmap', map);

    expect(screen.getByTitle(longTitle).textContent).toBe(longTitle);
  });

  it('names an untitled map in the window title', async () => {
    const { api } = renderStudio();

    await openThroughToolbar(api, 'untitled.cxmap', { ...commuteMap(), title: '  ' });

    expect(document.title).toBe('Untitled journey — Journey Studio');
  });

  it('replaces the open map with the next one and fits the view again', async () => {
    const first = commuteMap();
    const second = { ...commuteMap(), title: 'Second map', stages: [{ id: 'st-find', name: 'Only stage' }] };
    second.items = second.items.filter((item) => item.stageId === 'st-find');
    second.links = [];
    const { api, store } = renderStudio();

    await openThroughToolbar(api, 'first.cxmap', first);
    const viewBefore = store.getState().viewRequest;
    await openThroughToolbar(api, 'second.cxmap', second);

    await waitFor(() => expect(screen.getAllByTestId('item-node')).toHaveLength(second.items.length));
    expect(textsOf(screen.getAllByTestId('stage-header'))).toEqual([expect.stringContaining('Only stage')]);
    expect(document.title).toBe('Second map — Journey Studio');
    expect(store.getState().viewRequest).toEqual({ kind: 'open', sequence: viewBefore.sequence + 1 });
  });

  it('selects an item when it is clicked', async () => {
    const map = commuteMap();
    const { api, store } = renderStudio();
    await openThroughToolbar(api, 'commute.cxmap', map);
    const target = present(map.items[2]);

    // A plain click event: user-event's mousedown reaches d3-zoom, which needs a real window.
    fireEvent.click(screen.getByText(target.title));

    await waitFor(() => expect(store.getState().selectedItemIds).toEqual([target.id]));
    const card = screen.getByText(target.title).closest('[data-testid="item-node"]');
    expect(card?.getAttribute('aria-description')).toBe('Selected');
  });
});

describe('a file that cannot be opened', () => {
  it('explains the problem in an alert and keeps the open map as it was', async () => {
    const map = commuteMap();
    const { api } = renderStudio();
    await openThroughToolbar(api, 'commute.cxmap', map);
    const broken = commuteMap();
    broken.items[0] = { ...present(broken.items[0]), stageId: 'st-nowhere' };
    api.pickFile('broken.cxmap', fileBytes(documentOf(broken)));

    await userEvent.click(toolbarButton('Open…'));
    const alert = await screen.findByRole('alert');

    expect(alert.textContent).toContain(
      `“broken.cxmap” can’t be opened: item “${broken.items[0].title}” points at a stage that does not exist (st-nowhere).`,
    );
    expect(textsOf(screen.getAllByTestId('item-node'))).toEqual(
      map.items.map((item) => expect.stringContaining(item.title)),
    );
    expect(document.title).toBe(`${map.title} — Journey Studio`);
  });

  it('goes away on Dismiss', async () => {
    const { api } = renderStudio();
    api.pickFile('notes.txt', new TextEncoder().encode('shopping list: milk, eggs'));

    await userEvent.click(toolbarButton('Open…'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“notes.txt” can’t be opened');
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Open a map or start a new one' })).toBeTruthy();
  });

  it('names a file the bridge refused for its size', async () => {
    const { api } = renderStudio();
    api.answerDialog({
      ok: false,
      error: { kind: 'too-large', bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024, path: 'huge.cxmap' },
    });

    await userEvent.click(toolbarButton('Open…'));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /“huge\.cxmap” can’t be opened: .*60 MB.*50 MB/,
    );
  });

  it('reports a dialog that failed outright instead of failing silently', async () => {
    const { api } = renderStudio();
    api.breakDialog(new Error('IPC channel closed'));

    await userEvent.click(toolbarButton('Open…'));

    expect((await screen.findByRole('alert')).textContent).toContain('IPC channel closed');
  });

  it('says nothing when the user cancels the dialog', async () => {
    const { api } = renderStudio();
    api.answerDialog({ ok: false, error: { kind: 'cancelled' } });

    await userEvent.click(toolbarButton('Open…'));

    await waitFor(() => expect(api.openDialogCalls).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Open a map or start a new one' })).toBeTruthy();
  });
});

describe('ways to open a map', () => {
  it('opens the dialog on Ctrl+O, and keeps the browser from opening its own', async () => {
    const { api } = renderStudio();

    const notPrevented = fireEvent.keyDown(window, { key: 'o', code: 'KeyO', ctrlKey: true });

    expect(notPrevented).toBe(false);
    await waitFor(() => expect(api.openDialogCalls).toBe(1));
  });

  it('ignores O without Ctrl, and Ctrl+Shift+O', async () => {
    const { api } = renderStudio();

    fireEvent.keyDown(window, { key: 'o', code: 'KeyO' });
    fireEvent.keyDown(window, { key: 'O', code: 'KeyO', ctrlKey: true, shiftKey: true });

    expect(api.openDialogCalls).toBe(0);
  });

  it('opens the dialog when the native menu sends file.open', async () => {
    const { api } = renderStudio();
    const map = commuteMap();
    api.pickFile('commute.cxmap', fileBytes(documentOf(map)));

    act(() => api.emitMenuCommand('file.open'));

    expect(await screen.findAllByTestId('item-node')).toHaveLength(map.items.length);
    expect(api.openDialogCalls).toBe(1);
  });

  it('does not stack a second dialog while the first is open', async () => {
    const { api } = renderStudio();

    act(() => {
      api.emitMenuCommand('file.open');
      fireEvent.keyDown(window, { key: 'o', code: 'KeyO', ctrlKey: true });
    });

    await waitFor(() => expect(api.openDialogCalls).toBe(1));
  });

  it('opens a file the OS hands over (double-click, second launch)', async () => {
    const { api } = renderStudio();
    const map = commuteMap();

    act(() =>
      api.emitOpenFile({
        ok: true,
        value: { name: 'c.cxmap', path: '/maps/c.cxmap', bytes: fileBytes(documentOf(map)) },
      }),
    );

    expect(await screen.findAllByTestId('item-node')).toHaveLength(map.items.length);
  });

  it('explains a file the OS could not read', async () => {
    const { api } = renderStudio();

    act(() => api.emitOpenFile({ ok: false, error: { kind: 'not-found', path: '/maps/gone.cxmap' } }));

    expect((await screen.findByRole('alert')).textContent).toContain('“gone.cxmap” can’t be opened');
  });

  it('stops listening to the bridge when the window goes away', () => {
    const { api, unmount } = renderStudio();
    expect(api.menuListenerCount).toBe(1);

    unmount();

    expect(api.menuListenerCount).toBe(0);
  });
});

describe('the view commands', () => {
  it('are enabled once a map is open and zoom to fit asks the canvas to fit', async () => {
    const { api, store } = renderStudio();
    await openThroughToolbar(api, 'commute.cxmap', commuteMap());
    const viewBefore = store.getState().viewRequest;

    for (const name of ['Zoom in', 'Zoom out', 'Zoom to fit']) {
      expect((toolbarButton(name) as HTMLButtonElement).disabled).toBe(false);
    }
    await userEvent.click(toolbarButton('Zoom to fit'));
    act(() => api.emitMenuCommand('view.zoomToFit'));

    expect(store.getState().viewRequest).toEqual({ kind: 'fit', sequence: viewBefore.sequence + 2 });
  });
});

describe('text from files', () => {
  it('renders markup literally and never as elements', async () => {
    const map = commuteMap();
    map.title = '<img src=x onerror="document.title=\'pwned\'"> Q4 review';
    map.stages[0] = { ...present(map.stages[0]), name: '<b>bold</b> stage' };
    map.lanes[0] = { ...present(map.lanes[0]), name: '{{constructor.constructor("alert(4)")()}} lane' };
    map.items[0] = { ...present(map.items[0]), title: '<script>window.__pwned=1</script>Search ad' };
    map.links[1] = { ...present(map.links[1]), label: '"><svg onload=alert(3)>' };
    const { api } = renderStudio();

    await openThroughToolbar(api, 'xss.cxmap', map);

    expect(screen.getByText(map.items[0].title)).toBeTruthy();
    expect(textsOf(screen.getAllByTestId('stage-header'))[0]).toContain('<b>bold</b> stage');
    expect(textsOf(screen.getAllByTestId('lane-header'))[0]).toContain(map.lanes[0].name);
    expect(document.querySelector('img[src="x"], b, script, [onerror], [onload]')).toBeNull();
    expect(document.title).toBe(`${map.title} — Journey Studio`);
    expect('__pwned' in window).toBe(false);
  });
});

describe('the side panel', () => {
  it('collapses and comes back', async () => {
    renderStudio();
    const panel = screen.getByRole('complementary', { name: 'Inspector' });

    await userEvent.click(within(panel).getByRole('button', { name: 'Hide panel' }));
    expect(within(panel).getByRole('button', { name: 'Show panel' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Show panel' }));

    expect(within(panel).getByRole('button', { name: 'Hide panel' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
