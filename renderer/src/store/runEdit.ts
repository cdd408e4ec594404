import type { Draft } from 'immer';
import type { EditError, EditResult } from '../../../shared/logic';
import type { JourneyMap } from '../../../shared/model';
import { describeEditError } from '../i18n';
import type { EditOptions } from './documentSlice';
import type { StudioState } from './types';

/** A `shared/logic` operation's result, or null when it was refused (the user has been told why). */
export type RunEdit = <T>(
  label: string,
  operation: (map: Draft<JourneyMap>) => EditResult<T>,
  options?: EditOptions,
) => { readonly value: T } | null;

/**
 * Runs one pure operation as one recorded edit (one undo step named `label`). A refusal is shown to
 * the user and leaves the map untouched. The value is boxed so an operation returning nothing (or
 * null) is still told apart from a refusal.
 */
export function editRunner(get: () => StudioState): RunEdit {
  return (label, operation, options) => {
    let outcome: EditResult<unknown> | null = null;
    get().applyDocumentEdit(
      label,
      (map) => {
        // Kept in a variable: an Immer recipe must not return a value.
        outcome = operation(map);
      },
      options,
    );
    const result = outcome as EditResult<never> | null;
    if (result === null) return null;
    if (!result.ok) {
      get().showError(describeEditError(result.error as EditError));
      return null;
    }
    return { value: result.value };
  };
}
