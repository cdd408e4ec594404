import { useCallback } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { t } from '../../i18n';
import { useStudioStore, useStudioStoreApi } from '../../store';
import { useCanvasEditingStore, useIsEditing } from '../canvasEditing';
import { cssString, focusSoon } from '../canvasFocus';
import { HeaderMenu } from './HeaderMenu';
import type { HeaderMenuEntry } from './HeaderMenu';
import { InlineTextEditor } from './InlineTextEditor';

interface GridHeaderProps {
  readonly kind: 'stage' | 'lane';
  readonly id: string;
  readonly name: string;
  readonly index: number;
  readonly count: number;
  /** Extra classes (the lane kind's tint). */
  readonly className?: string;
  /** Shown under (stage) or beside (lane) the name: the goal, the lane kind, the emotion scale. */
  readonly children?: ReactNode;
}

const headerSelector = (kind: 'stage' | 'lane', id: string) =>
  `[data-header-kind="${kind}"][data-header-id=${cssString(id)}]`;

/**
 * A stage (column) or lane (row) header: click selects it for the inspector; double-click, Enter or
 * F2 renames it in place; Alt+Left/Right (stages) or Alt+Up/Down (lanes) reorder it; the "⋯" menu
 * offers the same and more. Stages and lanes behave alike, only the axis differs.
 */
export function GridHeader({ kind, id, name, index, count, className = '', children }: GridHeaderProps) {
  const base = `${kind}-header`;
  const store = useStudioStoreApi();
  const editingStore = useCanvasEditingStore();
  const isEditing = useIsEditing(kind, id);
  const isSelected = useStudioStore(
    (state) => state.selectedHeader?.kind === kind && state.selectedHeader.id === id,
  );

  const focusHeader = useCallback(
    () => focusSoon(() => document.querySelector<HTMLElement>(headerSelector(kind, id))),
    [kind, id],
  );
  const startRenaming = useCallback(
    () => editingStore.getState().startEditing({ kind, id }),
    [editingStore, kind, id],
  );
  const move = useCallback(
    (toIndex: number) => {
      if (toIndex < 0 || toIndex >= count) return;
      if (kind === 'stage') store.getState().moveStage(id, toIndex);
      else store.getState().moveLane(id, toIndex);
      focusHeader();
    },
    [store, kind, id, count, focusHeader],
  );
  const addAfter = useCallback(() => {
    const added =
      kind === 'stage' ? store.getState().addStage(index + 1) : store.getState().addLane(index + 1);
    if (added !== null) editingStore.getState().startEditing({ kind, id: added });
  }, [store, editingStore, kind, index]);
  const askToDelete = useCallback(
    () => store.getState().openDialog({ kind: 'confirmHeaderDeletion', header: { kind, id } }),
    [store, kind, id],
  );

  const commitName = useCallback(
    (value: string) => {
      editingStore.getState().stopEditing();
      focusHeader();
      if (value.trim() === '') {
        store
          .getState()
          .showError(t(kind === 'stage' ? 'canvas.error.emptyStageName' : 'canvas.error.emptyLaneName'));
        return;
      }
      if (value === name) return;
      if (kind === 'stage') store.getState().renameStage(id, value);
      else store.getState().renameLane(id, value);
    },
    [editingStore, store, kind, id, name, focusHeader],
  );
  const cancelRenaming = useCallback(() => {
    editingStore.getState().stopEditing();
    focusHeader();
  }, [editingStore, focusHeader]);

  const [backKey, forwardKey] = kind === 'stage' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'Enter' || event.key === 'F2') {
      handled();
      startRenaming();
    } else if (event.key === ' ') {
      handled();
      store.getState().selectHeader({ kind, id });
    } else if (event.altKey && event.key === backKey) {
      handled();
      move(index - 1);
    } else if (event.altKey && event.key === forwardKey) {
      handled();
      move(index + 1);
    }
  };

  const entries: HeaderMenuEntry[] = [
    { label: t('canvas.header.rename'), perform: startRenaming },
    {
      label: t(kind === 'stage' ? 'canvas.header.moveLeft' : 'canvas.header.moveUp'),
      disabled: index === 0,
      perform: () => move(index - 1),
    },
    {
      label: t(kind === 'stage' ? 'canvas.header.moveRight' : 'canvas.header.moveDown'),
      disabled: index === count - 1,
      perform: () => move(index + 1),
    },
    {
      label: t(kind === 'stage' ? 'canvas.header.addStageAfter' : 'canvas.header.addLaneBelow'),
      perform: addAfter,
    },
    {
      label: t(kind === 'stage' ? 'canvas.header.deleteStage' : 'canvas.header.deleteLane'),
      perform: askToDelete,
    },
  ];
  const displayName = name.trim() === '' ? t('canvas.untitled') : name;

  return (
    <div
      className={`${base} ${className}${isSelected ? ` ${base}--selected` : ''}`}
      data-testid={`${kind}-header`}
      data-header-kind={kind}
      data-header-id={id}
      role="group"
      tabIndex={0}
      aria-label={t(kind === 'stage' ? 'canvas.stageHeaderLabel' : 'canvas.laneHeaderLabel', {
        number: index + 1,
        name: displayName,
      })}
      onClick={() => store.getState().selectHeader({ kind, id })}
      onDoubleClick={(event) => {
        event.stopPropagation();
        startRenaming();
      }}
      onKeyDown={onKeyDown}
    >
      <div className={`${base}__top`}>
        {kind === 'stage' && (
          <span className="stage-header__number" aria-hidden="true">
            {index + 1}
          </span>
        )}
        {isEditing ? (
          <InlineTextEditor
            initialValue={name}
            label={t(kind === 'stage' ? 'canvas.header.stageNameField' : 'canvas.header.laneNameField')}
            className="header-name-editor"
            onCommit={commitName}
            onCancel={cancelRenaming}
          />
        ) : (
          <span className={`${base}__name`} dir="auto" title={name}>
            {displayName}
          </span>
        )}
        <HeaderMenu
          label={t(kind === 'stage' ? 'canvas.header.stageMenu' : 'canvas.header.laneMenu', {
            name: displayName,
          })}
          entries={entries}
        />
      </div>
      {children}
    </div>
  );
}
