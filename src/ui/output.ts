/**
 * Terminal output policy in one place: whether to colour (NO_COLOR, FORCE_COLOR, TTY) and how
 * wide to lay text out. Layout by display width itself is in render/layout.ts.
 */
import type { ChalkInstance } from 'chalk';
import type * as ChalkModule from 'chalk';
import type { OutputStream } from '../io/streams.js';
import { useFullWidth, type Style } from '../render/layout.js';

/** Erases the screen and the scrollback, so nothing of the interview stays visible (quick exit). */
export const CLEAR_ALL = '\x1b[2J\x1b[3J\x1b[H';

/** Erases what the terminal shows (not the scrollback), to draw a screen again after a resize. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** https://no-color.org: any non-empty NO_COLOR disables colour; FORCE_COLOR=0 too. */
export function useColor(stream: OutputStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * The width is read again each time it is asked for: a terminal resized during an interview
 * (stream.columns follows SIGWINCH) gets every later screen laid out to its new width.
 */
export function makeStyle(stream: OutputStream, env: Record<string, string | undefined>): Style {
  return {
    chalk: useColor(stream, env) ? colours() : PLAIN,
    get width() {
      return Math.max(40, Math.min(stream.columns ?? 80, 100));
    },
  };
}

/**
 * chalk and string-width take longer to load than a command like score takes to run, and a run
 * whose output goes to a pipe or a file needs neither: they are loaded before a command's action
 * only when it may colour (a terminal, FORCE_COLOR) or measure text other than ASCII and Hangul.
 */
let Chalk: typeof ChalkModule.Chalk | undefined;

/** Loads chalk when either stream is coloured; makeStyle needs it then. */
export async function loadColour(
  streams: OutputStream[],
  env: Record<string, string | undefined>,
): Promise<void> {
  if (streams.some((s) => useColor(s, env))) Chalk ??= (await import('chalk')).Chalk;
}

/** Loads string-width, for text that is not all ASCII and Hangul (render/layout.ts). */
export async function loadDisplayWidth(): Promise<void> {
  useFullWidth((await import('string-width')).default);
}

function colours(): ChalkInstance {
  if (!Chalk) throw new Error('a coloured style was made before chalk was loaded');
  return new Chalk({ level: 1 });
}

/**
 * What chalk does at level 0, without loading it: every style, however chained, gives back its
 * text (several arguments joined by a space), and the level is 0.
 */
const PLAIN: ChalkInstance = new Proxy(() => undefined, {
  get: (_target, key) => (key === 'level' ? 0 : PLAIN),
  apply: (_target, _this, args: unknown[]) => (args.length === 1 ? String(args[0]) : args.join(' ')),
}) as unknown as ChalkInstance;
