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
}: {
  id: CommandId;
  runCommand: RunCommand;
  icon?: ReactNode;
  showLabel?: boolean;
  className?: string;
}) {
  const command = commandById(id);
  const enabled = useStudioStore((state) => command.isEnabled(state));
  const label = t(command.label);
  const title =
    command.shortcut === null
      ? label
      : t('command.withShortcut', { label, shortcut: formatShortcut(command.shortcut, isMacPlatform()) });
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
