/**
 * What every command is given: its streams, environment and working folder (so tests run
 * in-process), and the language and style helpers. Kept apart from the program so that commands
 * and use cases can name these types without importing the command table.
 */
import type { Command } from 'commander';
import type { Readable } from 'node:stream';
import type { Lang } from '../i18n.js';
import type { OutputStream, Style } from '../ui/output.js';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Lets a command finish normally but still exit non-zero (e.g. some batch records were bad). */
  exitCode?: () => number | undefined;
}

export interface Ctx {
  io: Io;
  lang(cmd: Command): Lang;
  style(stream?: OutputStream): Style;
}
