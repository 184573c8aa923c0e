/**
 * Finds and loads indicator sets: a built-in id (a file under indicators/), a set file, or an
 * overlay file that extends another set. A built-in file unchanged since the build comes from the
 * build's artefact (builtin-artefact.ts); any other file gets the full check (check-set.ts), which
 * collects every problem with file:line:col.
 */
import { provideSetAccess } from './set-access.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { compileSet } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import { DEFAULT_SET, type LoadedSet } from '../core/loaded-set.js';
import { say } from '../base/catalogue/index.js';
import { UserError } from '../base/errors.js';
import { fileStamp, StampedCache } from './file-stamp.js';
import { INDICATORS_DIR } from './package-dirs.js';
import { builtinValue } from './builtin-artefact.js';
import { fullChecks, loadFullChecks } from './full-checks.js';

export { INDICATORS_DIR };

export function builtinSetIds(): string[] {
  return ['nhrck-2016', 'kr-2023', 'palermo'].filter((id) => existsSync(join(INDICATORS_DIR, `${id}.yaml`)));
}

/**
 * The file a set reference names. A relative path is read against `relativeTo`, the directory the
 * run was started in (or the file that names it); it is never guessed from the process.
 */
export function resolveSetFile(ref: string, relativeTo?: string): string {
  const looksLikeFile = /[/\\]|\.(ya?ml|json)$/i.test(ref);
  if (!looksLikeFile) {
    const builtin = join(INDICATORS_DIR, `${ref}.yaml`);
    if (existsSync(builtin)) return builtin;
    // The name is not repeated: it can come from a file, and a file's values are never printed back.
    throw new UserError('SET_NOT_FOUND', (lang) =>
      say(lang).errors.SET_NOT_FOUND.builtIn(builtinSetIds().join(', ')),
    );
  }
  if (!isAbsolute(ref) && relativeTo === undefined)
    throw new Error('a relative set path needs the directory it is relative to');
  const file = isAbsolute(ref) ? ref : resolve(relativeTo!, ref);
  if (!existsSync(file))
    throw new UserError('SET_NOT_FOUND', (lang) => say(lang).errors.SET_NOT_FOUND.file());
  return file;
}

/**
 * A set is read and compiled once per process (the interview, the frameworks and the tests ask for
 * it many times), and read again when it, or a set it extends, changed on disk.
 */
const cache = new StampedCache<LoadedSet>();
/** While a load runs (withSetReads): the set files it read, with their stamps. */
let reading: [string, string][] | undefined;

/** Loads and checks a set (or overlay); throws a UserError listing every problem found. */
export function loadSet(ref: string = DEFAULT_SET, relativeTo?: string): LoadedSet {
  const file = resolveSetFile(ref, relativeTo);
  const hit = cache.get(file);
  if (hit) {
    reading?.push(...hit.stamps);
    return hit.value;
  }
  const { value, stamps } = withSetReads(() => readSetFile(file));
  cache.set(file, value, stamps);
  return value;
}

/**
 * Loads the full checks unless each set named is already loaded or comes from the artefact, so
 * that loadSet can then read them; a name that finds no set is left for loadSet to report.
 */
export async function prepareSets(refs: readonly string[], relativeTo?: string): Promise<void> {
  for (const ref of refs) {
    let file: string;
    try {
      file = resolveSetFile(ref, relativeTo);
    } catch {
      continue;
    }
    if (!cache.get(file) && !builtinValue(file)) return loadFullChecks();
  }
}

function readSetFile(file: string): LoadedSet {
  const built = builtinValue<IndicatorSet>(file);
  if (!built) return fullChecks().loadSetFile(file, []);
  reading?.push(...built.stamps);
  return { set: built.value, compiled: compileSet(built.value), file };
}

/** Runs `read` and returns, with its value, the stamps of every set file it read (cached or not). */
export function withSetReads<T>(read: () => T): { value: T; stamps: [string, string][] } {
  const outer = reading;
  reading = [];
  try {
    const value = read();
    const stamps = reading;
    outer?.push(...stamps);
    return { value, stamps };
  } finally {
    reading = outer;
  }
}

/** Notes a set file read by the full check, for the cache's stamps. */
export function noteSetRead(file: string): void {
  reading?.push([file, fileStamp(file)]);
}

// The full checks reach the loader through set-access.ts (they are loaded from here, on demand).
provideSetAccess({ loadSet, resolveSetFile, noteSetRead });
