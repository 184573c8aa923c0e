/** How a user error reads: a short title per code (ko and en), then the message, problems and hint. */
import { formatProblem, type ErrorCode, type UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { escapeControls } from '../base/safe-text.js';
import type { Lang } from '../base/i18n.js';

export const errorTitle = (code: ErrorCode | 'INTERNAL', lang: Lang): string => say(lang).errorTitle[code];

/** A user error as printed: title and stable code, the problems, the hint. */
export function describeUserError(error: UserError, lang: Lang): string {
  // The stable code goes with the title, so a user can quote it and a script can match it.
  // A message can name an id or path taken from a file: control characters are shown escaped.
  const said = error.localized?.(lang);
  const message = said ? said.message : error.message;
  const hint = said ? said.hint : error.hint;
  const lines = [`${errorTitle(error.code, lang)} [${error.code}]: ${escapeControls(message)}`];
  const listed = error.problems.filter((p) => p.more === undefined);
  const unlisted = error.problems.reduce((n, p) => n + (p.more ?? 0), 0);
  for (const p of listed.slice(0, 50)) lines.push(`  ${formatProblem(p, lang)}`);
  const more = Math.max(0, listed.length - 50) + unlisted;
  if (listed.length + unlisted > 50) lines.push(`  ${say(lang).moreProblems(more)}`);
  if (hint) lines.push(hint);
  return lines.join('\n') + '\n';
}
