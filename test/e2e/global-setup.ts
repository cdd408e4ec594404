import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built renderer is served for this run, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string): string =>
  path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const SERVER_START_TIMEOUT_MS = 30_000;
/** Where the renderer is built; `E2E_OUT_DIR` lets two checkouts' runs share a machine without clashing. */
const outDir = process.env['E2E_OUT_DIR'] ?? path.join(repoRoot, 'out/renderer');

function buildRenderer(): void {
  const skip =
    process.env['E2E_SKIP_BUILD'] === '1' && existsSync(path.join(outDir, 'index.html'));
  if (skip) return;
  const build = spawnSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: repoRoot,
    // Vitest sets NODE_ENV=test, which would ship React's development build; test what users run.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) {
    throw new Error(`The renderer build (vite build) failed:\n${build.stdout}\n${build.stderr}`);
  }
}

/** Asks the OS for a port nobody listens on, so parallel runs and a running `npm run web` don't collide. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : null;
      probe.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port.'))));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited with code ${server.exitCode} before serving:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `vite preview did not answer at ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output()}`,
  );
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(server.pid, 'SIGTERM');
  await exited;
}

/** Builds the renderer once and serves it for every e2e file; vitest calls the returned function at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildRenderer();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/`;
  // Started directly, not through npx, so that the PID we stop is vite's own.
  const server = spawn(
    bin('vite'),
    ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitUntilServing(url, server, () => output);
  } catch (error) {
    await stop(server);
    throw error;
  }
  project.provide('baseUrl', url);
  return () => stop(server);
}
