/**
 * Terminal output policy in one place: whether to colour (NO_COLOR, FORCE_COLOR, TTY) and how
 * wide to lay text out. Layout by display width itself is in render/layout.ts.
 */
import { Chalk } from 'chalk';
import type { OutputStream } from '../io/streams.js';
import type { Style } from '../render/layout.js';

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
    chalk: new Chalk({ level: useColor(stream, env) ? 1 : 0 }),
    get width() {
      return Math.max(40, Math.min(stream.columns ?? 80, 100));
    },
  };
}
