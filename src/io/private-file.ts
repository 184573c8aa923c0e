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
  mkdirSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import {
  cannotRead,
  isSpecialFile,
  linkError,
  lstatOrNull,
  NOFOLLOW,
  refuseLink,
  shown,
  writeError,
} from './file-checks.js';
import { commitTemp, openTemp, releaseTemp } from './temp-files.js';

// Callers write through this module; the checks and temporary files are its parts.
export { isSpecialFile, refuseLink, writeError } from './file-checks.js';
export {
  commitTemp,
  onProcessEnd,
  openTemp,
  releaseTemp,
  sweepLegacyTemps,
  sweepStaleTemps,
  tempPathBeside,
} from './temp-files.js';

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
  preparePrivateFile(path, data, options).commit();
}

/** A file written and synced under its temporary name, waiting to be renamed into place. */
export interface PreparedFile {
  commit(): void;
  abort(): void;
}

/**
 * The first half of writePrivateFile: the data is written and synced beside the target, so that a
 * full disk shows before anything is renamed. Several outputs of one run can then all be written
 * first and renamed together, and a failure in any leaves every previous file as it was.
 */
export function preparePrivateFile(
  path: string,
  data: string | Uint8Array,
  options: { createFolder?: boolean } = {},
): PreparedFile {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (isSpecialFile(path)) return { commit: () => writeInPlace(path, buf), abort: () => undefined };
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
  return { commit: () => commitTemp(tmp, path), abort: () => releaseTemp(tmp, true) };
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

// ---- Reading the tool's own files ----

/**
 * Reads one of the tool's own files (a session, a lock, a revision record) without following a
 * link and without waiting on a pipe: a link or a FIFO put under one of our names is refused,
 * since its content is not ours. Returns null when the file does not exist.
 */
export function readPrivateFile(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw readLinkError(path);
    throw readError(code, path);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new UserError('UNSAFE_PATH', (lang) => say(lang).ioErrors.UNSAFE_PATH.notRegular(shown(path)));
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw readError((e as NodeJS.ErrnoException).code, path);
  } finally {
    closeSync(fd);
  }
}

function readLinkError(path: string): UserError {
  return new UserError('UNSAFE_PATH', (lang) => say(lang).ioErrors.UNSAFE_PATH.readLink(shown(path)));
}

function readError(code: string | undefined, path: string): UserError {
  return cannotRead(path, { code });
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

/**
 * For reading: an existing folder must pass the same checks as for writing (a file planted in a
 * folder others can write is not ours to show). A folder that does not exist yet is fine.
 */
export function checkPrivateFolder(dir: string): void {
  const st = lstatOrNull(dir);
  if (st) checkFolder(dir, st);
}

function checkFolder(dir: string, st: Stats): void {
  const refuse = (why: 'folderLink' | 'notFolder' | 'otherUser' | 'othersWrite') =>
    new UserError('UNSAFE_PATH', (lang) => say(lang).ioErrors.UNSAFE_PATH[why](shown(dir)));
  if (st.isSymbolicLink()) throw refuse('folderLink');
  if (!st.isDirectory()) throw refuse('notFolder');
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) throw refuse('otherUser');
  if ((st.mode & 0o022) !== 0) throw refuse('othersWrite');
}
