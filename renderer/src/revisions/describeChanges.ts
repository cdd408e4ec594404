import { CELL_FIELD, ORDER_FIELD, POSITION_FIELD } from '../../../shared/logic';
import type { FieldChange, MapDiff, MetricSeriesRow } from '../../../shared/logic';
import { METRIC_KIND_LABELS, roundForKind } from '../../../shared/metrics';
import type { JourneyMap, MetricKind } from '../../../shared/model';
import { t } from '../i18n';
import type { PlainMessageKey } from '../i18n';
import { itemKindLabel } from '../canvas/itemPresentation';

/**
 * The compare panel's words for a diff: "Title: Old → New", "Moved from Order / Touchpoints to Pay /
 * Touchpoints", "NPS · Order". Values from the file are only ever returned as text to render.
 */

const FIELD_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  title: 'revisions.field.title',
  description: 'revisions.field.description',
  kind: 'revisions.field.kind',
  channel: 'revisions.field.channel',
  owner: 'revisions.field.owner',
  emotion: 'revisions.field.emotion',
  effort: 'revisions.field.effort',
  success: 'revisions.field.success',
  severity: 'revisions.field.severity',
  personaIds: 'revisions.field.personas',
  name: 'revisions.field.name',
  goal: 'revisions.field.goal',
  [ORDER_FIELD]: 'revisions.field.order',
};

/** Both sides' names, so a stage or lane gone in `after` (or new in it) still has one. */
export interface NameLookup {
  readonly stages: ReadonlyMap<string, string>;
  readonly lanes: ReadonlyMap<string, string>;
  readonly items: ReadonlyMap<string, string>;
  readonly personas: ReadonlyMap<string, string>;
}

export function namesOf(before: JourneyMap, after: JourneyMap): NameLookup {
  const index = <T extends { id: string }>(records: readonly T[], name: (record: T) => string) =>
    new Map(records.map((record) => [record.id, name(record)]));
  return {
    stages: index([...before.stages, ...after.stages], (stage) => stage.name),
    lanes: index([...before.lanes, ...after.lanes], (lane) => lane.name),
    items: index([...before.items, ...after.items], (item) => item.title),
    personas: index([...before.personas, ...after.personas], (persona) => persona.name),
  };
}

const MAX_VALUE_LENGTH = 80;

function valueText(field: string, value: unknown, names: NameLookup): string {
  if (value === undefined || value === null || value === '') return t('revisions.value.none');
  if (field === 'kind' && typeof value === 'string' && value in ITEM_KIND_KEYS) {
    return itemKindLabel(value as keyof typeof ITEM_KIND_KEYS);
  }
  if (field === 'personaIds' && Array.isArray(value)) {
    if (value.length === 0) return t('revisions.value.none');
    return value.map((id) => names.personas.get(String(id)) ?? String(id)).join(', ');
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

const ITEM_KIND_KEYS = { touchpoint: 1, friction: 1, magic: 1, opportunity: 1, note: 1 } as const;

function cellText(value: unknown, names: NameLookup): string {
  const cell = (value ?? {}) as { stageId?: unknown; laneId?: unknown };
  const stage = names.stages.get(String(cell.stageId)) ?? String(cell.stageId);
  const lane = names.lanes.get(String(cell.laneId)) ?? String(cell.laneId);
  return t('revisions.cell', { stage, lane });
}

/** One line per changed field: "Emotion: 2 → 4", "Moved from Order / Touchpoints to Pay / Touchpoints". */
export function describeFieldChange(change: FieldChange, names: NameLookup): string {
  if (change.field === CELL_FIELD) {
    return t('revisions.movedCell', {
      from: cellText(change.before, names),
      to: cellText(change.after, names),
    });
  }
  if (change.field === POSITION_FIELD) {
    return t('revisions.movedPosition', {
      from: Number(change.before) + 1,
      to: Number(change.after) + 1,
    });
  }
  const key = FIELD_LABELS[change.field];
  return t('revisions.fieldChange', {
    field: key === undefined ? change.field : t(key),
    before: valueText(change.field, change.before, names),
    after: valueText(change.field, change.after, names),
  });
}

/** Links that came or went at an item: "Link added to “Pay by card”". */
export function describeItemLinks(diff: MapDiff, itemId: string, names: NameLookup): string[] {
  const otherEnd = (link: { from: string; to: string }) => {
    const id = link.from === itemId ? link.to : link.from;
    return names.items.get(id) ?? id;
  };
  const touches = (link: { from: string; to: string }) => link.from === itemId || link.to === itemId;
  return [
    ...diff.links.added.filter(touches).map((link) => t('revisions.linkAdded', { title: otherEnd(link) })),
    ...diff.links.removed
      .filter(touches)
      .map((link) => t('revisions.linkRemoved', { title: otherEnd(link) })),
    ...diff.links.changed
      .filter((change) => touches(change.after))
      .map((change) => t('revisions.linkChanged', { title: otherEnd(change.after) })),
  ];
}

/** "NPS · Map", "CSAT · Order", "Custom metric “Wait” · Pay by card". */
export function seriesName(row: MetricSeriesRow, names: NameLookup): string {
  const kind =
    row.kind === 'custom' && row.name !== undefined
      ? t('revisions.customMetric', { name: row.name })
      : METRIC_KIND_LABELS[row.kind];
  const scope =
    row.scope.kind === 'map'
      ? t('revisions.scope.map')
      : row.scope.kind === 'stage'
        ? (names.stages.get(row.scope.stageId) ?? row.scope.stageId)
        : (names.items.get(row.scope.itemId) ?? row.scope.itemId);
  return t('revisions.seriesName', { kind, scope });
}

export function formatMetricValue(kind: MetricKind, value: number | null): string {
  return value === null ? t('revisions.value.none') : String(roundForKind(kind, value));
}

/** "−7", "+3", "0": a real minus sign, so the number reads as a change. */
export function formatDelta(kind: MetricKind, delta: number | null): string {
  if (delta === null) return t('revisions.value.none');
  const rounded = roundForKind(kind, delta);
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `\u2212${Math.abs(rounded)}`;
}
