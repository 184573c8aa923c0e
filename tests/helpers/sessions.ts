/** Shared pieces for the session hardening tests: sample sessions, a CLI runner, file snapshots. */
import { spawn, type ChildProcess } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { Chalk } from 'chalk';
import { Command } from 'commander';
import { registerScreen } from '../../src/cli/commands/screen.js';
import { registerSessions } from '../../src/cli/commands/sessions.js';
import type { Ctx } from '../../src/cli/context.js';
import type { Io } from '../../src/io/streams.js';
import type { Prompter } from '../../src/ui/prompts.js';
import { newSession, type Session } from '../../src/io/session.js';
import { SessionStore } from '../../src/io/session-store.js';
import { runCli, testdir, type RunResult } from './cli.js';

let counter = 0;

/** A session with a few answers; each call gets its own id unless one is given. */
export function sampleSession(overrides: Partial<Session> = {}): Session {
  const s = newSession({
    set: 'nhrck-2016',
    lang: 'en',
    caseCode: 'T-001',
    now: new Date('2026-11-02T09:00:00Z'),
  });
  s.id = `20261102-${(0xa00000 + counter++).toString(16)}`;
  s.facts = { age: 17, foreignNational: 'yes' };
  s.answers = { 'nhrck16.act.recruitment': 'yes' };
  return { ...s, ...overrides };
}

/** A fresh data folder with a store in it. */
export function freshStore(): { root: string; store: SessionStore } {
  const root = testdir({});
  return { root, store: new SessionStore(root) };
}

/** `tip-screen sessions ARGS --data-dir ROOT`, in-process. */
export function sessionsCli(
  root: string,
  args: string[],
  opts: { env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<RunResult> {
  return runCli(['sessions', ...args, '--data-dir', root], opts);
}

/** A file outside the data folder that a planted link points at; its bytes must never change. */
export function victimFile(name = 'victim.txt', content = 'precious bytes\n'): string {
  const path = join(testdir({}), name);
  writeFileSync(path, content);
  return path;
}

/**
 * Every entry under dir (recursively, links not followed) with its kind and content or link
 * target: two snapshots are equal exactly when nothing was touched.
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = prefix + name;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(p)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o777).toString(8)}`;
        walk(p, `${rel}/`);
      } else out[rel] = `file ${(st.mode & 0o777).toString(8)} ${readFileSync(p).toString('base64')}`;
    }
  };
  walk(dir, '');
  return out;
}

/** Temporary files a write left behind (they must all be gone or swept). */
export function partialFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (lstatSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.partial')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface Worker {
  child: ChildProcess;
  /** Resolves with the first line matching re that the worker prints. */
  waitFor(re: RegExp): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/**
 * A separate process working on one session, for the lock and kill tests (it runs the built
 * dist/, as the installed tool does):
 *   hold: take the lock, print "locked PID", wait to be killed;
 *   save: take the lock, then save again and again, one more answer each time, printing "saved N".
 */
const workerSource = (dist: string): string => `
import { newSession } from '${dist}/io/session.js';
import { SessionStore } from '${dist}/io/session-store.js';
const [root, id, mode, passphrase] = process.argv.slice(1);
const store = new SessionStore(root);
const lock = store.lock(id);
if (mode === 'hold') {
  process.stdout.write(\`locked \${process.pid}\n\`);
  setInterval(() => {}, 1000);
} else {
  const existing = store.list().find((s) => s.id === id);
  const session = existing
    ? store.load(existing, () => passphrase ?? '')
    : { ...newSession({ set: 'nhrck-2016', lang: 'en', now: new Date('2026-11-02T09:00:00Z') }), id };
  let n = Object.keys(session.answers).length;
  // Notes make each file large enough that a kill often lands in the middle of a write.
  const filler = 'x'.repeat(400);
  const step = () => {
    session.answers[\`q\${n}\`] = 'yes';
    session.notes[\`q\${n}\`] = filler;
    session.updatedAt = new Date().toISOString();
    store.save(session, passphrase);
    process.stdout.write(\`saved \${++n}\n\`);
    // Yield between saves: SIGTERM is handled on the event loop, as in a real interview.
    setImmediate(step);
  };
  step();
}
void lock;
`;

export function startWorker(root: string, id: string, mode: 'hold' | 'save', passphrase?: string): Worker {
  const dist = pathToFileURL(join(import.meta.dirname, '../../dist')).href;
  const args = [
    '--input-type=module',
    '-e',
    workerSource(dist),
    root,
    id,
    mode,
    ...(passphrase ? [passphrase] : []),
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.re.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal })),
  );
  return {
    child,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        const line = out.split('\n').find((l) => re.test(l));
        if (line !== undefined) return resolve(line);
        waiters.push({ re, resolve });
        void exited.then(() => reject(new Error(`worker exited before printing ${re}: ${err}`)));
      }),
    exited,
    stderr: () => err,
  };
}

/**
 * Runs `tip-screen sessions ARGS` in-process as in a terminal; confirm questions get `answer`,
 * and the passphrase prompt gets `passphrase`. Returns what was asked and printed.
 */
export async function sessionsInTerminal(
  args: string[],
  answers: { confirm: boolean; passphrase?: string },
): Promise<{ asked: string[]; stdout: string; error?: string }> {
  const asked: string[] = [];
  let stdout = '';
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  stdin.isTTY = true;
  const io: Io = {
    stdin,
    stdout: { write: (x: string) => ((stdout += x), true), isTTY: true, columns: 80 },
    stderr: { write: () => true },
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
  };
  const ctx: Ctx = { io, lang: () => 'en', style: () => ({ chalk: new Chalk({ level: 0 }), width: 80 }) };
  const prompter = {
    confirm: ({ message }: { message: string }) => (asked.push(message), Promise.resolve(answers.confirm)),
    password: ({ message }: { message: string }) => (
      asked.push(message),
      Promise.resolve(answers.passphrase ?? '')
    ),
  } as unknown as Prompter;
  const program = new Command('tip-screen').exitOverride();
  registerSessions(program, ctx, { prompter: () => prompter });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    return { asked, stdout, error: (e as { code?: string }).code ?? String(e) };
  }
  return { asked, stdout };
}

/**
 * Runs `tip-screen resume|screen ARGS` in-process as in a terminal, with a prompter that fails
 * on first use: for checks that must refuse before anything is asked.
 */
export async function resumeRefused(args: string[]): Promise<{ code?: string; message: string }> {
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  stdin.isTTY = true;
  const io: Io = {
    stdin,
    stdout: { write: () => true, isTTY: true, columns: 80 },
    stderr: { write: () => true },
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
  };
  const ctx: Ctx = { io, lang: () => 'en', style: () => ({ chalk: new Chalk({ level: 0 }), width: 80 }) };
  const program = new Command('tip-screen').exitOverride();
  const noPrompts = new Proxy({} as Prompter, {
    get: () => () => Promise.reject(new Error('the command prompted instead of refusing')),
  });
  registerScreen(program, ctx, { prompter: () => noPrompts });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
  return { message: 'no error' };
}
