/**
 * The built CLI in a real pseudo-terminal, for end-to-end tests. Results are read from the saved
 * session files, never from what the terminal showed after exit (a pty can report the exit before
 * the last output arrives); screen text is only waited for while the program still runs, and
 * only output that arrived after a key press counts as its answer (`since`).
 */
import { spawn, type IPty } from '@lydell/node-pty';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'bin/tip-screen.js');

export const ESC = '\x1b';
export const DOWN = '\x1b[B';

export interface PtyRun {
  pty: IPty;
  /** Everything printed so far, terminal codes removed. */
  output: () => string;
  /** Everything printed so far, as the terminal got it. */
  raw: () => string;
  /** A mark in the output: `since(mark)` is what arrived after it. */
  mark: () => number;
  since: (mark: number) => string;
  exited: Promise<number>;
}

export function ptyEnv(extra: Record<string, string> = {}): Record<string, string> {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI') e[k] = v;
  return {
    ...e,
    TERM: 'xterm-256color',
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    TIP_SCREEN_LANG: 'en',
    ...extra,
  };
}

export function startPty(
  args: string[],
  opts: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): PtyRun {
  let out = '';
  const pty = spawn(process.execPath, [bin, ...args], {
    cols: opts.cols ?? 80,
    rows: opts.rows ?? 30,
    cwd: root,
    env: ptyEnv(opts.env),
    name: 'xterm-256color',
  });
  pty.onData((d) => (out += d));
  const exited = new Promise<number>((res) => pty.onExit((e) => res(e.exitCode)));
  return {
    pty,
    output: () => stripVTControlCharacters(out),
    raw: () => out,
    mark: () => out.length,
    since: (mark) => stripVTControlCharacters(out.slice(mark)),
    exited,
  };
}

export async function until<T>(what: string, fn: () => T | undefined | false, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface SavedSession {
  id: string;
  caseCode?: string;
  status: string;
  cursor?: string;
  facts: Record<string, unknown>;
  answers: Record<string, string>;
  notes: Record<string, unknown>;
}

/** Every plain session saved in the data folder. */
export function savedSessions(dataDir: string): SavedSession[] {
  const dir = join(dataDir, 'sessions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      try {
        return [JSON.parse(readFileSync(join(dir, f), 'utf8')) as SavedSession];
      } catch {
        // Being replaced this very moment: read again on the next poll.
        return [];
      }
    });
}
