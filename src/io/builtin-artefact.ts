/**
 * The built-in data as the build checked it. For each YAML file under indicators/ that passed the
 * full check (a set, the crosswalk, a scenario, a translation), the build writes what the check
 * produced to dist/builtin/<same path>.json, with the sha256 of every file it was made from. A run
 * uses that JSON only while each of those files still has its hash: reading and hashing a file
 * costs far less than parsing it as YAML and checking it with zod. An edited, added or missing
 * file, or a missing artefact, means the full check, with its file:line:col problems.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileStamp, StampedCache } from './file-stamp.js';
import { BUILTIN_DIR, INDICATORS_DIR } from './package-dirs.js';

/** One artefact: the files it was made from (paths under indicators/, with their sha256) and the value. */
export interface Artefact<T> {
  sources: Record<string, string>;
  value: T;
}

/** Artefacts found current, while their files stay unchanged. */
let checked = new StampedCache<unknown>();

let dirs: { indicators: string; artefacts: string } | undefined = {
  indicators: INDICATORS_DIR,
  artefacts: BUILTIN_DIR,
};

/**
 * Where artefacts are read from, and the indicators/ they stand for. The build turns them off
 * while it makes them (the old dist/ is no source); tests point them at a copy.
 */
export function useArtefacts(artefacts: string | undefined, indicators: string = INDICATORS_DIR): void {
  dirs = artefacts === undefined ? undefined : { indicators, artefacts };
  checked = new StampedCache();
}

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** dist/builtin/<path>.json for indicators/<path>.yaml. */
export const artefactPath = (rel: string): string => rel.replace(/\.ya?ml$/i, '') + '.json';

/** A path under indicators/, or undefined for a file elsewhere. */
export function underIndicators(file: string, indicators: string = INDICATORS_DIR): string | undefined {
  const rel = relative(indicators, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
}

/**
 * The checked value of a file under indicators/, with the stamps of the files it was made from
 * (for the caches of parsed files); undefined when there is no artefact or a file changed.
 */
export function builtinValue<T>(file: string): { value: T; stamps: [string, string][] } | undefined {
  if (!dirs) return undefined;
  const rel = underIndicators(file, dirs.indicators);
  if (rel === undefined) return undefined;
  const key = join(dirs.artefacts, artefactPath(rel));
  // A command asks once before it loads (to know whether it needs the full checks) and once to load.
  const hit = checked.get(key);
  if (hit) return hit.value as { value: T; stamps: [string, string][] };
  const found = readArtefact<T>(key, dirs.indicators);
  if (found) checked.set(key, found, found.stamps);
  return found;
}

function readArtefact<T>(
  key: string,
  indicators: string,
): { value: T; stamps: [string, string][] } | undefined {
  let artefact: Artefact<T>;
  try {
    artefact = JSON.parse(readFileSync(key, 'utf8')) as Artefact<T>;
  } catch {
    return undefined;
  }
  const stamps: [string, string][] = [];
  for (const [source, hash] of Object.entries(artefact.sources)) {
    const path = join(indicators, source);
    // Taken before the hash, so that a change while it is read is caught by the next stamp check.
    stamps.push([path, fileStamp(path)]);
    try {
      if (sha256(path) !== hash) return undefined;
    } catch {
      return undefined;
    }
  }
  return { value: artefact.value, stamps };
}
