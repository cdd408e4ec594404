import { updateItem } from '../../../shared/logic';
import type { EditError, ItemFields } from '../../../shared/logic';
import { describeEditError } from '../i18n';
import type { StudioState } from '../store';

/**
 * Applies the same fields to several items as ONE undo step: a bulk change is one user action.
 * The fields are the same for every item, so a refusal (an over-long owner) comes from the first
 * item, before anything was written, and the whole edit is then dropped.
 */
export function updateItemsAtOnce(
  state: StudioState,
  label: string,
  itemIds: readonly string[],
  fields: ItemFields,
  coalesceKey?: string,
): void {
  let refusal: EditError | null = null;
  state.applyDocumentEdit(
    label,
    (map) => {
      for (const itemId of itemIds) {
        const result = updateItem(map, itemId, fields);
        if (!result.ok) {
          refusal = result.error;
          return;
        }
      }
    },
    coalesceKey === undefined ? undefined : { coalesceKey },
  );
  if (refusal !== null) state.showError(describeEditError(refusal));
}
