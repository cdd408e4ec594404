import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronegativityGate,
  gateFindings,
  ORDERED_REPORT_SHIM_URL,
  parseAllowList,
  parseReport,
} from './electronegativity.mjs';

// A report as Electronegativity 1.10.3 writes it (header with spaces, quoted fields, commas inside).
const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/security.ts","55:2",N/A,"Failed to parse CSP, it may not be valid.",https://x',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/window.ts","58:17","new BrowserWindow({ a, b })","Use sandbox",https://x',
  'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/other.ts","3:1","say ""hi"", then","Disable nodeIntegration",https://x',
].join('\n');

describe('reading the Electronegativity report', () => {
  it('finds each column by name, including quoted fields with commas and quotes', () => {
    expect(parseReport(REPORT)).toEqual([
      expect.objectContaining({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'main/security.ts' }),
      expect.objectContaining({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', location: '58:17' }),
      expect.objectContaining({
        check: 'NODE_INTEGRATION_JS_CHECK',
        severity: 'HIGH',
        file: 'main/other.ts',
      }),
    ]);
  });

  it('rejects a report that lacks the severity column instead of passing it', () => {
    expect(() => parseReport('issue, filename\nX,"a.ts"')).toThrow(/severity/);
  });

  it('fails on a HIGH or MEDIUM finding the allow-list does not name, never on LOW', () => {
    const allowList = parseAllowList(
      JSON.stringify({
        entries: [{ check: 'SANDBOX_JS_CHECK', file: 'main/window.ts', reason: 'asserted' }],
      }),
    );
    const { unlisted, stale } = gateFindings(parseReport(REPORT), allowList);
    expect(unlisted.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(stale).toEqual([]);
  });

  it('matches an entry on check and file together, and reports entries that match nothing', () => {
    const allowList = parseAllowList(
      JSON.stringify({
        entries: [{ check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', reason: 'wrong file' }],
      }),
    );
    const { unlisted, stale } = gateFindings(parseReport(REPORT), allowList);
    expect(unlisted.map((finding) => finding.check)).toEqual([
      'SANDBOX_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
    ]);
    expect(stale).toHaveLength(1);
  });

  it('refuses an allow-list entry without a reason', () => {
    expect(() =>
      parseAllowList(JSON.stringify({ entries: [{ check: 'SANDBOX_JS_CHECK', file: 'main/window.ts' }] })),
    ).toThrow(/reason/);
  });
});

describe('the report write order', () => {
  // The scanner writes the header (flag 'w') and the rows (flag 'a') with two concurrent writeFile
  // calls; the shim must make each one complete before the next starts, or rows can be truncated away.
  it('writes the report header and rows in call order, each done when writeFile returns', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-shim-'));
    const report = path.join(dir, 'report.csv');
    const scanner = `
      const fs = require('node:fs');
      const report = process.env.ELECTRONEGATIVITY_REPORT_PATH;
      fs.writeFile(report, 'header\\n', () => {});
      fs.writeFile(report, 'row 1\\nrow 2\\n', { flag: 'a' }, () => {});
      process.stdout.write(fs.readFileSync(report, 'utf8'));`;
    try {
      const result = spawnSync(process.execPath, ['-e', scanner], {
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_OPTIONS: `--import ${JSON.stringify(ORDERED_REPORT_SHIM_URL)}`,
          ELECTRONEGATIVITY_REPORT_PATH: report,
        },
      });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('header\nrow 1\nrow 2\n');
      expect(readFileSync(report, 'utf8')).toBe('header\nrow 1\nrow 2\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Electronegativity on electron/', () => {
  // The first run on a machine downloads the scanner (~150 MB, about 30 s here); later runs take seconds.
  it('has no HIGH or MEDIUM finding outside the allow-list', () => {
    const { failures } = electronegativityGate();
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});
