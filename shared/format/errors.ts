/**
 * Why a `.cxmap` file was refused. Each variant carries what the user needs to find the problem;
 * the renderer's message catalog turns them into plain sentences (`renderer/src/i18n`).
 */
export type FormatError =
  /** Bigger than MAX_FILE_BYTES; checked before anything is decoded. */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  /** Empty file, or only white space. */
  | { readonly kind: 'empty' }
  /** Not text at all; `looksLike` names a recognised binary type ("PNG image", "ZIP archive"). */
  | { readonly kind: 'binary'; readonly looksLike: string | null }
  /** Text but not JSON; line and column are 1-based. */
  | {
      readonly kind: 'not-json';
      readonly line: number | null;
      readonly column: number | null;
      readonly detail: string;
    }
  /** Nested deeper than the limit; checked on the raw text before JSON.parse. */
  | { readonly kind: 'too-deep'; readonly limit: number }
  /** A `__proto__`, `constructor` or `prototype` key: never honoured, so the file is refused. */
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly path: string }
  /** JSON, but not a Journey Studio map (no `"format": "cxmap"`). */
  | { readonly kind: 'not-cxmap' }
  /** Written by a newer version of the format than this app reads. */
  | { readonly kind: 'too-new'; readonly version: number; readonly supported: number }
  /** A `version` that is not a positive whole number. */
  | { readonly kind: 'bad-version'; readonly version: unknown }
  /**
   * A value of the wrong type, missing or out of range. `path` is the JSON path ("map.items[3].emotion"),
   * `record` names the record it belongs to where there is one (its kind and title or id).
   */
  | {
      readonly kind: 'invalid-value';
      readonly path: string;
      readonly problem: string;
      readonly record: RecordRef | null;
    }
  /** Two records share an id. */
  | { readonly kind: 'duplicate-id'; readonly id: string; readonly path: string }
  /** A reference to a record that does not exist: item "X" points at a stage that does not exist. */
  | {
      readonly kind: 'broken-reference';
      readonly record: RecordRef;
      readonly field: string;
      readonly target: string;
      readonly targetKind: RecordKind;
      readonly path: string;
    };

export type RecordKind =
  'map' | 'persona' | 'stage' | 'lane' | 'item' | 'link' | 'metric' | 'quote' | 'revision';

/** How a message names a record: its kind and the most human label it has (title, name, else id). */
export interface RecordRef {
  readonly kind: RecordKind;
  readonly label: string;
}
