import type { ReactNode } from 'react';
import { commandById, formatShortcut, isMacPlatform } from '../commands';
import type { CommandId, RunCommand } from '../commands';
import { t } from '../i18n';
import { useStudioStore } from '../store';

/** A command's button: the accessible name is the label alone; the tooltip adds the shortcut. */
export function CommandButton({
  id,
  runCommand,
  icon,
  showLabel = false,
  className = 'tool-button',
  tooltipLabel,
}: {
  id: CommandId;
  runCommand: RunCommand;
  icon?: ReactNode;
  showLabel?: boolean;
  className?: string;
  /** A fuller label for the tooltip ("Undo Rename stage") than the button's name ("Undo"). */
  tooltipLabel?: string;
}) {
  const command = commandById(id);
  const enabled = useStudioStore((state) => command.isEnabled(state));
  const label = t(command.label);
  const shownLabel = tooltipLabel ?? label;
  const title =
    command.shortcut === null
      ? shownLabel
      : t('command.withShortcut', {
          label: shownLabel,
          shortcut: formatShortcut(command.shortcut, isMacPlatform()),
        });
  return (
    <button
      type="button"
      className={className}
      title={title}
      aria-label={showLabel ? undefined : label}
      disabled={!enabled}
      onClick={() => runCommand(id)}
    >
      {icon}
      {showLabel && <span>{label}</span>}
    </button>
  );
}
