import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metricsToCsv, quotesToCsv } from '../../../shared/interop';
import type { JourneyMap } from '../../../shared/model';

const evidenceMap = (): JourneyMap => ({
  id: 'map-1',
  title: 'Support',
  createdAt: '2024-05-01T10:00:00Z',
  updatedAt: '2024-05-01T10:00:00Z',
  personas: [{ id: 'p-1', name: 'Maya, 34' }],
  stages: [{ id: 'st-1', name: 'Contact' }],
  lanes: [{ id: 'ln-1', name: 'Touchpoints', kind: 'touchpoints' }],
  items: [
    { id: 'i-chat', kind: 'touchpoint', stageId: 'st-1', laneId: 'ln-1', order: 0, title: 'Chat' },
    { id: 'i-call', kind: 'touchpoint', stageId: 'st-1', laneId: 'ln-1', order: 1, title: 'Call "hotline"' },
  ],
  links: [],
  metrics: [
    {
      id: 'm-1',
      kind: 'nps',
      value: -20,
      target: 10,
      takenAt: '2024-04-01',
      sampleSize: 120,
      source: 'Q1 survey',
    },
    { id: 'm-2', kind: 'csat', value: 71.5, unit: '%', takenAt: '2024-04-01', stageId: 'st-1' },
    { id: 'm-3', kind: 'custom', name: '=SUM(A1:A9)', value: 3, takenAt: '2024-04-02', itemId: 'i-call' },
  ],
  quotes: [
    {
      id: 'q-1',
      text: 'Waited 40 min, then "sorry",\nhung up.',
      source: 'call',
      capturedAt: '2024-03-30',
      sentiment: -2,
      personaId: 'p-1',
      itemIds: ['i-chat', 'i-call'],
    },
    { id: 'q-2', text: '=HYPERLINK("http://evil")\nclick', source: 'review', itemIds: [] },
    { id: 'q-3', text: '-great-', source: 'survey', sentiment: 2, itemIds: ['i-chat'] },
    { id: 'q-4', text: '@home\tfine', source: 'chat', itemIds: [] },
  ],
});

describe('metricsToCsv', () => {
  it('writes one CRLF-separated row per metric with its scope, quoting where needed', () => {
    expect(metricsToCsv(evidenceMap())).toBe(
      [
        'scope,stage,item,kind,name,value,unit,target,takenAt,sampleSize,source',
        'map,,,nps,,-20,,10,2024-04-01,120,Q1 survey',
        'stage,Contact,,csat,,71.5,%,,2024-04-01,,',
        `item,Contact,"Call ""hotline""",custom,"'=SUM(A1:A9)",3,,,2024-04-02,,`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header for a map without metrics', () => {
    expect(metricsToCsv({ ...evidenceMap(), metrics: [] })).toBe(
      'scope,stage,item,kind,name,value,unit,target,takenAt,sampleSize,source\r\n',
    );
  });
});

describe('quotesToCsv', () => {
  it('quotes commas, quotes and line breaks, and joins the items with "; "', () => {
    const lines = quotesToCsv(evidenceMap()).split('\r\n');
    expect(lines[0]).toBe('text,source,capturedAt,sentiment,persona,items');
    expect(lines[1]).toBe(
      '"Waited 40 min, then ""sorry"",\nhung up.",call,2024-03-30,-2,"Maya, 34","Chat; Call ""hotline"""',
    );
  });

  it('keeps text that starts like a formula as text, even across a line break', () => {
    const lines = quotesToCsv(evidenceMap()).split('\r\n');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"")\nclick",review,,,,`);
    expect(lines[3]).toBe(`"'-great-",survey,,2,,Chat`);
    expect(lines[4]).toBe(`"'@home\tfine",chat,,,,`);
    expect(lines.slice(5)).toEqual(['']);
  });

  it('parses back into the same cells with a standard CSV reader', () => {
    const parsed = Papa.parse<string[]>(quotesToCsv(evidenceMap()), {
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual([
      'Waited 40 min, then "sorry",\nhung up.',
      'call',
      '2024-03-30',
      '-2',
      'Maya, 34',
      'Chat; Call "hotline"',
    ]);
  });
});
