import { useStore as useFlowStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { metricsIndex, seriesOfItem, seriesOfStage } from '../../../../shared/logic';
import type { EvidenceStatus, MetricsIndex } from '../../../../shared/logic';
import type { MetricSeries } from '../../../../shared/metrics';
import type { Item, Metric, Quote } from '../../../../shared/model';
import { useStudioStore } from '../../store';

/**
 * Narrow, stable selectors for the evidence on the canvas. The index is derived once per `map.metrics`
 * array (Immer keeps that reference while other parts of the map change), so renaming a card hands
 * every badge the same series list as before and none of them re-renders.
 */

const indexCache = new WeakMap<readonly Metric[], MetricsIndex>();
const quotedCache = new WeakMap<readonly Quote[], ReadonlySet<string>>();
const NO_SERIES: readonly MetricSeries[] = [];

export const indexOfMetrics = (metrics: readonly Metric[]): MetricsIndex => {
  let index = indexCache.get(metrics);
  if (index === undefined) {
    index = metricsIndex(metrics);
    indexCache.set(metrics, index);
  }
  return index;
};

const quotedItemIds = (quotes: readonly Quote[]): ReadonlySet<string> => {
  let quoted = quotedCache.get(quotes);
  if (quoted === undefined) {
    quoted = new Set(quotes.flatMap((quote) => quote.itemIds));
    quotedCache.set(quotes, quoted);
  }
  return quoted;
};

export function useItemSeries(itemId: string): readonly MetricSeries[] {
  return useStudioStore((state) => {
    const metrics = state.doc?.map.metrics;
    return metrics === undefined ? NO_SERIES : seriesOfItem(indexOfMetrics(metrics), itemId);
  });
}

/** Whether the item has metric badges; a constant `false` (no work per store change) when `enabled` is off. */
export function useHasItemSeries(itemId: string, enabled: boolean): boolean {
  return useStudioStore((state) => {
    const metrics = enabled ? state.doc?.map.metrics : undefined;
    return metrics !== undefined && seriesOfItem(indexOfMetrics(metrics), itemId).length > 0;
  });
}

export function useStageSeries(stageId: string): readonly MetricSeries[] {
  return useStudioStore((state) => {
    const metrics = state.doc?.map.metrics;
    return metrics === undefined ? NO_SERIES : seriesOfStage(indexOfMetrics(metrics), stageId);
  });
}

/** The item's evidence status as a string, so the card re-renders only when the status itself changes. */
export function useEvidenceStatus(item: Item): EvidenceStatus {
  return useStudioStore((state) => {
    const map = state.doc?.map;
    if (map !== undefined) {
      const measured = seriesOfItem(indexOfMetrics(map.metrics), item.id).length > 0;
      if (measured || quotedItemIds(map.quotes).has(item.id)) return 'observed';
    }
    return item.evidence ?? 'assumed';
  });
}

/** Below this zoom the badges and chips are too small to read, so they give way to the titles. */
export const DETAIL_ZOOM = 0.5;
const showsDetail = (state: ReactFlowState): boolean => state.transform[2] >= DETAIL_ZOOM;

/** True at readable zoom; a boolean, so nodes re-render only when the zoom crosses the threshold. */
export function useShowsDetail(): boolean {
  return useFlowStore(showsDetail);
}
