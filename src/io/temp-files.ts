/**
 * Temporary files written beside their target under a recognisable name carrying our pid. They
 * are registered so that an error, exit, Ctrl+C or SIGTERM removes them, and one left by a killed
 * run is swept at the next start: a file only ever appears under its real name when complete.
 */
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../base/errors.js';
import { leftByEndedProcess } from './process-alive.js';
import { NOFOLLOW, refuseLink, writeError } from './file-checks.js';

const TEMP_MARK = '.tip-screen-';
const TEMP_RE = /^\..*\.tip-screen-(\d{1,10})-[0-9a-f]{8}\.partial$/;
const live = new Set<string>();
/** Other things to undo when the process ends (a session lock): run on exit and on signals. */
const endActions = new Set<() => void>();
let handlersInstalled = false;

function removeLiveTemps(): void {
  for (const action of [...endActions]) {
    try {
      action();
    } catch {
      // Best effort while exiting.
    }
  }
  endActions.clear();
  for (const p of live) {
    try {
      unlinkSync(p);
    } catch {
      // Already gone, or renamed to its real name.
    }
  }
  live.clear();
}

/** Steps running that a signal must not cut short, and the signal that came meanwhile. */
let uncut = 0;
let deferred: NodeJS.Signals | undefined;

function onSignal(signal: NodeJS.Signals): void {
  // The first signal waits for the step to end; a second one is obeyed at once.
  if (uncut > 0 && deferred === undefined) {
    deferred = signal;
    return;
  }
  die(signal);
}

function die(signal: NodeJS.Signals): void {
  removeLiveTemps();
  // Die of the same signal, as the shell and the caller expect.
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.removeListener('SIGHUP', onSignal);
  process.kill(process.pid, signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removeLiveTemps);
  // Only where nobody else handles the signal: the interview has its own Ctrl+C handling.
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    if (process.listenerCount(s) === 0) process.on(s, onSignal);
}

/**
 * Runs a step that a Ctrl+C or SIGTERM must not cut in the middle (writing a spooled standard
 * output, which cannot be taken back once begun): a signal that comes meanwhile takes effect when
 * the step ends, a second one at once.
 */
export async function uncutBySignals<T>(step: () => Promise<T>): Promise<T> {
  installHandlers();
  uncut++;
  try {
    return await step();
  } finally {
    uncut--;
    const signal = deferred;
    if (uncut === 0 && signal !== undefined) {
      deferred = undefined;
      die(signal);
    }
  }
}

/**
 * Runs action when the process exits or dies of Ctrl+C, SIGTERM or SIGHUP (not SIGKILL: whatever
 * it leaves must be recognisable as stale). Returns a function that unregisters it.
 */
export function onProcessEnd(action: () => void): () => void {
  installHandlers();
  endActions.add(action);
  return () => endActions.delete(action);
}

/** A new temporary name beside target, recognisable as ours and carrying our pid. */
export function tempPathBeside(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}.partial`,
  );
}

/** Creates a temporary file beside target (never through a link) and registers it for cleanup. */
export function openTemp(target: string): { path: string; fd: number } {
  installHandlers();
  const path = tempPathBeside(target);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
  } catch (e) {
    throw writeError(e, target);
  }
  live.add(path);
  return { path, fd };
}

/** Forgets a temporary file (renamed into place) or removes it (abandoned). */
export function releaseTemp(path: string, remove: boolean): void {
  live.delete(path);
  if (remove) {
    try {
      unlinkSync(path);
    } catch {
      // Nothing to remove.
    }
  }
}

/** Renames a finished temporary file over target; target must not be a link. */
export function commitTemp(tempPath: string, target: string): void {
  try {
    refuseLink(target);
    renameSync(tempPath, target);
  } catch (e) {
    releaseTemp(tempPath, true);
    throw e instanceof UserError ? e : writeError(e, target);
  }
  live.delete(tempPath);
  syncFolder(dirname(target));
}

function syncFolder(dir: string): void {
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Some platforms cannot open folders for fsync; the rename is still atomic there.
  }
}

/**
 * Removes temporary files a killed run left in dir: ours by name, regular files, and whose
 * process is gone (or is a later process that reuses the pid). Returns how many were removed.
 */
export function sweepStaleTemps(dir: string): number {
  return sweep(dir, [TEMP_RE]);
}

/**
 * Earlier versions named the temporary file of an output `.NAME.PID.TIME.N.partial` and spooled
 * rows for standard output in the system temporary folder: those a killed run left are removed
 * too, matched narrowly (this target's name, or our spool's) so that nobody else's file goes.
 */
export function sweepLegacyTemps(targets: string[]): number {
  const stamp = String.raw`\.(\d{1,10})\.[0-9a-z]{8}\.\d{1,10}\.partial$`;
  let removed = sweep(tmpdir(), [new RegExp(String.raw`^\.tip-screen-batch` + stamp)]);
  for (const target of targets) {
    const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    removed += sweep(dirname(target), [new RegExp(String.raw`^\.` + name + stamp)]);
  }
  return removed;
}

function sweep(dir: string, patterns: RegExp[]): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = patterns.map((re) => re.exec(name)).find((x) => x !== null);
    if (!m) continue;
    const pid = Number(m[1]);
    const p = join(dir, name);
    try {
      const st = lstatSync(p);
      if (!st.isFile()) continue;
      if (!leftByEndedProcess(pid, st.mtimeMs)) continue;
      unlinkSync(p);
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
  return removed;
}
