import type { Item, ItemKind } from '../../../shared/model';
import { t } from '../i18n';

export function itemKindLabel(kind: ItemKind): string {
  return t(`itemKind.${kind}`);
}

/** What a screen reader announces for a card: "Friction: No evening slots, severity 5, stage Order". */
export function itemAriaLabel(item: Pick<Item, 'kind' | 'title' | 'severity'>, stageName: string): string {
  const kind = itemKindLabel(item.kind);
  return item.kind === 'friction' && item.severity !== undefined
    ? t('item.ariaLabelWithSeverity', { kind, title: item.title, severity: item.severity, stage: stageName })
    : t('item.ariaLabel', { kind, title: item.title, stage: stageName });
}
