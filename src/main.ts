/**
 * Entry point: builds the program for the given streams and environment, runs it, and maps every
 * error to an exit code. The only place that decides what a failure looks like to the user.
 */
import { CommanderError } from 'commander';
import { createProgram, type Io } from './cli/program.js';
import { CancelledError, EXIT, isUserError } from './base/errors.js';
import { CLEAR_ALL } from './ui/output.js';
import { pickLang } from './base/i18n.js';
import { describeUserError, errorTitle } from './cli/error-text.js';

export type { Io } from './io/streams.js';

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const program = await createProgram(io, argv);
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode?.() ?? EXIT.ok;
  } catch (error) {
    return reportError(error, io, argv);
  }
}

function reportError(error: unknown, io: Io, argv: string[]): number {
  const langFlag = argv.indexOf('--lang');
  const lang = pickLang(langFlag >= 0 ? argv[langFlag + 1] : undefined, io.env);
  if (error instanceof CommanderError) {
    // Help and version "errors" are successes; commander already printed its message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isUserError(error)) {
    io.stderr.write(describeUserError(error, lang));
    return error.exitCode;
  }
  if (error instanceof CancelledError) {
    // Esc outside the interview (a passphrase, the list of sessions, the report's file name): the
    // quick exit still leaves nothing on the screen or in the scrollback.
    if (error.reason !== 'quick-exit') return 130;
    if (io.stdout.isTTY) io.stdout.write(CLEAR_ALL);
    return EXIT.ok;
  }
  // An internal error: say so without its message, which could quote screening data.
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && io.env.TIP_SCREEN_DEBUG ? `\n${error.stack ?? ''}` : '';
  io.stderr.write(
    `${errorTitle('INTERNAL', lang)}: ${name}. This is a bug in tip-screen; no answers were written to this message.` +
      ` Run again with TIP_SCREEN_DEBUG=1 to see where it happened.${frames}\n`,
  );
  return EXIT.internal;
}
