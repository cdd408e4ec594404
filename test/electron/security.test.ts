import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import {
  CONTENT_SECURITY_POLICY,
  EXTERNAL_URL_MAX_LENGTH,
  hardenSession,
  isTrustedSender,
  openExternalUrl,
  parseExternalUrl,
} from '../../electron/main/security';
import { FakeSession } from './fake-electron';

const noDevServer = { devServerUrl: null };

describe('hardenSession', () => {
  const hardened = (contentSecurityPolicy: string | null = CONTENT_SECURITY_POLICY): FakeSession => {
    const session = new FakeSession();
    hardenSession(session, { contentSecurityPolicy });
    return session;
  };

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses the %s permission when a page requests it',
    (permission) => {
      const session = hardened();
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no', () => {
    const session = hardened();
    expect(session.permissionCheckHandler).not.toBeNull();
    for (const permission of ['media', 'notifications', 'hid', 'serial', 'usb', 'unknown']) {
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });

  it('adds the content security policy to responses and keeps their other headers', () => {
    const session = hardened();
    const callback = vi.fn();
    session.headersListener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('replaces a laxer policy a response brought, whatever its header casing', () => {
    const session = hardened();
    const callback = vi.fn();
    session.headersListener?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      callback,
    );
    const headers = callback.mock.calls[0]?.[0]?.responseHeaders as Record<string, string[]>;
    const policies = Object.entries(headers).filter(
      ([name]) => name.toLowerCase() === 'content-security-policy',
    );
    expect(policies).toEqual([['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]]);
  });

  it('leaves headers alone while developing against the Vite server, but still refuses permissions', () => {
    const session = hardened(null);
    expect(session.headersListener).toBeNull();
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('has a policy that forbids remote scripts, plugins, framing and form posts', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('isTrustedSender', () => {
  const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

  it('trusts the top frame of our own app page', () => {
    expect(isTrustedSender(topFrame(APP_ENTRY_URL), noDevServer)).toBe(true);
    expect(isTrustedSender(topFrame('app://journey-studio/index.html#/map/1'), noDevServer)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://journey-studio.evil.example/index.html',
    'app://other-app/index.html',
    'app://evil@example/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'not a url',
    '',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(topFrame(url), noDevServer)).toBe(false);
  });

  it('refuses a sub-frame even when it shows our own origin', () => {
    const event = { senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } };
    expect(isTrustedSender(event, noDevServer)).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null }, noDevServer)).toBe(false);
  });

  it('trusts the Vite dev server only while it is the configured one', () => {
    const devServer = { devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSender(topFrame('http://localhost:5173/index.html'), devServer)).toBe(true);
    expect(isTrustedSender(topFrame('http://localhost:5174/index.html'), devServer)).toBe(false);
    expect(isTrustedSender(topFrame('http://localhost:5173/index.html'), noDevServer)).toBe(false);
  });
});

describe('openExternal', () => {
  it.each([
    ['https://example.com/research?q=nps', 'https://example.com/research?q=nps'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:cx-team@example.com?subject=Journey', 'mailto:cx-team@example.com?subject=Journey'],
  ])('opens %s in the OS', async (url, opened) => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    await expect(openExternalUrl(shell, url)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a file: URL', 'file:///C:/Windows/System32/calc.exe'],
    ['an SMB share', 'smb://server/share/run.exe'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an https URL without a host', 'https://'],
    ['a relative path', '/etc/passwd'],
    ['an empty string', ''],
    ['a number', 42],
    ['an object', { href: 'https://example.com' }],
    ['null', null],
    ['a huge string', `https://example.com/${'a'.repeat(EXTERNAL_URL_MAX_LENGTH)}`],
  ])('refuses %s without asking the OS', async (_label, value) => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    await expect(openExternalUrl(shell, value)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports false when the OS cannot open the link', async () => {
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no handler'))) };
    await expect(openExternalUrl(shell, 'https://example.com')).resolves.toBe(false);
  });

  it('parses, never pattern-matches: a URL that only looks like https is refused', () => {
    expect(parseExternalUrl(' javascript:alert("https://")')).toBeNull();
    expect(parseExternalUrl('HTTPS://EXAMPLE.COM/A')).toBe('https://example.com/A');
  });
});
