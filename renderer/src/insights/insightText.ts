import type { Insight } from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { t } from '../i18n';

const untitled = (text: string | undefined): string =>
  text === undefined || text.trim() === '' ? t('canvas.untitled') : text;

/** Where a metric insight points, in words: the item's title, the stage's name or the whole journey. */
const whereOf = (map: JourneyMap, target: { itemId?: string; stageId?: string }): string => {
  if (target.itemId !== undefined)
    return untitled(map.items.find((item) => item.id === target.itemId)?.title);
  if (target.stageId !== undefined)
    return untitled(map.stages.find((stage) => stage.id === target.stageId)?.name);
  return t('insights.where.map');
};

const itemTitle = (map: JourneyMap, itemId: string): string =>
  untitled(map.items.find((item) => item.id === itemId)?.title);
const stageName = (map: JourneyMap, stageId: string): string =>
  untitled(map.stages.find((stage) => stage.id === stageId)?.name);

/** One insight as the sentence the panel shows. Titles and names come from the file: text only. */
export function insightText(map: JourneyMap, insight: Insight): string {
  switch (insight.kind) {
    case 'falling-metric':
    case 'missed-target':
      return t('insights.entry.metric', { text: insight.text, where: whereOf(map, insight) });
    case 'friction-ranked': {
      const title = itemTitle(map, insight.itemId);
      const evidence = t(`insights.evidence.${insight.evidence}`);
      return insight.severity === undefined
        ? t('insights.entry.frictionUnrated', { title, evidence })
        : t('insights.entry.friction', { title, severity: insight.severity, evidence });
    }
    case 'low-emotion-stage':
      return t('insights.entry.lowEmotion', { name: stageName(map, insight.stageId), mean: insight.mean });
    case 'stale-metric':
      return t('insights.entry.stale', {
        metric: insight.label,
        days: insight.days,
        where: whereOf(map, insight),
      });
    case 'not-reviewed':
      return t('insights.entry.notReviewed', { days: insight.days });
    case 'stage-without-action':
      return stageName(map, insight.stageId);
    case 'no-evidence':
    case 'no-owner':
    case 'unaddressed-friction':
      return itemTitle(map, insight.itemId);
  }
}

/** The item or stage an insight is about, if any. */
export function insightTarget(insight: Insight): { itemId?: string; stageId?: string } {
  const target: { itemId?: string; stageId?: string } = {};
  if ('itemId' in insight && insight.itemId !== undefined) target.itemId = insight.itemId;
  else if ('stageId' in insight && insight.stageId !== undefined) target.stageId = insight.stageId;
  return target;
}
