// Electronegativity gate (DESIGN.md §6): runs Doyensec's scanner on electron/ and fails on every HIGH
// or MEDIUM finding that the allow-list does not name, with a reason. The scanner exits 0 even with
// HIGH findings, so its CSV report is the only verdict. It stays out of devDependencies (it pulls in
// ~150 MB of old tooling) and is run through npx, cached in node_modules/.cache so a warm run takes
// seconds and needs no network.
//
//   node test/electron/electronegativity.mjs     prints the verdict; exit code 1 on a failed gate
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ELECTRONEGATIVITY_PACKAGE = '@doyensec/electronegativity@1.10.3';
export const GATED_SEVERITIES = ['HIGH', 'MEDIUM'];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const ALLOW_LIST_PATH = path.join(repoRoot, 'test', 'electron', 'electronegativity-allowlist.json');
/** A stable npm cache just for the scanner, so the 150 MB download happens once per checkout. */
export const NPX_CACHE_DIR = path.join(repoRoot, 'node_modules', '.cache', 'electronegativity-npm');
/** Makes the scanner write its CSV report in order (see the file for the race it closes). */
export const ORDERED_REPORT_SHIM_URL = new URL('./electronegativity-ordered-report.mjs', import.meta.url)
  .href;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export const parseCsv = (text) => {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
};

/**
 * The report's findings. Columns are found by header name (the scanner writes "issue, severity, …"
 * with spaces), so a reordered report still parses; a report without them is an error, not a pass.
 */
export const parseReport = (csvText) => {
  const [header, ...rows] = parseCsv(csvText);
  if (header === undefined) throw new Error('the Electronegativity report is empty');
  const columns = header.map((name) => name.trim().toLowerCase());
  const column = (name) => {
    const index = columns.indexOf(name);
    if (index === -1) throw new Error(`the Electronegativity report has no "${name}" column`);
    return index;
  };
  const at = {
    check: column('issue'),
    severity: column('severity'),
    confidence: column('confidence'),
    file: column('filename'),
    location: column('location'),
    description: column('description'),
  };
  return rows.map((cells) => ({
    check: (cells[at.check] ?? '').trim(),
    severity: (cells[at.severity] ?? '').trim().toUpperCase(),
    confidence: (cells[at.confidence] ?? '').trim(),
    file: (cells[at.file] ?? '').trim().replaceAll('\\', '/'),
    location: (cells[at.location] ?? '').trim(),
    description: (cells[at.description] ?? '').trim(),
  }));
};

/** Reads and checks the allow-list: every entry names a check, a file and why it is accepted. */
export const parseAllowList = (jsonText) => {
  const parsed = JSON.parse(jsonText);
  const entries = Array.isArray(parsed?.entries) ? parsed.entries : null;
  if (entries === null) throw new Error('the allow-list has no "entries" array');
  return entries.map((entry, index) => {
    const { check, file, reason } = entry ?? {};
    for (const [name, value] of [
      ['check', check],
      ['file', file],
      ['reason', reason],
    ]) {
      if (typeof value !== 'string' || value.trim() === '')
        throw new Error(`allow-list entry ${index + 1} has no ${name}`);
    }
    return { check, file: file.replaceAll('\\', '/'), reason };
  });
};

/**
 * The verdict: HIGH/MEDIUM findings no entry allows, and entries that matched nothing (a fixed
 * finding leaves a stale entry that would silently allow its return).
 */
export const gateFindings = (findings, allowList) => {
  const gated = findings.filter((finding) => GATED_SEVERITIES.includes(finding.severity));
  const allows = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
  return {
    gated,
    unlisted: gated.filter((finding) => !allowList.some((entry) => allows(entry, finding))),
    stale: allowList.filter((entry) => !gated.some((finding) => allows(entry, finding))),
  };
};

export const describeFinding = (finding) =>
  `${finding.severity} ${finding.check} in ${finding.file}:${finding.location} — ${finding.description}`;

const installedElectronVersion = () => {
  const manifest = path.join(repoRoot, 'node_modules', 'electron', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
};

/**
 * Runs the scanner on electron/ and returns its findings, or `{ error }` with one line saying why it
 * could not run. The Electron version is passed in: the scanner cannot read it from our sources and
 * would otherwise judge us by Electron 0.1's defaults.
 */
export const runElectronegativity = ({ input = path.join(repoRoot, 'electron') } = {}) => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  const report = path.join(outDir, 'report.csv');
  const version = installedElectronVersion();
  const isWindows = process.platform === 'win32';
  try {
    const result = spawnSync(
      isWindows ? 'npx.cmd' : 'npx',
      [
        '-y',
        ELECTRONEGATIVITY_PACKAGE,
        '-i',
        input,
        '-r',
        ...(version === null ? [] : ['-e', version]),
        '-o',
        report,
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        shell: isWindows,
        env: {
          ...process.env,
          npm_config_cache: NPX_CACHE_DIR,
          npm_config_update_notifier: 'false',
          // Quoted: a checkout path may hold spaces. npx itself loads the shim too; it only ever
          // touches writes to the report path.
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ''} --import ${JSON.stringify(ORDERED_REPORT_SHIM_URL)}`.trim(),
          ELECTRONEGATIVITY_REPORT_PATH: report,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.error) return { error: `npx could not start: ${result.error.message}` };
    if (result.status !== 0 || !existsSync(report)) {
      const lastLine = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.trim().split('\n').pop() ?? '';
      return { error: `Electronegativity did not write a report (exit ${result.status}): ${lastLine}` };
    }
    return { findings: parseReport(readFileSync(report, 'utf8')) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};

/** The whole gate as one list of failure lines; empty means it passed. */
export const electronegativityGate = () => {
  const run = runElectronegativity();
  if ('error' in run) return { findings: [], failures: [run.error] };
  const allowList = parseAllowList(readFileSync(ALLOW_LIST_PATH, 'utf8'));
  const { unlisted, stale } = gateFindings(run.findings, allowList);
  return {
    findings: run.findings,
    failures: [
      ...unlisted.map((finding) => `not allow-listed: ${describeFinding(finding)}`),
      ...stale.map(
        (entry) =>
          `stale allow-list entry (no such finding any more, remove it): ${entry.check} in ${entry.file}`,
      ),
    ],
  };
};

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { findings, failures } = electronegativityGate();
  for (const finding of findings) console.log(describeFinding(finding));
  if (failures.length > 0) {
    console.error(`\nElectronegativity gate failed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nElectronegativity gate passed (${findings.length} findings, none HIGH/MEDIUM unlisted).`);
}
