/**
 * Where the app's own pages live. Every trust decision in main (navigation, IPC senders, the CSP)
 * compares against this one origin, so it is defined once.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origins whose pages may call our IPC and stay in the window: the custom protocol always, and
 * the Vite dev server while developing (`npm run dev`), never in a packaged app.
 */
export interface TrustedOrigins {
  readonly devServerUrl: string | null;
}

/** `scheme://host[:port]`, compared as text because Node's URL reports "null" as the origin of custom schemes. */
const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
};

export const isAppUrl = (url: string, trusted: TrustedOrigins): boolean => {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === APP_ORIGIN) return true;
  return trusted.devServerUrl !== null && origin === originOf(trusted.devServerUrl);
};
