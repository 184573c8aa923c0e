/**
 * The full check of a crosswalk file: the sets it names must load, every mapped item and question
 * must exist, shared facts must mean the same kind of value, a mapping that moves a question to
 * another element must say why, and a dual-use mark must cite its source and be needed. Every
 * problem is reported with file:line:col, all at once.
 *
 * A question answered yes counts once per element of a framework: where it establishes items of
 * two elements, the element it has in the primary set gets the yes (failing that, the element of
 * the first such item in file order); the items of the other elements get it only where their
 * mapping is marked dualUse. `FrameworkEntry.reuse` lists those items.
 */
import { dirname } from 'node:path';
import type { Element, FactDef, IndicatorDef, Text } from '../core/schema.js';
import { isUserError, UserError, type Problem } from '../base/errors.js';
import { setAccess } from './set-access.js';
import type { LoadedSet } from '../core/loaded-set.js';
import { shown } from './file-checks.js';
import { catalogue, say } from '../base/catalogue/index.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { readInputFile } from './input-file.js';
import {
  crosswalkSchema,
  dualUseSchema,
  normaliseMapping,
  type Crosswalk,
  type FrameworkEntry,
  type DualUse,
  type Mapping,
} from '../frameworks/crosswalk-schema.js';
import { SAFE_PARSE } from '../base/zod-messages.js';
import { zodProblems } from './zod-problems.js';

/** Refuses the crosswalk with its problems: syntax errors (the file is not YAML), or any other. */
function invalid(file: string, problems: Problem[], notYaml = false): never {
  throw new UserError(
    'CROSSWALK_INVALID',
    (lang) =>
      notYaml
        ? say(lang).ioSetErrors.CROSSWALK_INVALID.yaml(shown(file))
        : say(lang).ioSetErrors.CROSSWALK_INVALID.problems(shown(file), problems.length),
    { problems },
  );
}

export function readCrosswalk(file: string): Crosswalk {
  const src = parseYamlSource(readInputFile(file, 'crosswalk'), file);
  if (src.errors.length) invalid(file, src.errors, true);
  const parsed = crosswalkSchema.safeParse(src.data, SAFE_PARSE);
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
      const at = ['frameworks', ref, itemId];
      let dualUse: DualUse | undefined;
      if (!Array.isArray(m) && m.dualUse !== undefined) {
        const du = dualUseSchema.safeParse(m.dualUse, SAFE_PARSE);
        if (du.success) dualUse = { citation: du.data.citation, note: du.data.note };
        else
          problems.push(
            ...zodProblems(
              src,
              du.error.issues.map((i) => ({ ...i, path: [...at, 'dualUse', ...i.path] })),
            ),
          );
      }
      const mapping = normaliseMapping(m, dualUse);
      const item = byId(loaded).get(itemId);
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
    const reuse = reuseOf(items, primary, loaded);
    problems.push(...dualUseProblems(items, reuse, loaded, src, ['frameworks', ref]));
    frameworks.set(id, { id, loaded, items, reuse });
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
    return setAccess().loadSet(ref, base);
  } catch (e) {
    if (!isUserError(e)) throw e;
    const why = e.localized?.('ko').message;
    const { en, ko } = catalogue;
    problems.push(
      src.problem(
        at,
        en.ioSetErrors.CROSSWALK_INVALID.cannotLoad(ref, e.message),
        why === undefined ? undefined : ko.ioSetErrors.CROSSWALK_INVALID.cannotLoad(ref, why),
      ),
      ...e.problems,
    );
    return undefined;
  }
}

/** Indicators by id, built once per set: a large crosswalk looks up every mapped item. */
const indexes = new WeakMap<LoadedSet, Map<string, IndicatorDef>>();
function byId(loaded: LoadedSet): Map<string, IndicatorDef> {
  let index = indexes.get(loaded);
  if (!index) indexes.set(loaded, (index = new Map(loaded.set.indicators.map((i) => [i.id, i]))));
  return index;
}

function elementOf(q: string, primary: LoadedSet, own: LoadedSet): Element | undefined {
  return byId(primary).get(q)?.element ?? byId(own).get(q)?.element;
}

/**
 * For each question that establishes items of more than one element, the items that do not get
 * its yes outright: those outside the element it has in the primary set (or, if no item is in that
 * element, outside the element of the first item in file order).
 */
function reuseOf(items: Map<string, Mapping>, primary: LoadedSet, own: LoadedSet): FrameworkEntry['reuse'] {
  const elementOfItem = new Map(own.set.indicators.map((i) => [i.id, i.element]));
  const targets = new Map<string, { item: string; element: Element }[]>();
  for (const [item, mapping] of items) {
    const element = elementOfItem.get(item);
    if (element === undefined) continue;
    for (const q of new Set(mapping.from)) targets.set(q, [...(targets.get(q) ?? []), { item, element }]);
  }
  const out: FrameworkEntry['reuse'] = new Map();
  for (const [q, ts] of targets) {
    const elements = new Set(ts.map((t) => t.element));
    if (elements.size < 2) continue;
    const home = elementOf(q, primary, own);
    const usedFor = home !== undefined && elements.has(home) ? home : ts[0]!.element;
    for (const t of ts) {
      if (t.element === usedFor) continue;
      const byQuestion = out.get(t.item) ?? new Map<string, { usedFor: Element; dualUse: boolean }>();
      byQuestion.set(q, { usedFor, dualUse: items.get(t.item)!.dualUse !== undefined });
      out.set(t.item, byQuestion);
    }
  }
  return out;
}

/** A dual-use mark only means something on an item that would otherwise not get a question's yes. */
function dualUseProblems(
  items: Map<string, Mapping>,
  reuse: FrameworkEntry['reuse'],
  own: LoadedSet,
  src: YamlSource,
  at: string[],
): Problem[] {
  const out: Problem[] = [];
  for (const [itemId, mapping] of items) {
    if (!mapping.dualUse || reuse.has(itemId)) continue;
    const element = byId(own).get(itemId)!.element;
    // The item already gets the yes: some other item, in another element, is the one that would need the mark.
    const others = [...reuse].filter(([, byQ]) => mapping.from.some((q) => byQ.has(q))).map(([item]) => item);
    out.push(
      src.problem(
        [...at, itemId, 'dualUse'],
        others.length
          ? `dualUse has no effect on "${itemId}": the yes to its questions already counts for ${element} in ${own.set.id}; mark the item of the other element instead (${others.join(', ')})`
          : `dualUse has no effect on "${itemId}": none of its questions also establishes an item of another element of ${own.set.id}`,
      ),
    );
  }
  return out;
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
