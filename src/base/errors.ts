/**
 * Every error the tool reports on purpose. A user error carries a stable code, an exit code and
 * the list of problems found (so a file with three mistakes reports three, not one). Anything
 * else that escapes is an internal error: it is reported without echoing any screening answers.
 */
import { escapeControls } from './safe-text.js';
import type { Lang } from './i18n.js';
import { say } from './catalogue/index.js';
import type { ErrorCode } from './catalogue/error-titles.js';

export type { ErrorCode };

export const EXIT = { ok: 0, record: 1, usage: 2, internal: 70 } as const;

/** One problem in a file, with its position when known (1-based line and column). */
export interface Problem {
  file?: string;
  line?: number;
  col?: number;
  /** Dotted path inside the document, e.g. indicators.3.tier */
  path?: string;
  message: string;
  /** The message in Korean, where the problem's author wrote one (shown under --lang ko). */
  ko?: string;
  /** Set on the one entry that stands for this many further problems left unlisted. */
  more?: number;
}

/** Keys, ids and file names in a problem come from files: control characters are escaped. */
export function formatProblem(p: Problem, lang: Lang = 'en'): string {
  const where = p.file ? `${escapeControls(p.file)}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}` : '';
  const at = p.path ? ` ${say(lang).problemAt(escapeControls(p.path))}` : '';
  const message = escapeControls((lang === 'ko' && p.ko) || p.message);
  return where ? `${where}: ${message}${at}` : `${message}${at}`;
}

/** An error's words in a language: errors written this way are printed in the user's language. */
export type Localized = (lang: Lang) => { message: string; hint?: string };

export class UserError extends Error {
  override name = 'UserError';
  readonly code: ErrorCode;
  /** The message and hint in any language; `message` and `hint` hold the English. */
  readonly localized: Localized | undefined;
  readonly exitCode: number;
  readonly problems: Problem[];
  /** What the user can do about it, already in the user's language. */
  readonly hint: string | undefined;

  constructor(
    code: ErrorCode,
    message: string | Localized,
    options: { exitCode?: number; problems?: Problem[]; hint?: string } = {},
  ) {
    const en = typeof message === 'function' ? message('en') : undefined;
    super(en ? en.message : (message as string));
    this.code = code;
    this.localized = typeof message === 'function' ? message : undefined;
    this.exitCode = options.exitCode ?? EXIT.usage;
    this.problems = options.problems ?? [];
    this.hint = en ? en.hint : options.hint;
  }
}

/**
 * The terminal was resized while a screen was open: the screen is drawn again to the new width.
 * Nothing was answered; the caller shows the same screen again.
 */
export class RedrawError extends Error {
  override name = 'RedrawError';
}

/** Raised when the person running the tool asked to stop (Ctrl+C, quick exit, pause). */
export class CancelledError extends Error {
  override name = 'CancelledError';
  readonly code = 'CANCELLED';
  constructor(readonly reason: 'interrupt' | 'pause' | 'quick-exit' | 'eof') {
    super(reason);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof Error && e.name === 'UserError';
