/**
 * Writes a file only its owner can read: reports, results and summaries may describe a person's
 * situation. The mode given to open applies only to a new file, so fchmod also narrows an existing
 * one before anything is written. A folder that does not exist is the user's to create: it is
 * reported, not made.
 */
import { closeSync, fchmodSync, fstatSync, openSync, statSync, writeSync } from 'node:fs';
import { UserError } from './errors.js';

export function writePrivateFile(path: string, body: string | Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (e) {
    throw new UserError('USAGE', `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`, {
      hint: 'Check that the folder exists and that you may write there.',
    });
  }
  try {
    // Only a regular file is narrowed: /dev/null or a pipe given as the output keeps its mode.
    if (fstatSync(fd).isFile()) fchmodSync(fd, 0o600);
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
  } finally {
    closeSync(fd);
  }
}

/** Whether path names something other than a regular file or nothing at all (a device, a pipe). */
export function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}
