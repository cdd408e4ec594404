// `npm start`: build main, preload and renderer, then run Electron on the repo; or say why it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseLaunch, ELECTRON_PATH_MARKER, electronPathFromOutput } from './launch-plan.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// `require('electron')` downloads the binary on first use and prints the installer's stack trace
// when that fails; asking in a child process keeps that noise off the user's terminal.
const resolveElectronPath = () => {
  const resolver = `process.stdout.write('\\n${ELECTRON_PATH_MARKER}' + require('electron'))`;
  const result = spawnSync(process.execPath, ['-e', resolver], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return result.status === 0 ? electronPathFromOutput(result.stdout) : null;
};

const plan = chooseLaunch({ electronPath: resolveElectronPath(), exists: existsSync });
if (plan.kind === 'unavailable') {
  console.error(plan.message);
  process.exit(1);
}

// Node runs electron-vite's own entry: the .bin shims are shell scripts on Windows.
const electronVitePackage = require.resolve('electron-vite/package.json');
const electronVite = join(dirname(electronVitePackage), require(electronVitePackage).bin['electron-vite']);
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// An inherited ELECTRON_RUN_AS_NODE would start a plain Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const electron = spawn(plan.electronPath, [repoRoot], { cwd: repoRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => electron.kill(signal));
}
electron.on('error', (error) => {
  console.error(`Journey Studio could not start Electron: ${error.message}`);
  process.exit(1);
});
electron.on('close', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
