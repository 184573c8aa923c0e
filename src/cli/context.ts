/**
 * What every command is given: its streams, environment and working folder (so tests run
 * in-process), and the language and style helpers. Kept apart from the program so that commands
 * and use cases can name these types without importing the command table.
 */
import type { Command } from 'commander';
import type { Lang } from '../base/i18n.js';
import type { OutputStream, Io } from '../io/streams.js';
import type { Style } from '../render/layout.js';
import type { Prompter, PromptIo } from '../ui/prompts.js';

export interface Ctx {
  io: Io;
  lang(cmd: Command): Lang;
  style(stream?: OutputStream): Style;
}

/** What the commands use to prompt; tests pass a prompter driven by @inquirer/testing. */
export interface ScreenDeps {
  prompter?: (io: PromptIo) => Prompter;
}

/**
 * The command as the user can type it again: after `npm ci` the tool is not on PATH, and npm runs
 * it through npx with npm_command=exec, so "to continue" names `npx tip-screen`.
 */
export function invokedAs(env: Record<string, string | undefined>): string {
  return env.npm_command === 'exec' ? 'npx tip-screen' : 'tip-screen';
}
