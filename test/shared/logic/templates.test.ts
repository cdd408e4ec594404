import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCxmap, writeCxmap } from '../../../shared/format';
import { ITEM_KINDS } from '../../../shared/model';
import { emotionCurve } from '../../../shared/logic';
import { sparseCells } from './support';

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/templates');
const templateNames = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.cxmap'))
  .sort();

const readTemplate = (name: string) => {
  const bytes = readFileSync(path.join(templatesDir, name));
  const read = readCxmap(bytes);
  if (!read.ok) throw new Error(`${name} is refused: ${JSON.stringify(read.error)}`);
  return { text: bytes.toString('utf8'), document: read.value };
};

describe('templates', () => {
  it('are the three the start screen offers', () => {
    expect(templateNames).toEqual(['b2b-onboarding.cxmap', 'b2c-purchase.cxmap', 'service-recovery.cxmap']);
  });

  describe.each(templateNames)('%s', (name) => {
    it('opens as a valid version-1 document and is written canonically (a save changes no byte)', () => {
      const { text, document } = readTemplate(name);
      expect(document.version).toBe(1);
      expect(writeCxmap(document)).toBe(text);
    });

    it('has 4–6 stages with goals and 4–6 lanes including an emotions lane', () => {
      const { map } = readTemplate(name).document;
      expect(map.stages.length).toBeGreaterThanOrEqual(4);
      expect(map.stages.length).toBeLessThanOrEqual(6);
      expect(map.stages.filter((stage) => !stage.goal?.trim())).toEqual([]);
      expect(map.lanes.length).toBeGreaterThanOrEqual(4);
      expect(map.lanes.length).toBeLessThanOrEqual(6);
      expect(map.lanes.map((lane) => lane.kind)).toContain('emotions');
    });

    it('has a persona, 8–14 items of every kind and links between them', () => {
      const { map } = readTemplate(name).document;
      expect(map.personas.length).toBeGreaterThanOrEqual(1);
      expect(map.items.length).toBeGreaterThanOrEqual(8);
      expect(map.items.length).toBeLessThanOrEqual(14);
      expect(new Set(map.items.map((item) => item.kind))).toEqual(new Set(ITEM_KINDS));
      expect(map.links.length).toBeGreaterThan(0);
      expect(sparseCells(map)).toEqual([]);
    });

    it('scores every touchpoint and rates every friction point, so the curve and the summary have data', () => {
      const { map } = readTemplate(name).document;
      const unscored = map.items.filter(
        (item) =>
          item.kind === 'touchpoint' &&
          (item.emotion === undefined || item.effort === undefined || item.success === undefined),
      );
      expect(unscored.map((item) => item.id)).toEqual([]);
      const unrated = map.items.filter((item) => item.kind === 'friction' && item.severity === undefined);
      expect(unrated.map((item) => item.id)).toEqual([]);
      expect(emotionCurve(map).filter((point) => point.mean !== null).length).toBe(map.stages.length);
    });
  });
});
