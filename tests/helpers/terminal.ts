/** A command context as in a terminal: both streams are terminals (80 columns), output is captured. */
import { Chalk } from 'chalk';
import { Readable } from 'node:stream';
import type { Ctx } from '../../src/cli/context.js';
import type { Io } from '../../src/io/streams.js';

export function terminal(cwd: string = process.cwd()): { ctx: Ctx; output: () => string } {
  let out = '';
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  stdin.isTTY = true;
  const io: Io = {
    stdin,
    stdout: { write: (s: string) => ((out += s), true), isTTY: true, columns: 80 },
    stderr: { write: () => true },
    env: { NO_COLOR: '1' },
    cwd,
  };
  const ctx: Ctx = { io, lang: () => 'en', style: () => ({ chalk: new Chalk({ level: 0 }), width: 80 }) };
  return { ctx, output: () => out };
}
