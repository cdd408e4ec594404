import b2bOnboarding from '../../../assets/templates/b2b-onboarding.cxmap?raw';
import b2cPurchase from '../../../assets/templates/b2c-purchase.cxmap?raw';
import serviceRecovery from '../../../assets/templates/service-recovery.cxmap?raw';
import { readCxmap } from '../../../shared/format';
import { createBlankMap } from '../../../shared/logic';
import type { CxDocument, JourneyMap } from '../../../shared/model';
import type { DocumentSource } from '../store';

/** What a new map can start from: the empty frame, or one of the templates shipped in assets/. */
export type MapStarterId = 'blank' | 'b2c-purchase' | 'b2b-onboarding' | 'service-recovery';

/** The templates' text, bundled by Vite, in the order the New map dialog offers them. */
const TEMPLATE_TEXTS: readonly (readonly [Exclude<MapStarterId, 'blank'>, string])[] = [
  ['b2c-purchase', b2cPurchase],
  ['b2b-onboarding', b2bOnboarding],
  ['service-recovery', serviceRecovery],
];

export interface MapTemplate {
  readonly id: Exclude<MapStarterId, 'blank'>;
  readonly map: JourneyMap;
}

/**
 * The templates, read through the same reader as every file, so a broken template is a failing test
 * rather than a broken map in a user's hands. Read lazily: most sessions never open the dialog.
 */
let templates: readonly MapTemplate[] | null = null;
export function mapTemplates(): readonly MapTemplate[] {
  templates ??= TEMPLATE_TEXTS.map(([id, text]) => {
    const read = readCxmap(text);
    if (!read.ok) throw new Error(`The bundled template "${id}" is not a valid map (${read.error.kind}).`);
    return { id, map: read.value.map };
  });
  return templates;
}

/** Characters Windows (the strictest file system) refuses in a name; control characters too. */
const UNSAFE_FILE_NAME_CHARACTERS = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

const safeCharacter = (character: string): string =>
  UNSAFE_FILE_NAME_CHARACTERS.has(character) || character.charCodeAt(0) < 0x20 ? '-' : character;

function fileNameFor(title: string): string {
  const safe = [...title].map(safeCharacter).join('').trim().slice(0, 120);
  return `${safe === '' ? 'Untitled' : safe}.cxmap`;
}

export interface NewMap {
  readonly doc: CxDocument;
  readonly source: DocumentSource;
}

/**
 * A new map from `starter`, ready for `loadDocument`. It gets a fresh id — a map made from a template
 * is a new map, not a copy of the template, or every map made from it would share one identity (and
 * one revision history) — and is dated now.
 */
export function createNewMap(
  starter: MapStarterId,
  blankTitle: string,
  now: Date = new Date(),
  id: string = crypto.randomUUID(),
): NewMap {
  const timestamp = now.toISOString();
  if (starter === 'blank') {
    const map = createBlankMap({ id, now: timestamp, title: blankTitle });
    return {
      doc: { format: 'cxmap', version: 1, map },
      source: { fileName: 'Untitled.cxmap', filePath: null },
    };
  }
  const template = mapTemplates().find((candidate) => candidate.id === starter);
  if (template === undefined) throw new Error(`No template "${starter}".`);
  const map: JourneyMap = {
    ...structuredClone(template.map),
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  return {
    doc: { format: 'cxmap', version: 1, map },
    source: { fileName: fileNameFor(map.title), filePath: null },
  };
}
