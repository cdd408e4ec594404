import type { ItemKind } from '../../../shared/model';
import type { CommandId, RunCommand } from '../commands';
import { CommandButton } from '../components/CommandButton';
import {
  FitIcon,
  ItemKindIcon,
  LaneIcon,
  LogoMark,
  NewIcon,
  OpenIcon,
  RedoIcon,
  StageIcon,
  UndoIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from '../components/icons';
import { t } from '../i18n';
import { useStudioStore } from '../store';
import './toolbar.css';

const ADD_ITEM_COMMANDS: readonly (readonly [CommandId, ItemKind])[] = [
  ['insert.touchpoint', 'touchpoint'],
  ['insert.friction', 'friction'],
  ['insert.magic', 'magic'],
  ['insert.opportunity', 'opportunity'],
  ['insert.note', 'note'],
];

export function Toolbar({ runCommand }: { runCommand: RunCommand }) {
  const mapTitle = useStudioStore((state) => state.doc?.map.title ?? null);
  const fileName = useStudioStore((state) => state.fileName);
  // Labels of the next undo and redo, so the tooltip says what they will do ("Undo Rename stage").
  const undoLabel = useStudioStore((state) => state.undoStack.at(-1)?.label ?? null);
  const redoLabel = useStudioStore((state) => state.redoStack.at(-1)?.label ?? null);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <LogoMark />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
        <CommandButton id="file.new" runCommand={runCommand} icon={<NewIcon />} />
        <CommandButton id="file.open" runCommand={runCommand} icon={<OpenIcon />} showLabel />
        <span className="toolbar__separator" aria-hidden="true" />
        <CommandButton
          id="edit.undo"
          runCommand={runCommand}
          icon={<UndoIcon />}
          {...(undoLabel === null
            ? {}
            : { tooltipLabel: t('command.edit.undoLabelled', { label: undoLabel }) })}
        />
        <CommandButton
          id="edit.redo"
          runCommand={runCommand}
          icon={<RedoIcon />}
          {...(redoLabel === null
            ? {}
            : { tooltipLabel: t('command.edit.redoLabelled', { label: redoLabel }) })}
        />
        <span className="toolbar__separator" aria-hidden="true" />
        <div role="group" aria-label={t('toolbar.addGroup')} className="toolbar__group">
          <span className="toolbar__group-label" aria-hidden="true">
            {t('toolbar.add')}
          </span>
          {ADD_ITEM_COMMANDS.map(([id, kind]) => (
            <CommandButton key={id} id={id} runCommand={runCommand} icon={<ItemKindIcon kind={kind} />} />
          ))}
          <CommandButton id="insert.stage" runCommand={runCommand} icon={<StageIcon />} />
          <CommandButton id="insert.lane" runCommand={runCommand} icon={<LaneIcon />} />
        </div>
        <span className="toolbar__separator" aria-hidden="true" />
        <CommandButton id="view.zoomOut" runCommand={runCommand} icon={<ZoomOutIcon />} />
        <CommandButton id="view.zoomIn" runCommand={runCommand} icon={<ZoomInIcon />} />
        <CommandButton id="view.zoomToFit" runCommand={runCommand} icon={<FitIcon />} />
      </div>
      {mapTitle !== null && (
        <div className="app-header__document">
          <span className="app-header__title" dir="auto" title={mapTitle}>
            {mapTitle.trim() === '' ? t('map.untitled') : mapTitle}
          </span>
          {fileName !== null && (
            <span className="app-header__file" dir="auto">
              {fileName}
            </span>
          )}
        </div>
      )}
    </header>
  );
}
