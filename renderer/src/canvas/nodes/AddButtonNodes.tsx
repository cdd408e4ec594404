import { memo, useCallback } from 'react';
import { t } from '../../i18n';
import { useStudioStoreApi } from '../../store';
import { useCanvasEditingStore } from '../canvasEditing';

/** "+ Add stage" after the last column / "+ Add lane" below the last row; the new one is named in place. */
function AddHeaderButton({ kind }: { kind: 'stage' | 'lane' }) {
  const store = useStudioStoreApi();
  const editingStore = useCanvasEditingStore();
  const add = useCallback(() => {
    const id = kind === 'stage' ? store.getState().addStage() : store.getState().addLane();
    if (id !== null) {
      store.getState().selectHeader({ kind, id });
      editingStore.getState().startEditing({ kind, id });
    }
  }, [store, editingStore, kind]);
  return (
    <button
      type="button"
      className={`add-header-button add-header-button--${kind} nodrag nopan`}
      onClick={add}
    >
      {t(kind === 'stage' ? 'canvas.addStage' : 'canvas.addLane')}
    </button>
  );
}

export const AddStageNode = memo(function AddStageNode() {
  return <AddHeaderButton kind="stage" />;
});

export const AddLaneNode = memo(function AddLaneNode() {
  return <AddHeaderButton kind="lane" />;
});
