/**
 * The checks every write makes before touching a path, and the one way a failed write is told to
 * the user: a link is refused (its target is somebody else's file), a full disk says so and names
 * the path, and paths are printed with control characters escaped.
 */
import { lstatSync, statSync, constants, type Stats } from 'node:fs';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { escapeControls } from '../base/safe-text.js';

export const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Paths are printed with control characters escaped: a file name can carry terminal escapes. */
export const shown = (path: string): string => escapeControls(path);

export function lstatOrNull(path: string): Stats | null {
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
    return new UserError('DISK_FULL', (lang) => say(lang).ioErrors.DISK_FULL(shown(path)), { exitCode: 1 });
  if (code === 'ELOOP') return linkError(path);
  return new UserError('FILE_WRITE', (lang) => say(lang).ioErrors.FILE_WRITE(shown(path), code));
}

export function linkError(path: string): UserError {
  return new UserError('UNSAFE_PATH', (lang) => say(lang).ioErrors.UNSAFE_PATH.writeLink(shown(path)));
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

/**
 * The one "Cannot read" error: the path as shown safely and the system's error code (ENOENT,
 * EACCES ...), never the file's content. `name` is the path as given when it is already safe text.
 */
export function cannotRead(
  path: string,
  e: unknown,
  opts: { exitCode?: number; name?: string } = {},
): UserError {
  const code = (e as { code?: unknown } | undefined)?.code;
  const name = opts.name ?? shown(path);
  return new UserError(
    'FILE_READ',
    (lang) => say(lang).errors.FILE_READ(name, typeof code === 'string' ? code : 'error'),
    opts.exitCode === undefined ? {} : { exitCode: opts.exitCode },
  );
}
