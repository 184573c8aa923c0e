/**
 * Every file the tool writes, shreds or makes private goes through here. Reports, results,
 * summaries and sessions may describe a person's situation, so the rules are the same for all:
 *
 * - a symbolic link is never followed: a link put where the tool writes could point at any file
 *   the user owns, and writing or shredding through it would destroy that file;
 * - a file appears under its real name only when it is complete: it is written beside the target
 *   under a recognisable temporary name, synced and renamed; a failure, Ctrl+C or SIGTERM removes
 *   the temporary file, and one left by a killed run is swept at the next start;
 * - files are 0600 and folders the tool creates are 0700; a folder the tool did not create keeps
 *   its mode (narrowing /tmp or a shared folder would break other programs);
 * - a full disk or a refused write is a user error naming the path, and the previous file stays.
 */
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';
import { escapeControls } from './safe-text.js';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Paths are printed with control characters escaped: a file name can carry terminal escapes. */
const shown = (path: string): string => escapeControls(path);

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw writeError(e, path);
  }
}

/** A user error for a failed write, read or rename, by its errno. */
export function writeError(e: unknown, path: string): UserError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? 'error';
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new UserError('DISK_FULL', `The disk is full: ${shown(path)} was not written.`, {
      exitCode: 1,
      hint: 'Free some space and run again; the previous file, if there was one, is unchanged.',
    });
  if (code === 'ELOOP') return linkError(path);
  return new UserError('FILE_WRITE', `Cannot write ${shown(path)}: ${code}.`, {
    hint: 'Check that the folder exists and that you may write there.',
  });
}

function linkError(path: string): UserError {
  return new UserError(
    'UNSAFE_PATH',
    `${shown(path)} is a symbolic link; tip-screen does not write through links.`,
    {
      hint: 'Give the real path of the file, or remove the link. Nothing was changed.',
    },
  );
}

/** Refuses a path that is a symbolic link (its target is somebody else's file). */
export function refuseLink(path: string): void {
  if (lstatOrNull(path)?.isSymbolicLink()) throw linkError(path);
}

/**
 * Whether path names a device, pipe or socket (given as the output: /dev/null, a FIFO, the
 * terminal). Such a target is written in place: renaming a file over it would replace it, and
 * writing to it cannot clobber a file. Links to devices (/dev/stdout) count as devices.
 */
export function isSpecialFile(path: string): boolean {
  try {
    const st = statSync(path);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

// ---- Temporary files: registered so that an error or a signal removes them ----

const TEMP_MARK = '.tip-screen-';
const TEMP_RE = /^\..*\.tip-screen-(\d{1,10})-[0-9a-f]{8}\.partial$/;
const live = new Set<string>();
let handlersInstalled = false;

function removeLiveTemps(): void {
  for (const p of live) {
    try {
      unlinkSync(p);
    } catch {
      // Already gone, or renamed to its real name.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
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

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes temporary files a killed run left in dir: ours by name, regular files, and whose
 * process is gone. Returns how many were removed.
 */
export function sweepStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = TEMP_RE.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    const p = join(dir, name);
    try {
      if (!lstatSync(p).isFile()) continue;
      unlinkSync(p);
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
  return removed;
}

// ---- Whole files ----

function writeAllSync(fd: number, buf: Uint8Array): void {
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
}

/**
 * Writes a private file (0600) so that readers see the old or the new content, never a mix, and
 * never through a link. The folder must exist unless createFolder is set (then it is made 0700).
 */
export function writePrivateFile(
  path: string,
  data: string | Uint8Array,
  options: { createFolder?: boolean } = {},
): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (isSpecialFile(path)) {
    writeInPlace(path, buf);
    return;
  }
  refuseLink(path);
  if (options.createFolder) ensurePrivateFolder(dirname(path));
  const { path: tmp, fd } = openTemp(path);
  try {
    writeAllSync(fd, buf);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    releaseTemp(tmp, true);
    throw writeError(e, path);
  }
  closeSync(fd);
  commitTemp(tmp, path);
}

function writeInPlace(path: string, buf: Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw writeError(e, path);
  }
  try {
    writeAllSync(fd, buf);
  } catch (e) {
    throw writeError(e, path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Overwrites a file's bytes, then unlinks it. A link is refused; a file with other hard links is
 * only unlinked, since its bytes belong to the other names too.
 */
export function shredFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDWR | NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw (e as NodeJS.ErrnoException).code === 'ELOOP' ? linkError(path) : writeError(e, path);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw linkError(path);
    if (st.nlink <= 1) {
      const chunk = Buffer.alloc(Math.min(st.size, 64 * 1024));
      for (let off = 0; off < st.size; off += chunk.length) {
        randomBytes(chunk.length).copy(chunk);
        writeSync(fd, chunk, 0, Math.min(chunk.length, st.size - off), off);
      }
      fsyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
}

// ---- Folders ----

/**
 * Makes sure dir exists and is private. Folders it creates are 0700. An existing folder is used
 * as it is only if it is a real folder (not a link), owned by this user and not writable by
 * group or others; otherwise it is refused with the fix, and nothing is changed.
 */
export function ensurePrivateFolder(dir: string): void {
  const st = lstatOrNull(dir);
  if (!st) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (e) {
      throw writeError(e, dir);
    }
    return;
  }
  checkFolder(dir, st);
}

function checkFolder(dir: string, st: Stats): void {
  const refuse = (why: string, fix: string) =>
    new UserError('UNSAFE_PATH', `${shown(dir)} ${why}.`, { hint: `${fix} Nothing was changed.` });
  if (st.isSymbolicLink())
    throw refuse('is a symbolic link', 'Give the real folder with --data-dir, or remove the link.');
  if (!st.isDirectory()) throw refuse('is not a folder', 'Give a folder with --data-dir.');
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid)
    throw refuse('belongs to another user', 'Use a folder of your own with --data-dir.');
  if ((st.mode & 0o022) !== 0)
    throw refuse(
      'can be written by other users',
      `Use a private folder, or make it private first with: chmod 700 '${shown(dir)}'.`,
    );
}
