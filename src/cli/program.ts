/**
 * Builds the command tree. A fresh program per call, with its streams and environment passed in,
 * so tests run every command in-process.
 */
import { TOOL_VERSION } from '../base/version.js';
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';
import type { Io } from '../io/streams.js';
import { pickLang } from '../base/i18n.js';
import { displayWidth } from '../render/layout.js';
import { makeStyle } from '../ui/output.js';
import { beforeAction } from './lean.js';

type Register = (program: Command, ctx: Ctx) => void;

/**
 * Each command's module, loaded on demand. A run loads only the command it was asked for, so
 * `score` or `batch` never pay for the prompt library and `screen` never for the batch code:
 * start-up time and memory stay low. Help and unknown commands load them all.
 */
const COMMANDS: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['indicators'], load: async () => (await import('./commands/indicators.js')).registerIndicators },
  { names: ['score'], load: async () => (await import('./commands/score.js')).registerScore },
  { names: ['batch'], load: async () => (await import('./commands/batch.js')).registerBatch },
  { names: ['screen', 'resume'], load: async () => (await import('./commands/screen.js')).registerScreen },
  { names: ['sessions'], load: async () => (await import('./commands/sessions.js')).registerSessions },
  { names: ['scenarios'], load: async () => (await import('./commands/scenarios.js')).registerScenarios },
  { names: ['train'], load: async () => (await import('./commands/train.js')).registerTrain },
  { names: ['decrypt'], load: async () => (await import('./commands/decrypt.js')).registerDecrypt },
];

/** The command a run asks for: the first word that names one (global options come before it). */
function requested(argv: readonly string[]): (typeof COMMANDS)[number] | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return COMMANDS.find((c) => c.names.includes(a));
  }
  return undefined;
}

export type { Io } from '../io/streams.js';

/** argv decides which commands are loaded; without it every command is. */
export async function createProgram(io: Io, argv?: readonly string[]): Promise<Command> {
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
    .version(TOOL_VERSION, '-V, --version')
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
    })
    .hook('preAction', (_program, action) => beforeAction(action, io));
  const one = argv && requested(argv);
  const wanted = one ? [one] : COMMANDS;
  for (const register of await Promise.all(wanted.map((c) => c.load()))) register(program, ctx);
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
