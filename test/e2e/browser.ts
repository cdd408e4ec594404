import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
  'or set CHROMIUM_PATH to a Chrome/Chromium binary.';

/**
 * Without these, Chromium keeps dialling Google services on a closed network (TOOLCHAIN.md) and runs
 * into the sandbox restrictions of containers and CI runners.
 */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function candidatePaths(env: NodeJS.ProcessEnv): string[] {
  const windowsProgramFiles = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
    (folder): folder is string => Boolean(folder),
  );
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windowsProgramFiles.map((folder) =>
      path.win32.join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ),
  ];
}

/**
 * The Chromium the end-to-end tests drive. An explicit CHROMIUM_PATH wins and must exist: silently
 * falling back to another browser would hide a typo in CI configuration.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(NO_CHROMIUM_MESSAGE);
  }
  const found = candidatePaths(env).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: LAUNCH_ARGS });
}
