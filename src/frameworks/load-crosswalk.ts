/**
 * Loads and checks a crosswalk: the sets it names must load, every mapped item and question must
 * exist, shared facts must mean the same kind of value, and a mapping that moves a question to
 * another element must say why. Every problem is reported with file:line:col, all at once.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Element, FactDef, Text } from '../core/schema.js';
import { isUserError, UserError, type Problem } from '../errors.js';
import { INDICATORS_DIR, loadSet, zodProblems, type LoadedSet } from '../sets/load-set.js';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { crosswalkSchema, normaliseMapping, type Mapping } from './crosswalk-schema.js';

export const CROSSWALK_FILE = join(INDICATORS_DIR, 'crosswalk.yaml');

export interface FrameworkEntry {
  /** The set's id, used to name the framework on the command line and in reports. */
  id: string;
  loaded: LoadedSet;
  /** Item id -> the questions that establish it. Items not listed here are asked themselves. */
  items: Map<string, Mapping>;
}

export interface Crosswalk {
  file: string;
  primary: LoadedSet;
  /** The other frameworks, in file order (the primary is not among them). */
  frameworks: Map<string, FrameworkEntry>;
  factNotes: Map<string, Text>;
}

const cache = new Map<string, Crosswalk>();

export function loadCrosswalk(file: string = CROSSWALK_FILE, relativeTo = process.cwd()): Crosswalk {
  const path = isAbsolute(file) ? file : resolve(relativeTo, file);
  const hit = cache.get(path);
  if (hit) return hit;
  const cw = readCrosswalk(path);
  cache.set(path, cw);
  return cw;
}

function invalid(file: string, problems: Problem[]): never {
  throw new UserError('CROSSWALK_INVALID', `The crosswalk ${file} has ${problems.length} problem(s).`, {
    problems,
    hint: 'Fix each line listed above. Map framework item ids to question ids of the primary set.',
  });
}

function readCrosswalk(file: string): Crosswalk {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError('FILE_READ', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  const src = parseYamlSource(text, file);
  if (src.errors.length)
    throw new UserError('CROSSWALK_INVALID', `${file} is not valid YAML.`, { problems: src.errors });
  const parsed = crosswalkSchema.safeParse(src.data);
  if (!parsed.success) invalid(file, zodProblems(src, parsed.error.issues));
  const data = parsed.data;
  const problems: Problem[] = [];
  const base = dirname(file);

  const primary = loadNamed(data.primary, base, src, ['primary'], problems);
  const frameworks = new Map<string, FrameworkEntry>();
  for (const [ref, raw] of Object.entries(data.frameworks)) {
    const loaded = loadNamed(ref, base, src, ['frameworks', ref], problems);
    if (!loaded || !primary) continue;
    const id = loaded.set.id;
    if (id === primary.set.id) {
      problems.push(src.problem(['frameworks', ref], `"${ref}" is the primary set; it needs no mapping`));
      continue;
    }
    if (frameworks.has(id)) {
      problems.push(src.problem(['frameworks', ref], `framework "${id}" is listed more than once`));
      continue;
    }
    const items = new Map<string, Mapping>();
    for (const [itemId, m] of Object.entries(raw)) {
      const mapping = normaliseMapping(m);
      const at = ['frameworks', ref, itemId];
      const item = loaded.set.indicators.find((i) => i.id === itemId);
      if (!item) {
        problems.push(src.problem(at, `"${itemId}" is not an indicator of set ${id}`));
        continue;
      }
      mapping.from.forEach((q, k) => {
        const qAt = Array.isArray(m) ? [...at, k] : [...at, 'from', k];
        const element = elementOf(q, primary, loaded);
        if (element === undefined)
          problems.push(src.problem(qAt, `"${q}" is not a question of ${primary.set.id} or of ${id}`));
        else if (element !== item.element && !mapping.note)
          problems.push(
            src.problem(
              at,
              `"${q}" is a ${element} question but "${itemId}" is a ${item.element} item; add a note saying why`,
            ),
          );
      });
      items.set(itemId, mapping);
    }
    problems.push(...factConflicts(primary, loaded, src, ['frameworks', ref]));
    frameworks.set(id, { id, loaded, items });
  }

  const factNotes = new Map<string, Text>();
  for (const [factId, { note }] of Object.entries(data.facts)) {
    const known = [primary, ...[...frameworks.values()].map((f) => f.loaded)].some((s) =>
      s?.set.facts.some((f) => f.id === factId),
    );
    if (!known)
      problems.push(src.problem(['facts', factId], `"${factId}" is not a fact of any set named here`));
    factNotes.set(factId, note);
  }
  if (problems.length || !primary) invalid(file, problems);
  return { file, primary, frameworks, factNotes };
}

/** Loads a set named in the crosswalk; a set that fails to load is reported at the naming line. */
function loadNamed(
  ref: string,
  base: string,
  src: YamlSource,
  at: string[],
  problems: Problem[],
): LoadedSet | undefined {
  try {
    return loadSet(ref, base);
  } catch (e) {
    if (!isUserError(e)) throw e;
    problems.push(src.problem(at, `cannot load set "${ref}": ${e.message}`), ...e.problems);
    return undefined;
  }
}

function elementOf(q: string, primary: LoadedSet, own: LoadedSet): Element | undefined {
  return (
    primary.set.indicators.find((i) => i.id === q)?.element ??
    own.set.indicators.find((i) => i.id === q)?.element
  );
}

/** A fact shared by id is asked once, so both sets must expect the same kind of value. */
function factConflicts(primary: LoadedSet, other: LoadedSet, src: YamlSource, at: string[]): Problem[] {
  const out: Problem[] = [];
  const byId = new Map<string, FactDef>(primary.set.facts.map((f) => [f.id, f]));
  for (const f of other.set.facts) {
    const p = byId.get(f.id);
    if (!p) continue;
    const options = (d: FactDef) => (d.options ?? []).map((o) => o.id).join(',');
    if (p.type !== f.type || options(p) !== options(f))
      out.push(
        src.problem(
          at,
          `fact "${f.id}" is a ${f.type} in ${other.set.id} but a ${p.type} in ${primary.set.id} (or their options differ); shared facts must match`,
        ),
      );
  }
  return out;
}
