/**
 * Loads a crosswalk: the built-in one from the build's artefact while its file and its sets are
 * unchanged (builtin-artefact.ts), any other through the full check (check-crosswalk.ts).
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { Crosswalk } from '../frameworks/crosswalk-schema.js';
import { fileStamp, StampedCache } from './file-stamp.js';
import { withSetReads } from './load-set.js';
import { INDICATORS_DIR } from './package-dirs.js';
import { builtinValue } from './builtin-artefact.js';
import { restoreCrosswalk, type StoredCrosswalk } from './crosswalk-artefact.js';
import { fullChecks, loadFullChecks } from './full-checks.js';

export const CROSSWALK_FILE = join(INDICATORS_DIR, 'crosswalk.yaml');

/** Read once per process, and again when it or a set it names changed on disk (see loadSet). */
const cache = new StampedCache<Crosswalk>();

const absolute = (file: string, relativeTo: string | undefined): string => {
  if (!isAbsolute(file) && relativeTo === undefined)
    throw new Error('a relative crosswalk path needs the directory it is relative to');
  return isAbsolute(file) ? file : resolve(relativeTo!, file);
};

/** Loads and checks a crosswalk; a relative path is read against `relativeTo`, the run's directory. */
export function loadCrosswalk(file: string = CROSSWALK_FILE, relativeTo?: string): Crosswalk {
  const path = absolute(file, relativeTo);
  const hit = cache.get(path);
  if (hit) return hit.value;
  const own = fileStamp(path);
  const { value, stamps } = withSetReads(() => {
    const built = builtinValue<StoredCrosswalk>(path);
    return built ? restoreCrosswalk(path, built.value) : fullChecks().readCrosswalk(path);
  });
  cache.set(path, value, [[path, own], ...stamps]);
  return value;
}

/** Loads the full checks unless the crosswalk (and so its sets) is loaded or comes from the artefact. */
export async function prepareCrosswalk(file: string = CROSSWALK_FILE, relativeTo?: string): Promise<void> {
  const path = absolute(file, relativeTo);
  if (!cache.get(path) && !builtinValue(path)) await loadFullChecks();
}
