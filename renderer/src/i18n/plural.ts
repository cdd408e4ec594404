import { messagesEn } from './messages.en';
import type { MessageKey } from './messages.en';
import { fillPlaceholders } from './translate';
import type { MessageParams } from './translate';

/**
 * Counted messages come in pairs, `<base>.one` and `<base>.other` ("1 item" / "3 items"). English
 * needs only those two forms; `Intl.PluralRules` picks between them, so a catalog for a language
 * with more forms can grow the pair without touching callers.
 */
const ENGLISH_PLURALS = new Intl.PluralRules('en');

/** Every `base` whose catalog has both `base.one` and `base.other`. */
export type PluralBase = {
  [Key in MessageKey]: Key extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** The placeholders of both forms, except `{count}`, which `tCount` fills in itself. */
type PluralParams<Base extends PluralBase> = Omit<
  MessageParams<`${Base}.one` & MessageKey> & MessageParams<`${Base}.other` & MessageKey>,
  'count'
>;

type PluralParamsArgument<Base extends PluralBase> = [keyof PluralParams<Base>] extends [never]
  ? []
  : [params: PluralParams<Base>];

/** The form of `base` that fits `count`, with `{count}` and the other placeholders filled in. */
export function tCount<Base extends PluralBase>(
  base: Base,
  count: number,
  ...[params]: PluralParamsArgument<Base>
): string {
  const form = ENGLISH_PLURALS.select(count) === 'one' ? 'one' : 'other';
  const key = `${base}.${form}` as MessageKey;
  return fillPlaceholders(messagesEn[key], { ...params, count });
}
