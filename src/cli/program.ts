/**
 * Builds the command tree. A fresh program per call, with its streams and environment passed in,
 * so tests run every command in-process.
 */
import { Command, Option } from 'commander';
import type { Readable } from 'node:stream';
import { pickLang, type Lang } from '../i18n.js';
import { displayWidth, makeStyle, type OutputStream, type Style } from '../ui/output.js';
import { registerIndicators } from './commands/indicators.js';
import { registerScore } from './commands/score.js';
import { registerBatch } from './commands/batch.js';
import { registerScreen } from './commands/screen.js';
import { registerSessions } from './commands/sessions.js';
import { registerScenarios } from './commands/scenarios.js';
import { registerTrain } from './commands/train.js';

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

export function createProgram(io: Io): Command {
  const program = new Command('tip-screen');
  const ctx: Ctx = {
    io,
    lang: (cmd) => pickLang(cmd.optsWithGlobals<{ lang?: string }>().lang, io.env),
    style: (stream = io.stdout) => makeStyle(stream, io.env),
  };
  program
    .description(
      'Screening aid for recognising victims of human trafficking in South Korea.\n' +
        'Implements the NHRCK 2016 identification index (default set); not a legal determination.',
    )
    .version('0.1.0', '-V, --version')
    .addOption(
      new Option(
        '--lang <code>',
        'language of output: ko or en (default from TIP_SCREEN_LANG or LANG)',
      ).choices(['ko', 'en']),
    )
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({ displayWidth })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerIndicators(program, ctx);
  registerScore(program, ctx);
  registerBatch(program, ctx);
  registerScreen(program, ctx);
  registerSessions(program, ctx);
  registerScenarios(program, ctx);
  registerTrain(program, ctx);
  for (const cmd of program.commands) inherit(cmd, io);
  return program;
}

/** Subcommands share the program's output, error handling and help width policy. */
function inherit(cmd: Command, io: Io): void {
  cmd
    .exitOverride()
    .configureHelp({ displayWidth })
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const sub of cmd.commands) inherit(sub, io);
}
