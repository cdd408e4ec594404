import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a database that cannot open', () => {
  it('is reported, and the app still starts and opens files', async () => {
    // Chromium's answer when its profile's IndexedDB files are damaged or locked.
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      },
    });
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    const { api } = renderStudio();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The local database could not be opened');
    expect(alert.textContent).toContain('you can still open and save files');

    api.pickFile('commute.cxmap', fileBytes(documentOf(commuteMap())));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open…' })[0] ?? document.body);
    expect((await screen.findAllByTestId('item-node')).length).toBe(commuteMap().items.length);
  });
});
