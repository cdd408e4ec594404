import { describe, expect, it } from 'vitest';
import { parseSurveyCsv } from '../../../shared/metrics';
import { expectErr, expectOk, ownSurveysDir, readSurveyBytes } from './support';

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[2 + index * 2] = unit & 0xff;
    bytes[3 + index * 2] = unit >> 8;
  }
  return bytes;
};

describe('parseSurveyCsv dialects', () => {
  it('reads comma-separated text with a quoted newline and doubled quotes', async () => {
    const parsed = expectOk(await parseSurveyCsv('a,b,c\n1,"two\nlines","say ""hi"""\n4,5,6\n'));
    expect(parsed.delimiter).toBe(',');
    expect(parsed.headers).toEqual(['a', 'b', 'c']);
    expect(parsed.rows).toEqual([
      { rowNumber: 2, cells: ['1', 'two\nlines', 'say "hi"'] },
      { rowNumber: 3, cells: ['4', '5', '6'] },
    ]);
  });

  it('reads semicolons, a UTF-8 BOM, CRLF and blank rows, keeping spreadsheet row numbers', async () => {
    const parsed = expectOk(await parseSurveyCsv(readSurveyBytes(ownSurveysDir, 'semicolon-bom-crlf.csv')));
    expect(parsed).toMatchObject({ delimiter: ';', encoding: 'utf-8', hadBom: true, emptyRowsSkipped: 1 });
    expect(parsed.headers).toEqual(['Id', 'Datum', 'Touchpoint', 'Question', 'Score', 'Commentaire']);
    expect(parsed.rows.map((row) => row.rowNumber)).toEqual([2, 4, 5]);
    expect(parsed.rows[0]?.cells[5]).toBe('Très bien; rapide');
    expect(parsed.rows[1]?.cells[5]).toBe('Trop lent,\r\nvraiment');
  });

  it('reads tabs', async () => {
    const parsed = expectOk(await parseSurveyCsv(readSurveyBytes(ownSurveysDir, 'tab-quoted-newline.tsv')));
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows.map((row) => [row.rowNumber, row.cells[3]])).toEqual([
      [2, 'line one\nline two'],
      [3, 'meh'],
    ]);
  });

  it('reads vertical bars, UTF-16 with a BOM, and Windows-1252 exports', async () => {
    expect(expectOk(await parseSurveyCsv('a|b\n1|2\n')).delimiter).toBe('|');
    const utf16 = expectOk(await parseSurveyCsv(utf16le('touchpoint;score\nCafé;9\n')));
    expect(utf16).toMatchObject({ encoding: 'utf-16le', hadBom: true, headers: ['touchpoint', 'score'] });
    expect(utf16.rows[0]?.cells).toEqual(['Café', '9']);
    const ansi = new Uint8Array([
      ...new TextEncoder().encode('touchpoint,score\nCaf'),
      0xe9,
      ...new TextEncoder().encode(',9\n'),
    ]);
    const parsedAnsi = expectOk(await parseSurveyCsv(ansi));
    expect(parsedAnsi.encoding).toBe('windows-1252');
    expect(parsedAnsi.rows[0]?.cells).toEqual(['Café', '9']);
  });
});

describe('parseSurveyCsv refusals', () => {
  it('refuses a binary file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    expect(expectErr(await parseSurveyCsv(png))).toMatchObject({
      kind: 'binary',
      message: expect.stringContaining('This looks like a binary file, not a CSV'),
    });
    const noise = new Uint8Array(4096).map((_, index) => ((index * 7919 + 13) % 256) | 0x80);
    expect(expectErr(await parseSurveyCsv(noise)).kind).toBe('binary');
    expect(expectErr(await parseSurveyCsv('a,b\n1,\0')).kind).toBe('binary');
  });

  it('refuses a file whose first row has no delimiter it knows', async () => {
    expect(expectErr(await parseSurveyCsv('touchpoint score\nChat 9\n')).kind).toBe('no-columns');
  });

  it('refuses empty files and an unclosed quote, naming its row', async () => {
    expect(expectErr(await parseSurveyCsv('\n  \n')).kind).toBe('empty');
    expect(expectErr(await parseSurveyCsv(new Uint8Array())).kind).toBe('empty');
    expect(expectErr(await parseSurveyCsv('a,b\n1,2\n3,"open\n4,5\n'))).toMatchObject({
      kind: 'unclosed-quote',
      row: 3,
    });
  });
});

describe('parseSurveyCsv at scale', () => {
  it('parses 100,000 rows, reporting progress that only grows and ends at 1', async () => {
    const lines = ['id,date,touchpoint,question,score,comment'];
    for (let index = 0; index < 100_000; index += 1) {
      lines.push(
        `R${index},2026-10-${String((index % 28) + 1).padStart(2, '0')},Phone line,nps,${index % 11},"ok, fine"`,
      );
    }
    const progress: number[] = [];
    const parsed = expectOk(
      await parseSurveyCsv(lines.join('\n'), { onProgress: (fraction) => progress.push(fraction) }),
    );
    expect(parsed.rows).toHaveLength(100_000);
    expect(parsed.rows.at(-1)).toEqual({
      rowNumber: 100_001,
      cells: ['R99999', '2026-10-12', 'Phone line', 'nps', '9', 'ok, fine'],
    });
    // 99,999 % 28 = 11 → the 12th; 99,999 % 11 = 9. 100,001 records in pieces of 5,000: 21 pieces, a report after each but the last, then 1.
    expect(progress).toHaveLength(21);
    expect(progress.at(-1)).toBe(1);
    for (let index = 1; index < progress.length; index += 1) {
      expect(progress[index]).toBeGreaterThan(progress[index - 1] ?? 0);
    }
  });
});
