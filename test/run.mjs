// `npm test`: typecheck, lint, then one vitest run of every project, and a one-line verdict.
//
//   npm test                      everything, end-to-end tests included
//   npm test -- --no-e2e          skip the end-to-end tests (quick local runs)
//   npm test -- canvas store      pass file filters through to vitest
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const isWindows = process.platform === 'win32';
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);

const args = process.argv.slice(2);
const skipE2e = args.includes('--no-e2e');
const fileFilters = args.filter((arg) => arg !== '--no-e2e');

/** Runs a tool with its output on the console; returns its exit code (1 if it could not start). */
function run(label, command, commandArgs) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit', shell: isWindows });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

const typecheckCode = run('typecheck: tsc --noEmit', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
const lintCode = run('lint: eslint .', bin('eslint'), ['.']);

const reportDir = mkdtempSync(path.join(tmpdir(), 'journey-studio-test-'));
const reportFile = path.join(reportDir, 'vitest.json');
const projects = skipE2e ? ['shared', 'electron', 'renderer'].flatMap((name) => ['--project', name]) : [];
const vitestCode = run(
  skipE2e ? 'vitest (unit tests; end-to-end skipped)' : 'vitest (unit and end-to-end tests)',
  bin('vitest'),
  [
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...fileFilters,
  ],
);

const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
rmSync(reportDir, { recursive: true, force: true });
const testsPassed = report?.numPassedTests ?? 0;
const testsFailed = report?.numFailedTests ?? 0;
const testsNotRun = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
// A file that fails to load or an error outside any test fails the run without failing a test.
const vitestErrored = vitestCode !== 0 && testsFailed === 0;

const checks = [
  ['typecheck', typecheckCode === 0],
  ['lint', lintCode === 0],
];
const passed = testsPassed + checks.filter(([, ok]) => ok).length;
const failed = testsFailed + checks.filter(([, ok]) => !ok).length + (vitestErrored ? 1 : 0);

console.log('\n── Summary ──');
for (const [name, ok] of checks) console.log(`${name}: ${ok ? 'passed' : 'failed'}`);
console.log(
  `vitest: ${testsPassed} passed, ${testsFailed} failed, ${testsNotRun} not run${skipE2e ? ' (end-to-end skipped)' : ''}`,
);
if (vitestErrored)
  console.log(`vitest exited with code ${vitestCode} outside any test: counted as one failure`);
if (testsPassed + testsFailed === 0) console.log('No tests ran: that is a failure.');
console.log('Typecheck and lint count as one check each; every vitest test counts as one.');
console.log(`${passed} passed, ${failed} failed`);

process.exit(failed > 0 || testsPassed + testsFailed === 0 ? 1 : 0);
