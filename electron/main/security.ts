import { isAppUrl, type TrustedOrigins } from './app-origin';

/**
 * The app's content security policy. React Flow positions nodes with inline styles, hence
 * `'unsafe-inline'` for styles only; PNG export draws through data: and blob: images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

type ResponseHeaders = Record<string, string | string[]>;

/** The part of Electron's `Session` that hardening touches; narrow so tests can hand in a fake. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { readonly responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: ResponseHeaders }) => void,
      ) => void,
    ): void;
  };
}

export interface SessionHardeningOptions {
  /**
   * `null` while running against the Vite dev server, whose React refresh preamble is an inline
   * script and whose hot reload needs a websocket: the policy would break development, not protect it.
   */
  readonly contentSecurityPolicy: string | null;
}

/** Without the CSP, every other header passes through; any policy the response brought is replaced by ours. */
export const withContentSecurityPolicy = (
  headers: Record<string, string[]> | undefined,
  policy: string,
): ResponseHeaders => {
  const kept: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  kept['Content-Security-Policy'] = [policy];
  return kept;
};

/** The app needs no camera, notifications, geolocation or any other permission: all are refused. */
export const hardenSession = (session: HardenableSession, options: SessionHardeningOptions): void => {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const policy = options.contentSecurityPolicy;
  if (policy === null) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
};

/** What main knows about an IPC message's sender; Electron's IpcMainInvokeEvent has this shape. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Only our own top-level page may call privileged IPC: a frame from anywhere else (a navigation
 * that slipped through, an injected iframe) is refused before any handler looks at its arguments.
 */
export const isTrustedSender = (event: IpcSenderEvent, trusted: TrustedOrigins): boolean => {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url, trusted);
};

/** Long enough for any real link or prefilled mail; a longer string is not a link a user clicked. */
export const EXTERNAL_URL_MAX_LENGTH = 8192;

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** The normalised URL when `value` is an http(s) link with a host or a mailto link; otherwise `null`. */
export const parseExternalUrl = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length === 0 || value.length > EXTERNAL_URL_MAX_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
};

export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/**
 * Hands a link to the OS only after parsing it: `shell.openExternal` with a `file:`, `smb:` or custom
 * scheme URL can run programs, so anything but http, https and mailto is refused.
 */
export const openExternalUrl = async (shell: ExternalOpener, value: unknown): Promise<boolean> => {
  const url = parseExternalUrl(value);
  if (url === null) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    return false;
  }
};
