import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultStudioDb } from '../../renderer/src/db';
import { exportEvidenceCsv } from '../../renderer/src/evidence/exportCsv';
import { REDACT_EXPORTS_KEY } from '../../renderer/src/storyboard/presentation/redactSetting';
import type { JourneyMap } from '../../shared/model';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const mapWithQuote = (): JourneyMap => {
  const map = commuteMap();
  return {
    ...map,
    personas: [{ id: 'p-1', name: 'Maria Rossi' }],
    quotes: [
      {
        id: 'q-1',
        text: 'Maria here, write to maria@example.com or call +49 151 1234 5678',
        source: 'interview',
        itemIds: [],
      },
    ],
  };
};

/** The text of the CSV the next download hands to the browser. */
function captureDownloads(): () => Promise<string> {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return async () => present(blobs.at(-1), 'a download').text();
}

afterEach(async () => {
  vi.restoreAllMocks();
  await present(defaultStudioDb(), 'the default database').settings.delete(REDACT_EXPORTS_KEY);
});

describe('redacting personal data in the quotes CSV', () => {
  it('exports quotes as written until the user turns redaction on in the Quotes panel', async () => {
    const user = userEvent.setup();
    const lastDownload = captureDownloads();
    const { store } = renderStudio();
    act(() =>
      store.getState().loadDocument(documentOf(mapWithQuote()), { fileName: 'c.cxmap', filePath: null }),
    );
    await screen.findAllByTestId('item-node');

    await exportEvidenceCsv(store, 'quotes');
    expect(await lastDownload()).toContain('maria@example.com');

    await user.click(screen.getByRole('tab', { name: 'Quotes' }));
    const toggle = screen.getByRole('checkbox', { name: 'Redact personal data in exports' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await user.click(toggle);
    const db = present(defaultStudioDb(), 'the default database');
    await waitFor(async () => expect((await db.settings.get(REDACT_EXPORTS_KEY))?.value).toBe(true));

    await exportEvidenceCsv(store, 'quotes');
    const csv = await lastDownload();
    expect(csv).toContain('[name] here, write to [email] or call [phone]');
    expect(csv).not.toContain('maria@example.com');
  });
});
