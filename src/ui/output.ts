/**
 * Terminal output policy in one place: whether to colour (NO_COLOR, FORCE_COLOR, TTY), and
 * display width, so Korean (two columns per Hangul syllable) lines up and wraps correctly.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Style {
  chalk: ChalkInstance;
  width: number;
}

/** https://no-color.org: any non-empty NO_COLOR disables colour; FORCE_COLOR=0 too. */
export function useColor(stream: OutputStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function makeStyle(stream: OutputStream, env: Record<string, string | undefined>): Style {
  return {
    chalk: new Chalk({ level: useColor(stream, env) ? 1 : 0 }),
    width: Math.max(40, Math.min(stream.columns ?? 80, 100)),
  };
}

export const displayWidth = (s: string): number => stringWidth(s);

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Wraps text to a display width. The first line starts with `first`, the others with `indent`.
 * Breaks at spaces where possible and between characters inside runs wider than the line
 * (Korean text often has few spaces).
 */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = [];
  text.split('\n').forEach((paragraph, p) => {
    let line = p === 0 ? first : indent;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = empty ? line + word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
        empty = false;
        continue;
      }
      if (!empty) {
        lines.push(line);
        line = indent;
        empty = true;
      }
      for (const ch of word) {
        if (!empty && displayWidth(line + ch) > width) {
          lines.push(line);
          line = indent;
        }
        line += ch;
        empty = false;
      }
    }
    lines.push(line);
  });
  return lines;
}
