/**
 * The web links in a description, for the inspector to offer as "open in your browser" buttons.
 *
 * Maps come from strangers, so this is deliberately narrow: only `http://` and `https://` written
 * out in full count as links (never `javascript:`, `file:`, `data:`, `vbscript:`, a UNC path or a
 * protocol-relative `//host`), a URL carrying a user name or password is refused (it is how
 * `https://bank.example@evil.test` hides the real host), and the host is shown the way the URL
 * parser normalises it — punycode — so a look-alike (IDN homograph) host is visible as such.
 */

export interface DescriptionLink {
  /** The parsed, normalised URL; the only string ever handed to `openExternal`. */
  readonly href: string;
  /** The host in its ASCII (punycode) form, with a port if the URL names one. */
  readonly host: string;
  /** Host and path, shortened for a button. */
  readonly display: string;
}

/** Longer URLs are not offered: nobody writes them in prose, and they hide what they carry. */
export const MAX_LINK_LENGTH = 2048;
/** A description is prose, not a link list; past this many the rest are not offered. */
export const MAX_DESCRIPTION_LINKS = 10;
/** A button shows at most this many characters of host + path. */
export const MAX_LINK_DISPLAY = 60;

/**
 * `http(s)://` not glued to a word, a scheme or a path before it (so `javascript:https://…` and
 * `x//https://…` don't count), then everything up to whitespace, markup, quotes, a backslash, or a
 * control or bidirectional-formatting character (which could make the text read differently).
 */
const CANDIDATE =
  /(?<![\w+.\-:/\\@])https?:\/\/[^\s<>"'`\\\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/giu;

/** Punctuation that ends a sentence or clause rather than a URL: "see https://x.com/a." */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"']);
const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** After the parser, a host is ASCII letters, digits, dots, hyphens (underscores), or an IP literal. */
const ASCII_HOST = /^(?:[a-z0-9_.-]+|\[[0-9a-f:.]+\])$/u;

const count = (text: string, char: string): number => text.split(char).length - 1;

/**
 * Drops the punctuation prose puts after a URL, but keeps a closing bracket that the URL itself
 * opened: `https://en.wikipedia.org/wiki/Mercury_(planet)` stays whole, `(see https://x.com/a)`
 * loses its `)`.
 */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    const opening = CLOSING[last];
    if (TRAILING.has(last) || (opening !== undefined && count(url, last) > count(url, opening))) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One candidate as a link, or null when it is not an http(s) URL we are willing to open. */
function toLink(candidate: string): DescriptionLink | null {
  if (candidate.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '' || !ASCII_HOST.test(url.hostname)) return null;
  if (url.href.length > MAX_LINK_LENGTH) return null;
  const rest = `${url.pathname}${url.search}${url.hash}`;
  return {
    href: url.href,
    host: url.host,
    display: shorten(`${url.host}${rest === '/' ? '' : rest}`, MAX_LINK_DISPLAY),
  };
}

/**
 * The http(s) links written in `text`, in order of first appearance, each once (by normalised
 * href), at most `MAX_DESCRIPTION_LINKS`.
 */
export function findDescriptionLinks(text: string): readonly DescriptionLink[] {
  const links: DescriptionLink[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const link = toLink(trimTrailing(match[0]));
    if (link === null || seen.has(link.href)) continue;
    seen.add(link.href);
    links.push(link);
    if (links.length === MAX_DESCRIPTION_LINKS) break;
  }
  return links;
}
