import { useMemo } from 'react';
import { ownersInMap } from '../../../shared/logic/item-filter';
import { useStudioStore } from '../store';

/** The owners already used in the map, offered while typing one (teams are named consistently). */
export function OwnerSuggestions({ id }: { id: string }) {
  const items = useStudioStore((state) => state.doc?.map.items ?? null);
  const owners = useMemo(() => (items === null ? [] : ownersInMap({ items })), [items]);
  return (
    <datalist id={id}>
      {owners.map((owner) => (
        <option key={owner} value={owner} />
      ))}
    </datalist>
  );
}
