/**
 * Refuses a set of paths where an output is an input or another output. Writing the rows over
 * the file being read truncates it, and two outputs on one file leave only the last; either way
 * data is lost. Paths are compared by what they reach, not how they are spelled: a file that
 * exists by its device and inode (so hard links, "./" and folder links all count), one that does
 * not yet by the real path of its folder. Devices and pipes (/dev/null, a FIFO) may repeat.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../base/errors.js';
import { shown } from './file-checks.js';
import type { Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';

export interface NamedPath {
  /** How the user named it, e.g. "--out" or "input". */
  role: string;
  /** The path as typed (shown, escaped, in the message). */
  path: string;
}

/** What a path reaches, or undefined for a device or pipe (which may be named twice). */
function identity(cwd: string, path: string): string | undefined {
  const full = resolve(cwd, path);
  try {
    const st = statSync(full);
    if (!st.isFile() && !st.isDirectory()) return undefined;
    return `inode:${st.dev}:${st.ino}`;
  } catch {
    // Not there yet: its folder's real path and its name.
    let dir = dirname(full);
    try {
      dir = realpathSync(dir);
    } catch {
      // The folder is missing too; the write will say so.
    }
    return `path:${join(dir, basename(full))}`;
  }
}

/**
 * Throws SAME_FILE (exit 2) when any output reaches the same file as an input or an earlier
 * output. Call it before anything is opened for writing.
 */
export function refuseSameFiles(cwd: string, inputs: NamedPath[], outputs: NamedPath[], lang: Lang): void {
  const seen = new Map<string, NamedPath>();
  for (const p of inputs) {
    const id = identity(cwd, p.path);
    if (id !== undefined && !seen.has(id)) seen.set(id, p);
  }
  for (const p of outputs) {
    const id = identity(cwd, p.path);
    if (id === undefined) continue;
    const other = seen.get(id);
    if (other) {
      const what = `${p.role} ${shown(p.path)} is the same file as ${other.role} ${shown(other.path)}`;
      const said = say(lang).errors.SAME_FILE(what, p.role, other.role);
      throw new UserError('SAME_FILE', said.message, { hint: said.hint });
    }
    seen.set(id, p);
  }
}
