/**
 * Builds the command tree. A fresh program per call, with its streams and environment passed in,
 * so tests run every command in-process.
 */
import { TOOL_VERSION } from '../base/version.js';
import { Command, Help, Option } from 'commander';
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
 * start-up time and memory stay low. The top-level help lists them from COMMAND_LIST instead.
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

/**
 * What the top-level help (and an unknown command's suggestion) shows of each command, in the
 * order above, so that it needs none of their modules. tests/cli/command-list.test.ts checks it
 * against the commands themselves.
 */
export const COMMAND_LIST: readonly { term: string; description: string }[] = [
  { term: 'indicators', description: 'list, show, validate and describe indicator sets' },
  {
    term: 'score [options] <answers-file>',
    description: 'score an answers file (YAML or JSON; "-" reads standard input)',
  },
  {
    term: 'batch [options] <inputs...>',
    description: 'score many anonymised records (JSONL or CSV; "-" reads standard input) for research',
  },
  {
    term: 'screen [options]',
    description: 'start an interactive screening with the default (or given) indicator set',
  },
  {
    term: 'resume [options] [ref]',
    description:
      'continue a paused screening: the only one still open, or one picked from a list (last changed first)',
  },
  { term: 'sessions [options]', description: 'list, show, export or delete saved screenings' },
  { term: 'scenarios', description: 'list, show, validate and check the training scenarios' },
  {
    term: 'train [options] [scenario]',
    description: 'practise screening a simulated person; ends with a graded debrief',
  },
  {
    term: 'decrypt [options] <file>',
    description: "decrypt one of tip-screen's encrypted files (a .md.enc report, an encrypted export)",
  },
];

/** The command a run asks for: the first word that names one (global options come before it). */
function requested(argv: readonly string[]): (typeof COMMANDS)[number] | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    // `help score` is score's help.
    else if (a === 'help') continue;
    else if (!a.startsWith('-')) return COMMANDS.find((c) => c.names.includes(a));
  }
  return undefined;
}

export type { Io } from '../io/streams.js';

/**
 * argv decides which command is loaded; without one (or without argv) the program only lists them,
 * unless `all` asks for every command (what tests of the command tree use).
 */
export async function createProgram(io: Io, argv?: readonly string[], all = false): Promise<Command> {
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
  if (one || all)
    for (const register of await Promise.all((one ? [one] : COMMANDS).map((c) => c.load())))
      register(program, ctx);
  else listCommands(program);
  for (const cmd of program.commands) inherit(cmd, io);
  return program;
}

/** Commands that are only listed: named in the help and in a suggestion, never run. */
function listCommands(program: Command): void {
  const terms = new Map<Command, string>();
  for (const { term, description } of COMMAND_LIST)
    terms.set(program.command(term.split(' ')[0]!).description(description), term);
  const help = new Help();
  program.configureHelp({
    displayWidth,
    subcommandTerm: (cmd) => terms.get(cmd) ?? help.subcommandTerm(cmd),
  });
}

/** Subcommands share the program's output, error handling and help width policy. */
function inherit(cmd: Command, io: Io): void {
  cmd
    .exitOverride()
    .configureHelp({ displayWidth })
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const sub of cmd.commands) inherit(sub, io);
}
