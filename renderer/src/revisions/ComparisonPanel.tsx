import { memo, useMemo } from 'react';
import type { FieldChange, MapDiff, RecordChange } from '../../../shared/logic';
import { assessChange } from '../../../shared/metrics';
import type { Item, Lane, Stage } from '../../../shared/model';
import { t } from '../i18n';
import type { ChangeStatus } from './compareModel';
import {
  describeFieldChange,
  describeItemLinks,
  formatDelta,
  formatMetricValue,
  seriesName,
} from './describeChanges';
import type { NameLookup } from './describeChanges';
import { statusSuffix } from './RevisionNodes';

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly status: ChangeStatus;
  /** Field-by-field lines, for changed records. */
  readonly lines: readonly string[];
}

function entriesOf<T extends { id: string }>(
  collection: {
    readonly added: readonly T[];
    readonly removed: readonly T[];
    readonly changed: readonly RecordChange<T>[];
  },
  nameOf: (record: T) => string,
  linesOf: (change: RecordChange<T>) => string[],
): Entry[] {
  return [
    ...collection.added.map((record) => ({
      id: record.id,
      name: nameOf(record),
      status: 'added' as const,
      lines: [],
    })),
    ...collection.changed.map((change) => ({
      id: change.id,
      name: nameOf(change.after),
      status: 'changed' as const,
      lines: linesOf(change),
    })),
    ...collection.removed.map((record) => ({
      id: record.id,
      name: nameOf(record),
      status: 'removed' as const,
      lines: [],
    })),
  ];
}

function itemEntries(diff: MapDiff, names: NameLookup): Entry[] {
  const describe = (changes: readonly FieldChange[]) =>
    changes.map((change) => describeFieldChange(change, names));
  const entries = entriesOf<Item>(
    diff.items,
    (item) => item.title,
    (change) => [...describe(change.changes), ...describeItemLinks(diff, change.id, names)],
  );
  // Items whose only change is a link: listed as changed, with the links as their lines.
  const listed = new Set(entries.map((entry) => entry.id));
  const linkOnly = new Set<string>();
  for (const link of [
    ...diff.links.added,
    ...diff.links.removed,
    ...diff.links.changed.map((change) => change.after),
  ]) {
    for (const id of [link.from, link.to]) if (!listed.has(id) && names.items.has(id)) linkOnly.add(id);
  }
  for (const id of linkOnly) {
    entries.push({
      id,
      name: names.items.get(id) ?? id,
      status: 'changed',
      lines: describeItemLinks(diff, id, names),
    });
  }
  return entries;
}

interface ChangeListProps {
  readonly heading: string;
  readonly entries: readonly Entry[];
  readonly focusedId?: string | null;
  readonly onPick?: (id: string) => void;
}

function ChangeList({ heading, entries, focusedId = null, onPick }: ChangeListProps) {
  if (entries.length === 0) return null;
  return (
    <section className="comparison__group">
      <h3 className="comparison__group-heading">{heading}</h3>
      <ul className="comparison__list">
        {entries.map((entry) => {
          const label = t('revisions.entry', { name: entry.name, status: statusSuffix(entry.status) });
          return (
            <li key={entry.id} className={`comparison__entry comparison__entry--${entry.status}`}>
              {onPick === undefined ? (
                <span dir="auto">{label}</span>
              ) : (
                <button
                  type="button"
                  className="comparison__pick"
                  aria-expanded={entry.lines.length > 0 ? focusedId === entry.id : undefined}
                  onClick={() => onPick(entry.id)}
                >
                  <span dir="auto">{label}</span>
                </button>
              )}
              {entry.lines.length > 0 && (onPick === undefined || focusedId === entry.id) && (
                <ul className="comparison__fields">
                  {entry.lines.map((line, index) => (
                    <li key={index} dir="auto">
                      {line}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MetricsTable({ diff, names }: { diff: MapDiff; names: NameLookup }) {
  return (
    <section className="comparison__group">
      <h3 className="comparison__group-heading">{t('revisions.metrics.heading')}</h3>
      {diff.metricSeries.length === 0 ? (
        <p className="comparison__empty">{t('revisions.metrics.empty')}</p>
      ) : (
        <table className="comparison__metrics">
          <thead>
            <tr>
              <th scope="col">{t('revisions.metrics.series')}</th>
              <th scope="col">{t('revisions.metrics.before')}</th>
              <th scope="col">{t('revisions.metrics.after')}</th>
              <th scope="col">{t('revisions.metrics.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.metricSeries.map((row) => {
              const assessment = row.delta === null ? 'same' : assessChange(row.kind, row.delta);
              return (
                <tr key={row.key}>
                  <th scope="row" dir="auto">
                    {seriesName(row, names)}
                  </th>
                  <td>{formatMetricValue(row.kind, row.before)}</td>
                  <td>{formatMetricValue(row.kind, row.after)}</td>
                  <td
                    className={`comparison__delta comparison__delta--${assessment}`}
                    // Colour is not the only cue: the title says which way is good.
                    title={assessment === 'same' ? undefined : t(`revisions.metrics.${assessment}`)}
                  >
                    {formatDelta(row.kind, row.delta)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

export interface ComparisonPanelProps {
  readonly beforeLabel: string;
  readonly afterLabel: string;
  readonly diff: MapDiff;
  readonly names: NameLookup;
  readonly focusedItemId: string | null;
  readonly onPickItem: (itemId: string) => void;
  readonly onSwap: () => void;
  readonly onClose: () => void;
}

/** The compare side panel: what changed, grouped by kind, and how every metric series moved. */
function ComparisonPanelView(props: ComparisonPanelProps) {
  const { diff, names } = props;
  const items = useMemo(() => itemEntries(diff, names), [diff, names]);
  const stages = useMemo(
    () =>
      entriesOf<Stage>(
        diff.stages,
        (stage) => stage.name,
        (change) => change.changes.map((field) => describeFieldChange(field, names)),
      ),
    [diff, names],
  );
  const lanes = useMemo(
    () =>
      entriesOf<Lane>(
        diff.lanes,
        (lane) => lane.name,
        (change) => change.changes.map((field) => describeFieldChange(field, names)),
      ),
    [diff, names],
  );
  const mapLines = diff.map.map((change) => describeFieldChange(change, names));
  const count = (status: ChangeStatus) =>
    [...items, ...stages, ...lanes].filter((entry) => entry.status === status).length;
  const nothing = items.length + stages.length + lanes.length + mapLines.length === 0;

  return (
    <aside className="comparison" role="region" aria-label={t('revisions.panelLabel')}>
      <header className="comparison__header">
        <h2 className="comparison__sides" dir="auto">
          {t('revisions.sides', { before: props.beforeLabel, after: props.afterLabel })}
        </h2>
        <div className="comparison__actions">
          <button type="button" onClick={props.onSwap}>
            {t('revisions.swap')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('revisions.closeComparison')}
          </button>
        </div>
        <p className="comparison__counts">
          <span className="comparison__count comparison__count--added">
            {t('revisions.count.added', { count: count('added') })}
          </span>
          <span className="comparison__count comparison__count--removed">
            {t('revisions.count.removed', { count: count('removed') })}
          </span>
          <span className="comparison__count comparison__count--changed">
            {t('revisions.count.changed', { count: count('changed') })}
          </span>
        </p>
      </header>
      {nothing && <p className="comparison__empty">{t('revisions.noChanges')}</p>}
      <MetricsTable diff={diff} names={names} />
      {mapLines.length > 0 && (
        <ChangeList
          heading={t('revisions.group.map')}
          entries={[{ id: 'map', name: t('revisions.group.map'), status: 'changed', lines: mapLines }]}
        />
      )}
      <ChangeList
        heading={t('revisions.group.items')}
        entries={items}
        focusedId={props.focusedItemId}
        onPick={props.onPickItem}
      />
      <ChangeList heading={t('revisions.group.stages')} entries={stages} />
      <ChangeList heading={t('revisions.group.lanes')} entries={lanes} />
    </aside>
  );
}

export const ComparisonPanel = memo(ComparisonPanelView);
