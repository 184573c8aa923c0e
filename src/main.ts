/**
 * Entry point: builds the program for the given streams and environment, runs it, and maps every
 * error to an exit code. The only place that decides what a failure looks like to the user.
 */
import { CommanderError } from 'commander';
import { createProgram, type Io } from './cli/program.js';
import { EXIT, formatProblem, isUserError, type UserError } from './base/errors.js';
import { pickLang, type Lang } from './base/i18n.js';
import { errorTitle } from './cli/error-text.js';
import { escapeControls } from './base/safe-text.js';

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

/** A user error as printed: title and stable code, the problems, the hint. */
export function describeUserError(error: UserError, lang: Lang): string {
  // The stable code goes with the title, so a user can quote it and a script can match it.
  // A message can name an id or path taken from a file: control characters are shown escaped.
  const lines = [`${errorTitle(error.code, lang)} [${error.code}]: ${escapeControls(error.message)}`];
  const listed = error.problems.filter((p) => p.more === undefined);
  const unlisted = error.problems.reduce((n, p) => n + (p.more ?? 0), 0);
  for (const p of listed.slice(0, 50)) lines.push(`  ${formatProblem(p)}`);
  if (listed.length + unlisted > 50) lines.push(`  … ${Math.max(0, listed.length - 50) + unlisted} more`);
  if (error.hint) lines.push(error.hint);
  return lines.join('\n') + '\n';
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
  if (error instanceof Error && error.name === 'CancelledError') return 130;
  // An internal error: say so without its message, which could quote screening data.
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && io.env.TIP_SCREEN_DEBUG ? `\n${error.stack ?? ''}` : '';
  io.stderr.write(
    `${errorTitle('INTERNAL', lang)}: ${name}. This is a bug in tip-screen; no answers were written to this message.` +
      ` Run again with TIP_SCREEN_DEBUG=1 to see where it happened.${frames}\n`,
  );
  return EXIT.internal;
}
