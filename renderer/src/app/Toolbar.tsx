import type { RunCommand } from '../commands';
import { CommandButton } from '../components/CommandButton';
import { FitIcon, LogoMark, OpenIcon, ZoomInIcon, ZoomOutIcon } from '../components/icons';
import { t } from '../i18n';
import { useStudioStore } from '../store';

export function Toolbar({ runCommand }: { runCommand: RunCommand }) {
  const mapTitle = useStudioStore((state) => state.doc?.map.title ?? null);
  const fileName = useStudioStore((state) => state.fileName);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <LogoMark />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
        <CommandButton id="file.open" runCommand={runCommand} icon={<OpenIcon />} showLabel />
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
