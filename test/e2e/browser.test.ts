import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findChromium } from './browser';

describe('finding the Chromium the end-to-end tests drive', () => {
  it('uses CHROMIUM_PATH when it names an existing file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-studio-chromium-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const fakeBrowser = path.join(folder, 'my-chrome');
    writeFileSync(fakeBrowser, '');

    expect(findChromium({ CHROMIUM_PATH: fakeBrowser })).toBe(fakeBrowser);
  });

  it('fails with a one-line install hint when CHROMIUM_PATH names nothing', () => {
    const missing = path.join(tmpdir(), 'journey-studio-no-such-browser');
    let message = '';
    try {
      findChromium({ CHROMIUM_PATH: missing });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }

    expect(message).toMatch(
      /^No Chromium found for the end-to-end tests: .*sudo apt-get install -y chromium.*CHROMIUM_PATH/,
    );
    expect(message).not.toContain('\n');
  });
});
