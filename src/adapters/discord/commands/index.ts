/** The command registry: every command file, checked against `CommandShape` when loaded. */
import ask from './ask.ts';
import { CommandShape, type Command } from './command.ts';

export function loadCommands(): Map<string, Command> {
  const commands = new Map<string, Command>();
  for (const command of [ask]) {
    const checked = CommandShape.safeParse(command);
    if (!checked.success) throw new Error(`invalid command module: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    commands.set(command.data.name, command);
  }
  return commands;
}
