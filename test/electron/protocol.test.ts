import * as fs from 'node:fs/promises';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppProtocol,
  registerAppScheme,
  resolveAppFilePath,
} from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

let sandbox: string;
let root: string;
const SECRET = 'outside the renderer folder';

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'journey-protocol-'));
  root = join(sandbox, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  await writeFile(join(root, 'assets', 'index-3f2a.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'index-3f2a.css'), 'body{margin:0}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'assets', 'naïve café.png'), 'png bytes');
  await writeFile(join(sandbox, 'secret.txt'), SECRET);
  await mkdir(join(sandbox, 'renderer-evil'));
  await writeFile(join(sandbox, 'renderer-evil', 'x.js'), SECRET);
  await symlink(join(sandbox, 'secret.txt'), join(root, 'assets', 'escape.txt'));
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('resolveAppFilePath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppFilePath(root, 'app://journey-studio/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFilePath(root, 'app://journey-studio/assets/index-3f2a.js?v=1#x')).toBe(
      join(root, 'assets', 'index-3f2a.js'),
    );
    expect(resolveAppFilePath(root, 'app://journey-studio/assets/na%C3%AFve%20caf%C3%A9.png')).toBe(
      join(root, 'assets', 'naïve café.png'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppFilePath(root, 'app://journey-studio/')).toBe(join(root, 'index.html'));
    expect(resolveAppFilePath(root, 'app://journey-studio')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['a .. segment', 'app://journey-studio/../secret.txt'],
    ['a nested .. segment', 'app://journey-studio/assets/../../secret.txt'],
    ['an encoded .. segment', 'app://journey-studio/%2e%2e/secret.txt'],
    ['an upper-case encoded .. segment', 'app://journey-studio/%2E%2E/secret.txt'],
    ['.. with an encoded slash', 'app://journey-studio/..%2fsecret.txt'],
    ['.. with an encoded backslash', 'app://journey-studio/..%5csecret.txt'],
    ['a sibling folder sharing the prefix', 'app://journey-studio/..%2frenderer-evil%2fx.js'],
    ['an encoded NUL byte', 'app://journey-studio/index.html%00.png'],
    ['an absolute path', 'app://journey-studio//etc/passwd'],
    ['an encoded absolute path', 'app://journey-studio/%2Fetc%2Fpasswd'],
    ['a Windows drive path', 'app://journey-studio/C:/Windows/win.ini'],
    ['an encoded Windows drive path', 'app://journey-studio/C%3A%5CWindows%5Cwin.ini'],
    ['a UNC path', 'app://journey-studio/%5C%5Cserver%5Cshare%5Cx'],
    ['a malformed escape', 'app://journey-studio/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a host with a port', 'app://journey-studio:8080/index.html'],
    ['credentials before the host', 'app://x@journey-studio/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://journey-studio/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppFilePath(root, url)).toBeNull();
  });

  it('refuses a raw NUL byte', () => {
    expect(resolveAppFilePath(root, 'app://journey-studio/index.html\0.png')).toBeNull();
  });
});

describe('the app protocol handler', () => {
  // Built per request because `root` only exists once beforeAll has run.
  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler(root, fs)(new Request(url, { method }));

  it('serves the entry page as HTML with the content security policy', async () => {
    const response = await get('app://journey-studio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(response.text()).resolves.toBe('<!doctype html><title>Journey Studio</title>');
  });

  it('serves scripts, styles and images with their own types', async () => {
    const script = await get('app://journey-studio/assets/index-3f2a.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    await expect(script.text()).resolves.toBe('console.log("app")');
    expect((await get('app://journey-studio/assets/index-3f2a.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://journey-studio/assets/logo.svg')).headers.get('content-type')).toBe(
      'image/svg+xml',
    );
  });

  it('answers 404 for a missing file, a folder, and anything outside the root', async () => {
    for (const url of [
      'app://journey-studio/missing.js',
      'app://journey-studio/assets/',
      'app://journey-studio/%2e%2e/secret.txt',
      'app://journey-studio/..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      await expect(response.text()).resolves.not.toContain(SECRET);
    }
  });

  it('does not follow a symlink that leads out of the root', async () => {
    const response = await get('app://journey-studio/assets/escape.txt');
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.not.toContain(SECRET);
  });

  it('only answers reads', async () => {
    expect((await get('app://journey-studio/index.html', 'POST')).status).toBe(405);
    const head = await get('app://journey-studio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    await expect(head.text()).resolves.toBe('');
  });

  it('answers 404 rather than failing when the root folder does not exist', async () => {
    const missingRoot = createAppProtocolHandler(join(sandbox, 'not-built-yet'), fs);
    expect((await missingRoot(new Request('app://journey-studio/index.html'))).status).toBe(404);
  });
});

describe('scheme registration', () => {
  it('makes app:// a standard, secure scheme that fetch can use', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('hands app:// requests to the root-bound handler', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    registerAppProtocol({ handle: (scheme, handler) => handlers.set(scheme, handler) }, root, fs);
    expect([...handlers.keys()]).toEqual(['app']);
    const response = await handlers.get('app')?.(new Request('app://journey-studio/index.html'));
    expect(response?.status).toBe(200);
  });

  it('falls back to a download type for unknown extensions', () => {
    expect(mimeTypeFor('/x/file.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/FONT.WOFF2')).toBe('font/woff2');
  });
});
