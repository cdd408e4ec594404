import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds and serves the pages the bench drives, the way test/e2e/global-setup.ts does for the app:
 * a production `vite build` into a folder of the caller's, then `vite preview` on a free port.
 */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const BASELINE_CONFIG = path.join(repoRoot, 'test/bench/baseline/vite.config.ts');
const bin = (name: string): string =>
  path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const SERVER_START_TIMEOUT_MS = 30_000;

/** `configFile` null builds the renderer (the repo's vite.config.ts); else the given config. */
export function viteBuild(outDir: string, configFile: string | null): void {
  const config = configFile === null ? [] : ['--config', configFile];
  const build = spawnSync(bin('vite'), ['build', ...config, '--outDir', outDir, '--emptyOutDir'], {
    cwd: repoRoot,
    // Vitest sets NODE_ENV=test, which would ship React's development build; measure what users run.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
}

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

export interface Served {
  readonly url: string;
  stop(): Promise<void>;
}

/** `vite preview` of a built folder on 127.0.0.1; resolves once it answers. */
export async function servePreview(outDir: string, configFile: string | null): Promise<Served> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = configFile === null ? [] : ['--config', configFile];
  const server: ChildProcess = spawn(
    bin('vite'),
    ['preview', ...config, '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', outDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(server.pid, 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited before serving:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer at ${url}:\n${output}`);
}
