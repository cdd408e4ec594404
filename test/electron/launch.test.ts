import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chooseLaunch,
  ELECTRON_PATH_MARKER,
  ELECTRON_UNAVAILABLE_MESSAGE,
  electronPathFromOutput,
} from '../../electron/launch-plan.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('chooseLaunch', () => {
  const binary = '/repo/node_modules/electron/dist/electron';

  it('runs Electron when its binary is on disk', () => {
    expect(chooseLaunch({ electronPath: binary, exists: (path) => path === binary })).toEqual({
      kind: 'run',
      electronPath: binary,
    });
  });

  it('explains itself when resolving Electron failed (its download needs the internet)', () => {
    expect(chooseLaunch({ electronPath: null, exists: () => true })).toEqual({
      kind: 'unavailable',
      message: ELECTRON_UNAVAILABLE_MESSAGE,
    });
  });

  it('explains itself when the resolved binary is not there', () => {
    expect(chooseLaunch({ electronPath: binary, exists: () => false }).kind).toBe('unavailable');
    expect(chooseLaunch({ electronPath: '  ', exists: () => true }).kind).toBe('unavailable');
  });

  it('says what to do instead, in one sentence', () => {
    expect(ELECTRON_UNAVAILABLE_MESSAGE).toContain('npm run web');
    expect(ELECTRON_UNAVAILABLE_MESSAGE.split(/[.;!?]\s+[A-Z]/)).toHaveLength(1);
    expect(ELECTRON_UNAVAILABLE_MESSAGE).not.toContain('\n');
  });
});

describe('electronPathFromOutput', () => {
  it('picks the marked line out of whatever the installer printed', () => {
    const output = `Downloading Electron binary...\n${ELECTRON_PATH_MARKER}/x/electron/dist/electron`;
    expect(electronPathFromOutput(output)).toBe('/x/electron/dist/electron');
  });

  it('finds nothing in output without the marker', () => {
    expect(electronPathFromOutput('Downloading Electron binary...\n')).toBeNull();
  });
});

describe('npm start without a usable Electron', () => {
  it('prints the one sentence and exits 1, without building anything', () => {
    const missing = mkdtempSync(join(tmpdir(), 'journey-no-electron-'));
    rmSync(missing, { recursive: true });
    const run = spawnSync(process.execPath, [join(repoRoot, 'electron/launch.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8',
      // Electron's resolver honours this override without downloading: a folder that does not exist
      // plays the part of a machine where the binary could not be fetched.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: missing },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(ELECTRON_UNAVAILABLE_MESSAGE);
    expect(run.stdout).toBe('');
  }, 60_000);
});
