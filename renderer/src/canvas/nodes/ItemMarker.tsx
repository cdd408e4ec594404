import type { Item } from '../../../../shared/model';
import { t } from '../../i18n';
import { itemKindLabel } from '../itemPresentation';

/** The marker in a card's top row: what kind of item it is at a glance, without reading the title. */
export function ItemMarker({ item }: { item: Item }) {
  switch (item.kind) {
    case 'touchpoint':
      return item.channel === undefined ? (
        <span className="item-card__kind">{itemKindLabel(item.kind)}</span>
      ) : (
        <span className="item-chip item-chip--channel">{t(`channel.${item.channel}`)}</span>
      );
    case 'friction':
      return item.severity === undefined ? (
        <span className="item-card__kind">{itemKindLabel(item.kind)}</span>
      ) : (
        <span className="item-chip item-chip--severity" data-severity={item.severity}>
          {t('item.severityBadge', { severity: item.severity })}
        </span>
      );
    case 'magic':
      return (
        <span className="item-chip item-chip--magic">
          <span aria-hidden="true">✦</span> {t('item.magicBadge')}
        </span>
      );
    case 'opportunity':
      return <span className="item-chip item-chip--opportunity">{t('item.opportunityBadge')}</span>;
    case 'note':
      return <span className="item-card__kind">{t('item.noteBadge')}</span>;
  }
}
