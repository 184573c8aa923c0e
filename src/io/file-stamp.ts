/**
 * A file's stamp (modification time, size, inode): what a process-wide cache of parsed files
 * checks, so that a file changed on disk is read again instead of served stale.
 */
import { statSync } from 'node:fs';

export function fileStamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

/** A cache of values read from files, each kept while none of the files it was read from changed. */
export class StampedCache<V> {
  readonly #entries = new Map<string, { value: V; stamps: [string, string][] }>();

  /** The value and the stamps of the files it was read from, while none of them changed. */
  get(key: string): { value: V; stamps: [string, string][] } | undefined {
    const hit = this.#entries.get(key);
    if (!hit) return undefined;
    if (hit.stamps.every(([f, st]) => fileStamp(f) === st)) return hit;
    this.#entries.delete(key);
    return undefined;
  }

  /** `stamps` were taken before the files were read, so a change during the read is caught. */
  set(key: string, value: V, stamps: [string, string][]): void {
    this.#entries.set(key, { value, stamps });
  }
}
