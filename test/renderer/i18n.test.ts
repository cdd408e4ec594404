import { describe, expect, it } from 'vitest';
import type { FormatError } from '../../shared/format/errors';
import type { FileError } from '../../shared/ipc/contract';
import { describeFileError, describeFormatError, fileNameOfPath, t } from '../../renderer/src/i18n';
import { messagesEn } from '../../renderer/src/i18n/messages.en';

const MB = 1024 * 1024;

/** One sample per variant: the Record type makes the compiler insist on every kind. */
const FORMAT_ERRORS: { readonly [Kind in FormatError['kind']]: Extract<FormatError, { kind: Kind }> } = {
  'too-large': { kind: 'too-large', bytes: 61.3 * MB, limit: 50 * MB },
  empty: { kind: 'empty' },
  binary: { kind: 'binary', looksLike: 'PNG image' },
  'not-json': { kind: 'not-json', line: 12, column: 7, detail: 'Unexpected end of JSON input' },
  'too-deep': { kind: 'too-deep', limit: 64 },
  'forbidden-key': { kind: 'forbidden-key', key: '__proto__', path: 'map.__proto__' },
  'not-cxmap': { kind: 'not-cxmap' },
  'too-new': { kind: 'too-new', version: 3, supported: 1 },
  'bad-version': { kind: 'bad-version', version: 'one' },
  'invalid-value': {
    kind: 'invalid-value',
    path: 'map.items[3].emotion',
    problem: 'must be between 1 and 5',
    record: { kind: 'item', label: 'Phone line' },
  },
  'duplicate-id': { kind: 'duplicate-id', id: 'tp-chat', path: 'map.items[7].id' },
  'broken-reference': {
    kind: 'broken-reference',
    record: { kind: 'item', label: 'Search ad' },
    field: 'stageId',
    target: 'st-does-not-exist',
    targetKind: 'stage',
    path: 'map.items[0].stageId',
  },
};

const FILE_ERRORS: { readonly [Kind in FileError['kind']]: Extract<FileError, { kind: Kind }> } = {
  cancelled: { kind: 'cancelled' },
  'too-large': { kind: 'too-large', bytes: 80 * MB, limit: 50 * MB },
  'not-found': { kind: 'not-found', path: '/home/ana/maps/gone.cxmap' },
  'permission-denied': { kind: 'permission-denied', path: '/srv/locked.cxmap' },
  'disk-full': { kind: 'disk-full', path: '/media/usb/map.cxmap' },
  'is-directory': { kind: 'is-directory', path: 'C:\\Users\\ana\\maps' },
  'invalid-request': { kind: 'invalid-request', reason: 'path is not absolute' },
  io: { kind: 'io', path: '/net/share/map.cxmap', message: 'EIO: i/o error, read' },
};

describe('describeFormatError', () => {
  it.each(Object.values(FORMAT_ERRORS))('turns $kind into one plain sentence naming the file', (error) => {
    const message = describeFormatError(error, 'journey.cxmap');

    expect(message.startsWith('“journey.cxmap” can’t be opened: ')).toBe(true);
    expect(message).toMatch(/\.$/);
    expect(message).not.toMatch(/\{\w+\}|undefined|\[object Object\]|\.\.$/);
  });

  it('says which record points where, in the words of the UI contract', () => {
    expect(describeFormatError(FORMAT_ERRORS['broken-reference'], 'dangling-refs.cxmap')).toBe(
      '“dangling-refs.cxmap” can’t be opened: item “Search ad” points at a stage that does not exist (st-does-not-exist).',
    );
  });

  it('uses "an" before a record kind that starts with a vowel', () => {
    const message = describeFormatError(
      {
        ...FORMAT_ERRORS['broken-reference'],
        record: { kind: 'link', label: 'l9' },
        targetKind: 'item',
        target: 'nowhere',
      },
      'map.cxmap',
    );

    expect(message).toContain('link “l9” points at an item that does not exist (nowhere)');
  });

  it('tells the user to update the app for a file from a newer version', () => {
    const message = describeFormatError(FORMAT_ERRORS['too-new'], 'future.cxmap');

    expect(message).toContain('newer version of Journey Studio');
    expect(message).toContain('version 3');
    expect(message).toContain('up to version 1');
    expect(message).toMatch(/update the app/i);
  });

  it('gives the size of a file that is too large and the 50 MB limit', () => {
    const message = describeFormatError(FORMAT_ERRORS['too-large'], 'huge.cxmap');

    expect(message).toContain('61.3 MB');
    expect(message).toContain('50 MB');
  });

  it('never rounds a file just over the limit down to the limit itself', () => {
    const message = describeFormatError(
      { kind: 'too-large', bytes: 50 * MB + 20_000, limit: 50 * MB },
      'a.cxmap',
    );

    expect(message).toContain('50.02 MB');
  });

  it('says where the JSON breaks, or only that it does when the position is unknown', () => {
    expect(describeFormatError(FORMAT_ERRORS['not-json'], 'a.cxmap')).toContain(
      'not valid JSON (line 12, column 7)',
    );
    expect(
      describeFormatError({ ...FORMAT_ERRORS['not-json'], line: null, column: null }, 'a.cxmap'),
    ).toContain('not valid JSON.');
  });

  it('says what a binary file looks like, when that is known', () => {
    expect(describeFormatError(FORMAT_ERRORS.binary, 'photo.cxmap')).toContain('it looks like a PNG image');
    expect(describeFormatError({ kind: 'binary', looksLike: 'ZIP archive' }, 'a.cxmap')).toContain(
      'a ZIP archive',
    );
    expect(describeFormatError({ kind: 'binary', looksLike: null }, 'a.cxmap')).toContain('binary file');
  });

  it('names the record, the field path and the problem of an invalid value', () => {
    const message = describeFormatError(FORMAT_ERRORS['invalid-value'], 'a.cxmap');

    expect(message).toContain('item “Phone line”');
    expect(message).toContain('map.items[3].emotion');
    expect(message).toContain('must be between 1 and 5');
  });

  it('names the path alone when an invalid value belongs to no record', () => {
    const message = describeFormatError(
      { ...FORMAT_ERRORS['invalid-value'], record: null, path: 'map.title' },
      'a.cxmap',
    );

    expect(message).toContain('map.title');
    expect(message).not.toContain('“”');
  });

  it('names the duplicated id, the nesting limit, and an unusable version', () => {
    expect(describeFormatError(FORMAT_ERRORS['duplicate-id'], 'a.cxmap')).toContain('“tp-chat”');
    expect(describeFormatError(FORMAT_ERRORS['too-deep'], 'a.cxmap')).toContain('64 levels');
    expect(describeFormatError(FORMAT_ERRORS['bad-version'], 'a.cxmap')).toContain('“one”');
    expect(describeFormatError({ kind: 'bad-version', version: { major: 2 } }, 'a.cxmap')).toContain(
      'an object',
    );
  });

  it('inserts strings from the file literally, placeholders and all', () => {
    const message = describeFormatError(
      { ...FORMAT_ERRORS['broken-reference'], record: { kind: 'item', label: '{target} <b>x</b>' } },
      '{fileName}.cxmap',
    );

    expect(message).toContain('“{fileName}.cxmap”');
    expect(message).toContain('item “{target} <b>x</b>”');
  });

  it('still makes a sentence without a file name', () => {
    expect(describeFormatError(FORMAT_ERRORS.empty, '')).toBe('The file can’t be opened: the file is empty.');
  });
});

describe('describeFileError', () => {
  it.each(Object.values(FILE_ERRORS).filter((error) => error.kind !== 'cancelled'))(
    'turns $kind into one plain sentence naming the file',
    (error) => {
      const message = describeFileError(error, 'map.cxmap');

      expect(message.startsWith('“map.cxmap” can’t be opened: ')).toBe(true);
      expect(message).toMatch(/\.$/);
      expect(message).not.toMatch(/\{\w+\}|undefined|\[object Object\]|\.\.$/);
    },
  );

  it('takes the file name from the path when the caller does not know it', () => {
    expect(describeFileError(FILE_ERRORS['not-found'], '')).toContain('“gone.cxmap”');
    expect(describeFileError(FILE_ERRORS['is-directory'], '')).toContain('“maps”');
    expect(describeFileError({ ...FILE_ERRORS['too-large'], path: 'big.cxmap' }, '')).toContain(
      '“big.cxmap”',
    );
  });

  it('explains permission, full disks and system errors in words', () => {
    expect(describeFileError(FILE_ERRORS['permission-denied'], 'a.cxmap')).toContain('permission');
    expect(describeFileError(FILE_ERRORS['disk-full'], 'a.cxmap')).toContain('disk is full');
    expect(describeFileError(FILE_ERRORS.io, 'a.cxmap')).toContain('EIO: i/o error, read');
    expect(describeFileError(FILE_ERRORS['too-large'], 'a.cxmap')).toContain('80 MB');
  });
});

describe('fileNameOfPath', () => {
  it('reads POSIX and Windows paths', () => {
    expect(fileNameOfPath('/a/b/c.cxmap')).toBe('c.cxmap');
    expect(fileNameOfPath('C:\\maps\\d.cxmap')).toBe('d.cxmap');
    expect(fileNameOfPath('e.cxmap')).toBe('e.cxmap');
  });
});

describe('t', () => {
  it('fills every placeholder and leaves the rest of the message as written', () => {
    expect(t('window.titleWithMap', { title: 'Q4' })).toBe('Q4 — Journey Studio');
    expect(t('item.severityBadge', { severity: 4 })).toBe('Severity 4');
  });

  it('has no empty message in the catalog', () => {
    const empty = Object.entries(messagesEn).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});
