/**
 * Makes the build's artefact (builtin-artefact.ts): every built-in file under indicators/ (the
 * sets, the crosswalk, the library scenarios, the translations) checked in full and written as
 * JSON with the sha256 of each file it was made from. Run by .config/build.mjs inside the new
 * build, before that build takes dist/'s place. A file that fails its check gets no artefact: a
 * run then checks it in full and reports its problems as usual.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isUserError } from '../base/errors.js';
import { artefactPath, sha256, underIndicators, useArtefacts, type Artefact } from './builtin-artefact.js';
import { storeCrosswalk } from './crosswalk-artefact.js';
import { CROSSWALK_FILE, loadCrosswalk } from './load-crosswalk.js';
import { checkScenarioFile, libraryFiles } from './load-scenario.js';
import { builtinSetIds, loadSet, withSetReads } from './load-set.js';
import { INDICATORS_DIR } from './package-dirs.js';
import { fullChecks, loadFullChecks } from './full-checks.js';

type Made = { value: unknown; read: string[] } | undefined;

/** Writes the artefacts under `outDir`; returns the files (under indicators/) that got one. */
export async function writeBuiltins(outDir: string): Promise<string[]> {
  // Made from the files alone: the artefacts of an older build are no source.
  useArtefacts(undefined);
  await loadFullChecks();
  // Hashed before they are checked: a file edited meanwhile then no longer matches its artefact.
  const hashes = new Map(yamlFiles(INDICATORS_DIR).map((f) => [f, sha256(f)]));
  const made: [string, Made][] = [
    ...builtinSetIds().map((id): [string, Made] => {
      const file = join(INDICATORS_DIR, `${id}.yaml`);
      return [file, attempt(file, () => loadSet(file).set)];
    }),
    [CROSSWALK_FILE, attempt(CROSSWALK_FILE, () => storeCrosswalk(loadCrosswalk(CROSSWALK_FILE)))],
    ...libraryFiles().map((f): [string, Made] => [f, attempt(f, () => checkScenarioFile(f).ok?.scenario)]),
    ...translationFiles().map((f): [string, Made] => [f, attempt(f, () => fullChecks().readTranslation(f))]),
  ];
  const written: string[] = [];
  for (const [file, m] of made) {
    const rel = underIndicators(file);
    const sources = m?.read.map((f): [string | undefined, string | undefined] => [
      underIndicators(f),
      hashes.get(f),
    ]);
    // Made from a file outside indicators/, or one not hashed: nothing a run could check it against.
    if (!m || rel === undefined || !sources || sources.some(([k, h]) => !k || !h)) continue;
    const artefact: Artefact<unknown> = {
      sources: Object.fromEntries(sources) as Record<string, string>,
      value: m.value,
    };
    const out = join(outDir, artefactPath(rel));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(artefact));
    written.push(rel);
  }
  return written;
}

/** The value and every file read to make it; undefined when the file has problems. */
function attempt(file: string, make: () => unknown): Made {
  try {
    const { value, stamps } = withSetReads(make);
    return value === undefined ? undefined : { value, read: [...new Set([file, ...stamps.map(([f]) => f)])] };
  } catch (e) {
    if (isUserError(e)) return undefined;
    throw e;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? yamlFiles(join(dir, d.name)) : /\.ya?ml$/i.test(d.name) ? [join(dir, d.name)] : [],
  );
}

const translationFiles = (): string[] => {
  const dir = join(INDICATORS_DIR, 'i18n');
  return existsSync(dir) ? yamlFiles(dir) : [];
};
