import type { JourneyMap } from '../model/schema';

/**
 * Privacy redaction for text that leaves the app (quotes CSV, storyboard PDF, presentation): customers'
 * own words often carry an e-mail address, a phone number or a name.
 *
 * What it catches:
 * - e-mail addresses (`anna.k@example.com`, Unicode local parts and domains) → "[email]";
 * - phone numbers with at least 7 digits, international (`+49 151 1234 5678`, `0049…`) or local
 *   (`(030) 123-4567`, `555.123.4567`, `8 (495) 123-45-67`), digits grouped by spaces, dashes, dots or
 *   parentheses; an unbroken digit run only with a leading "+" or with 10–15 digits → "[phone]";
 * - the names passed in `personNames` (the map's persona names plus names the user lists), whole words,
 *   case-insensitively, any script; for a "First Last" name the first name alone as well, when it is
 *   capitalised as names are written ("Maria said…") → "[name]";
 * - a capitalised name right after "I'm"/"I am", "my name is", "Mr/Ms/Mrs/Dr", "меня зовут",
 *   "mein Name ist", "je m'appelle", "me llamo" → "[name]" (the phrase itself stays).
 *
 * What it cannot catch (say so to users; this is a safety net, not anonymisation):
 * - names mentioned without a cue and not listed ("Sarah at the till was rude");
 * - a lower-case name after a cue ("i'm anna"), or nicknames and misspellings of listed names;
 * - phone numbers with fewer than 7 digits, or written in words; unbroken runs of 7–9 digits (they look
 *   like order or account numbers, which we keep);
 * - addresses, account numbers, IBANs, ID numbers, faces in linked files.
 * - a first name alone written in lower case ("maria said"), unless it is listed on its own.
 * And one over-reach: a Title Case persona name ("Busy Parent") also blanks a capitalised "Busy" on its
 * own (a sentence starting "Busy mornings…"), because "Maria Rossi" must blank "Maria"; we cannot tell
 * the two apart without a name list. A lower-case "busy" is left alone.
 * It deliberately leaves dates (2026-10-31, 31.10.2026, 2019-2020), amounts with a currency
 * ("€1 299 000", "1.299.000 EUR") and short numbers ("3 days") alone.
 */
export interface RedactOptions {
  readonly personNames: readonly string[];
}

export const REDACTED_EMAIL = '[email]';
export const REDACTED_PHONE = '[phone]';
export const REDACTED_NAME = '[name]';

/** Word characters in any script: letters, combining marks, digits. `\b` is ASCII-only, hence these. */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

const EMAIL = /[\p{L}\p{M}\p{N}._%+'-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * A phone candidate: optional "+" or "(", then digits and separators (space, no-break space, dash, en
 * dash, dot, parentheses), starting and ending with a digit (or ")" closing an area code). Lines are not
 * crossed. The digit count and the exclusions are checked in `isPhone`.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}_.,/-])\+?\(?\d[\d \u00a0().\u2013-]{4,}\d(?![\p{L}\p{N}_]|[.,]\d)/gu;

const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
const YEAR_RANGE = /^\d{4}\s*[-\u2013]\s*\d{4}$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*[-\u2013]\s*\d{1,2}[.:]\d{2}$/;
const CURRENCY_AFTER = /^\s?(?:\p{Sc}|(?:EUR|USD|GBP|CHF|RUB|JPY|руб|р\.)(?![\p{L}]))/iu;
const CURRENCY_BEFORE = /(?:\p{Sc}|EUR|USD|GBP|CHF|RUB)\s?$/iu;

const isPhone = (candidate: string, before: string, after: string): boolean => {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  const trimmed = candidate.trim();
  if (
    ISO_DATE.test(trimmed) ||
    DOTTED_DATE.test(trimmed) ||
    YEAR_RANGE.test(trimmed) ||
    TIME_RANGE.test(trimmed)
  )
    return false;
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return false;
  const separated = /[ \u00a0().\u2013-]/.test(trimmed);
  // An unbroken run of digits is an order or account number more often than a phone number, unless it
  // starts with "+" or is as long as a full national number.
  if (!separated && !trimmed.startsWith('+') && digits < 10) return false;
  return true;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A capitalised name word in any script: "Anna", "Zoë", "O'Brien", "Анна", "Jean-Luc". */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";

/**
 * Cues after which a capitalised word is a person's name. The cue is matched in either case for its
 * first letter only, so "I'm Anna" and "i'm Anna" count but "I'M ANNA" shouting does not need to.
 */
const NAME_CUE = new RegExp(
  `(${NOT_WORD_BEFORE}(?:[Ii]['’]m|[Ii] am|[Mm]y name is|[Mm]y name's|[Mm]rs?\\.?|[Mm]s\\.?|[Dd]r\\.?|` +
    `[Мм]еня зовут|[Mm]ein Name ist|[Jj]e m['’]appelle|[Mm]e llamo)\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD})?)${NOT_WORD_AFTER}`,
  'gu',
);

/** Words that follow "I'm" capitalised without being names (sentence-style writing, "I'm Not sure"). */
const NOT_NAMES = new Set([
  'Not',
  'So',
  'Very',
  'Really',
  'Just',
  'Still',
  'Always',
  'Never',
  'Sure',
  'Sorry',
]);

/** One pattern for a set of names as whole words, longest first so "Anna Schmidt" wins over "Anna". */
const wholeWords = (names: ReadonlySet<string>, flags: string): RegExp | undefined => {
  if (names.size === 0) return undefined;
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '\\s+'));
  return new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_WORD_AFTER}`, flags);
};

interface NamePatterns {
  /** The names as listed, in any case ("maria rossi", "АННА"). */
  readonly full: RegExp | undefined;
  /**
   * The first word of a "First Last" name on its own, only as names are written: capitalised. "Maria
   * said" is Maria; "a busy morning" is not the persona "Busy Parent".
   */
  readonly firstAlone: RegExp | undefined;
}

const namePatterns = (personNames: readonly string[]): NamePatterns => {
  const full = new Set<string>();
  const firstAlone = new Set<string>();
  const nameLike = new RegExp(`^${NAME_WORD}$`, 'u');
  for (const raw of personNames) {
    const listed = raw.trim().replace(/\s+/g, ' ');
    if (listed.length < 2) continue;
    full.add(listed);
    // Personas are often named "Maya, 34" or "Maya – busy parent": the name is the part before that.
    const name = listed.split(/\s*[,(\u2013\u2014]\s*|\s+-\s+/u)[0]?.trim() ?? '';
    if (name.length < 2) continue;
    full.add(name);
    // "Maria Rossi" is "Maria" in her own words; only for names that look like personal names.
    const words = name.split(' ');
    if (words.length >= 2 && words.length <= 3 && words.every((word) => nameLike.test(word))) {
      firstAlone.add(words[0] as string);
    }
  }
  return { full: wholeWords(full, 'giu'), firstAlone: wholeWords(firstAlone, 'gu') };
};

export const redactText = (text: string, options: RedactOptions): string => {
  let result = text.replace(EMAIL, REDACTED_EMAIL);
  result = result.replace(PHONE_CANDIDATE, (match: string, offset: number, whole: string) => {
    // The candidate may end in separators or an unmatched "(" before a date; keep trailing spaces.
    const core = match.replace(/[ \u00a0.(\u2013-]+$/u, '');
    const rest = match.slice(core.length);
    const before = whole.slice(Math.max(0, offset - 4), offset);
    const after = whole.slice(offset + core.length, offset + core.length + 5);
    return isPhone(core, before, after) ? `${REDACTED_PHONE}${rest}` : match;
  });
  const names = namePatterns(options.personNames);
  if (names.full) result = result.replace(names.full, REDACTED_NAME);
  if (names.firstAlone) result = result.replace(names.firstAlone, REDACTED_NAME);
  result = result.replace(NAME_CUE, (match: string, cue: string, name: string) =>
    NOT_NAMES.has(name.split(/\s+/)[0] ?? '') ? match : `${cue}${REDACTED_NAME}`,
  );
  return result;
};

/** The names to redact for a map: its personas' names plus the ones the user lists. */
export const personNamesOf = (map: JourneyMap, extra: readonly string[] = []): string[] => [
  ...map.personas.map((persona) => persona.name),
  ...extra,
];
