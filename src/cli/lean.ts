/**
 * What is loaded before a command's action. Most commands get everything they might use: the
 * full checks of data files (the YAML parser, zod and the schemas), the full measure of display
 * width, and chalk when the output is coloured. A command marked lean loads what it needs itself,
 * at the point it knows: score, batch and the indicator listings run on the built-in data alone
 * in a fraction of the time those modules take to load.
 */
import type { Command } from 'commander';
import type { Io } from '../io/streams.js';
import { loadFullChecks } from '../io/full-checks.js';
import { loadColour, loadDisplayWidth } from '../ui/output.js';

const lean = new WeakSet<Command>();

/** Marks a command that loads the full checks and the display width itself, where it needs them. */
export function leanCommand(cmd: Command): Command {
  lean.add(cmd);
  return cmd;
}

export async function beforeAction(action: Command, io: Io): Promise<void> {
  await Promise.all([
    loadColour([io.stdout, io.stderr], io.env),
    ...(lean.has(action) ? [] : [loadFullChecks(), loadDisplayWidth()]),
  ]);
}
