/**
 * One process per session. Two `resume` runs on one session would each keep their own copy in
 * memory, and the later save would drop the other's answers; so a session is locked while it is
 * open for writing.
 *
 * The lock is a file `<id>.lock` beside the session holding the pid, host and start time of its
 * holder. It is written completely under a temporary name and then hard-linked to its real name:
 * link(2) fails if the name exists, so exactly one process wins and nobody ever reads a half
 * written lock. It is removed on exit, Ctrl+C, SIGTERM and SIGHUP; one left by a process that was
 * killed outright is recognised as stale (same host, pid gone or reused by a later process) and
 * taken over.
 */
import { closeSync, fsyncSync, linkSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { leftByEndedProcess } from './process-alive.js';
import { shown, writeError } from './file-checks.js';
import { onProcessEnd, openTemp, readPrivateFile, releaseTemp, tempPathBeside } from './private-file.js';

export interface SessionLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export const lockPath = (sessionsDir: string, id: string): string => join(sessionsDir, `${id}.lock`);

/** Takes the lock on session id, or refuses with SESSION_LOCKED naming the process that holds it. */
export function lockSession(sessionsDir: string, id: string): SessionLock {
  const path = lockPath(sessionsDir, id);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() });
  // A stale lock is taken over once; losing that race to another process is a plain refusal.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, mine)) {
      let held = true;
      const forget = onProcessEnd(() => removeIfMine(path, mine));
      return {
        path,
        release: () => {
          if (!held) return;
          held = false;
          forget();
          removeIfMine(path, mine);
        },
      };
    }
    const raw = readPrivateFile(path);
    if (raw === null) continue; // Released meanwhile.
    const holder = parseHolder(raw);
    if (holder && holder.host === hostname() && stale(holder) && takeOverStale(path, raw)) continue;
    throw locked(id, path, holder);
  }
  throw locked(id, path, parseHolder(readPrivateFile(path) ?? Buffer.alloc(0)));
}

function tryCreate(path: string, content: string): boolean {
  const { path: tmp, fd } = openTemp(path);
  try {
    const buf = Buffer.from(content);
    for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
    fsyncSync(fd);
    closeSync(fd);
  } catch (e) {
    closeSync(fd);
    releaseTemp(tmp, true);
    throw writeError(e, path);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(e, path);
  } finally {
    releaseTemp(tmp, true);
  }
}

/**
 * Moves a stale lock aside under a temporary name and removes it, unless what was moved is no
 * longer the stale lock (another process took it over first): that one is put back.
 */
function takeOverStale(path: string, stale: Buffer): boolean {
  const aside = tempPathBeside(path);
  try {
    renameSync(path, aside);
  } catch {
    return true; // Gone already: try again.
  }
  const moved = readPrivateFile(aside);
  if (moved && moved.equals(stale)) {
    unlinkSync(aside);
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
    // A third process holds the name now; either way the lock is not ours.
  }
  try {
    unlinkSync(aside);
  } catch {
    // Nothing to remove.
  }
  return false;
}

function removeIfMine(path: string, mine: string): void {
  let raw: Buffer | null;
  try {
    raw = readPrivateFile(path);
  } catch {
    return; // Replaced by a link or worse: not ours to remove.
  }
  if (raw && raw.toString('utf8') === mine) unlinkSync(path);
}

function parseHolder(raw: Buffer): Holder | undefined {
  try {
    const h = JSON.parse(raw.toString('utf8')) as Partial<Holder>;
    if (
      Number.isInteger(h.pid) &&
      (h.pid as number) > 0 &&
      typeof h.host === 'string' &&
      /^[A-Za-z0-9._-]{1,253}$/.test(h.host) &&
      typeof h.started === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(h.started)
    )
      return { pid: h.pid as number, host: h.host, started: h.started };
  } catch {
    // Not a lock we wrote.
  }
  return undefined;
}

/** A lock on this host whose process is gone, or whose pid now belongs to a later process. */
const stale = (h: Holder): boolean => leftByEndedProcess(h.pid, Date.parse(h.started));

function locked(id: string, path: string, holder: Holder | undefined): UserError {
  // Only checked values are printed: a pid, a host name and a time, never free text from the file.
  return new UserError('SESSION_LOCKED', (lang) => {
    const said = say(lang).ioSessionErrors.SESSION_LOCKED;
    return holder ? said.held(id, holder.pid, holder.host, holder.started) : said.unknown(id, shown(path));
  });
}
