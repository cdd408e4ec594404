import { extname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Must run before the app is ready: a standard, secure scheme gets an origin of its own (so
 * `'self'` in the CSP, IndexedDB and fetch work), which `file://` never reliably had.
 */
export const registerAppScheme = (protocol: {
  registerSchemesAsPrivileged(
    schemes: {
      scheme: string;
      privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean };
    }[],
  ): void;
}): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

const ENTRY_FILE = 'index.html';

/** Decodes `%xx` escapes; `null` for malformed ones, which no file of ours needs. */
const decodePath = (encoded: string): string | null => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
};

/** The path part of the request exactly as it was written, before the URL parser folds `..` away. */
const rawPathOf = (requestUrl: string): string => {
  const afterOrigin = requestUrl.slice(APP_ORIGIN.length);
  const end = afterOrigin.search(/[?#]/);
  return end === -1 ? afterOrigin : afterOrigin.slice(0, end);
};

/**
 * Maps an `app://journey-studio/…` URL to a file under `rootDir`, or `null` when the request must
 * not be served. The path is checked both as written and after decoding, since `%2e%2e` and `%2f`
 * become `..` and `/` once decoded; NUL bytes, drive letters and absolute paths are refused outright.
 */
export const resolveAppFilePath = (rootDir: string, requestUrl: string): string | null => {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (!requestUrl.toLowerCase().startsWith(APP_ORIGIN)) return null;

  const decoded = decodePath(rawPathOf(requestUrl));
  if (decoded === null || decoded.includes('\0')) return null;
  if (decoded !== '' && !decoded.startsWith('/')) return null;
  const relativePath = decoded.slice(1);
  // What is left must be relative on every OS: no second slash, backslash, drive letter or UNC prefix.
  if (relativePath.startsWith('/') || relativePath.startsWith('\\')) return null;
  if (isAbsolute(relativePath) || win32.isAbsolute(relativePath) || relativePath.includes(':')) return null;
  if (relativePath.split(/[/\\]/).some((segment) => segment === '..')) return null;

  const root = resolve(rootDir);
  const target = resolve(
    root,
    relativePath === '' || relativePath.endsWith('/') ? relativePath + ENTRY_FILE : relativePath,
  );
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot))
    return null;
  return target;
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.cxmap': 'application/x-cxmap+json',
};

export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** The file-system calls serving needs (the `node:fs/promises` shape), injected so tests can use a temp dir. */
export interface StaticFileSystem {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

const isInside = (root: string, target: string): boolean => {
  const fromRoot = relative(root, target);
  return fromRoot !== '' && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot);
};

/**
 * Serves files under `rootDir` and nothing else. A symlink inside the folder that points outside it
 * is refused too, by comparing real paths.
 */
export const createAppProtocolHandler = (rootDir: string, fs: StaticFileSystem) => {
  let realRoot: Promise<string> | null = null;
  const realRootDir = (): Promise<string> => {
    realRoot ??= fs.realpath(rootDir).catch((error: unknown) => {
      // Not cached: the folder may appear later (a build finishing while the window is open).
      realRoot = null;
      throw error;
    });
    return realRoot;
  };
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const target = resolveAppFilePath(rootDir, request.url);
    if (target === null) return notFound();
    try {
      const [root, realTarget] = await Promise.all([realRootDir(), fs.realpath(target)]);
      if (!isInside(root, realTarget)) return notFound();
      if (!(await fs.stat(realTarget)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : await fs.readFile(realTarget);
      const contentType = mimeTypeFor(realTarget);
      const headers: Record<string, string> = {
        'Content-Type': contentType,
        'X-Content-Type-Options': 'nosniff',
      };
      if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return new Response(body, { status: 200, headers });
    } catch {
      return notFound();
    }
  };
};

export const registerAppProtocol = (
  protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void },
  rootDir: string,
  fs: StaticFileSystem,
): void => {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, fs));
};
