import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { CXMAP_MIME_TYPE } from '../../shared/ipc/contract';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const loadConfig = () => getConfig(repoRoot, 'electron-builder.yml', null);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): { width: number; height: number } => {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const asset = (path: string): Buffer => readFileSync(join(repoRoot, path));

// Compiling electron-builder's JSON schema takes seconds on a busy two-core machine.
const SCHEMA_TIMEOUT = 30_000;

describe('electron-builder.yml', () => {
  it(
    "passes electron-builder's own schema validation",
    async () => {
      await expect(
        validateConfiguration(await loadConfig(), new DebugLogger(false)),
      ).resolves.toBeUndefined();
    },
    SCHEMA_TIMEOUT,
  );

  it(
    'is checked by a validator that does reject a misspelt option',
    async () => {
      const config = await loadConfig();
      const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
      await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
        /configuration\.electronFuses/,
      );
    },
    SCHEMA_TIMEOUT,
  );

  it('identifies the app and packs only the build output', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('com.journeystudio.app');
    expect(config.productName).toBe('Journey Studio');
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'assets/build' });
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
  });

  it('turns off the fuses that let a packaged app run other code', async () => {
    expect((await loadConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .cxmap files with the app on every platform', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'cxmap',
        name: 'Journey map',
        description: 'Journey Studio customer-journey map',
        mimeType: CXMAP_MIME_TYPE,
        icon: 'cxmap',
        role: 'Editor',
      }),
    ]);
    expect(config.linux?.mimeTypes).toContain(CXMAP_MIME_TYPE);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
  });
});

describe('icons', () => {
  it('has a 512 × 512 app icon for electron-builder to convert', () => {
    expect(pngSize(asset('assets/build/icon.png'))).toEqual({ width: 512, height: 512 });
  });

  it('has a 256 × 256 .cxmap document icon', () => {
    expect(pngSize(asset('assets/build/cxmap.png'))).toEqual({ width: 256, height: 256 });
  });

  it('has a Windows .ico for the file association, made of PNG images', () => {
    const ico = asset('assets/build/cxmap.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index;
      const offset = ico.readUInt32LE(entry + 12);
      const image = pngSize(ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)));
      expect(image.width).toBe(ico.readUInt8(entry) || 256);
      return image.width;
    });
    expect(sizes).toContain(256);
  });

  it('has a macOS .icns for the file association, made of PNG images', () => {
    const icns = asset('assets/build/cxmap.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const length = icns.readUInt32BE(offset + 4);
      found.set(
        icns.toString('ascii', offset, offset + 4),
        pngSize(icns.subarray(offset + 8, offset + length)).width,
      );
    }
    expect(Object.fromEntries(found)).toEqual({ ic07: 128, ic08: 256, ic09: 512 });
  });

  it('draws both icons in the brand colour from committed SVG sources', () => {
    for (const source of ['assets/icons/app-icon.svg', 'assets/icons/cxmap-file.svg']) {
      const svg = asset(source).toString('utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('#4f46e5');
      expect(svg).not.toMatch(/<script|on\w+=/i);
    }
  });
});
