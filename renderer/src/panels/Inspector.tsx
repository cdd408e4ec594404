import { useShallow } from 'zustand/react/shallow';
import type { Item } from '../../../shared/model';
import { useStudioStore } from '../store';
import { LaneInspector, StageInspector } from './HeaderInspector';
import { ItemInspector } from './ItemInspector';
import { LinkInspector } from './LinkInspector';
import { MapInspector } from './MapInspector';
import { MultiItemInspector } from './MultiItemInspector';

/**
 * What the inspector shows follows the selection: items first (what the user works on most), then a
 * stage or lane header, then a link, and the map itself when nothing is selected.
 */
export function Inspector() {
  const map = useStudioStore((state) => state.doc?.map ?? null);
  const { itemIds, linkIds, header } = useStudioStore(
    useShallow((state) => ({
      itemIds: state.selectedItemIds,
      linkIds: state.selectedLinkIds,
      header: state.selectedHeader,
    })),
  );
  if (map === null) return null;

  const selectedItems = itemIds
    .map((itemId) => map.items.find((item) => item.id === itemId))
    .filter((item): item is Item => item !== undefined);
  const [onlyItem] = selectedItems;
  if (selectedItems.length === 1 && onlyItem !== undefined) return <ItemInspector item={onlyItem} />;
  if (selectedItems.length > 1) return <MultiItemInspector items={selectedItems} />;

  if (header?.kind === 'stage') {
    const stage = map.stages.find((candidate) => candidate.id === header.id);
    if (stage !== undefined) return <StageInspector stage={stage} />;
  }
  if (header?.kind === 'lane') {
    const lane = map.lanes.find((candidate) => candidate.id === header.id);
    if (lane !== undefined) return <LaneInspector lane={lane} />;
  }
  const link = linkIds.length === 1 ? map.links.find((candidate) => candidate.id === linkIds[0]) : undefined;
  if (link !== undefined) return <LinkInspector link={link} />;

  return <MapInspector map={map} />;
}
