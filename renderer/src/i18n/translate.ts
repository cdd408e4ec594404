import { messagesEn } from './messages.en';
import type { MessageKey, Messages } from './messages.en';

/** The `{name}` placeholders of a message, as a union of their names. */
type PlaceholdersOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams<Key extends MessageKey> = Readonly<
  Record<PlaceholdersOf<Messages[Key]>, string | number>
>;

/** A message without placeholders takes no second argument; one with placeholders requires them all. */
type ParamsArgument<Key extends MessageKey> = [PlaceholdersOf<Messages[Key]>] extends [never]
  ? []
  : [params: MessageParams<Key>];

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The catalog text for `key` with its parameters filled in. Replacement is a single pass, so a value
 * that itself contains `{something}` (a title from a file) is inserted literally.
 */
export function t<Key extends MessageKey>(key: Key, ...[params]: ParamsArgument<Key>): string {
  const text: string = messagesEn[key];
  return params === undefined ? text : fillPlaceholders(text, params);
}

/** `text` with each `{name}` replaced by its value, in one pass; unknown placeholders stay as they are. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Keys of messages without placeholders: labels that can be stored as data and shown with `t(key)`. */
export type PlainMessageKey = {
  [Key in MessageKey]: [PlaceholdersOf<Messages[Key]>] extends [never] ? Key : never;
}[MessageKey];
