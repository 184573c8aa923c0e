/**
 * The set loader as the full checks of data files use it (an overlay reads the set it extends, a
 * scenario or the crosswalk the sets they name). load-set.ts provides it when it is loaded; the
 * checks are loaded later, on demand, and must not import load-set.ts, which loads them.
 */
import type { LoadedSet } from '../core/loaded-set.js';

export interface SetAccess {
  loadSet(ref?: string, relativeTo?: string): LoadedSet;
  resolveSetFile(ref: string, relativeTo?: string): string;
  noteSetRead(file: string): void;
}

let access: SetAccess | undefined;

export function provideSetAccess(a: SetAccess): void {
  access = a;
}

export function setAccess(): SetAccess {
  if (!access) throw new Error('the set loader was asked for before load-set.ts was loaded');
  return access;
}
