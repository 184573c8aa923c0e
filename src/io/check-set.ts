/**
 * The full check of a set or overlay file: YAML with positions, zod, the set's own checks, and
 * the merge of an overlay into its base. Every problem is collected with file:line:col. Loaded
 * only when a file has to be checked (see full-checks.ts); a built-in set whose file is unchanged
 * comes from the build's artefact instead (builtin-artefact.ts).
 */
import { dirname } from 'node:path';
import { compileSet } from '../core/engine.js';
import { setSchema, type IndicatorSet } from '../core/schema.js';
import { overlaySchema, type Overlay } from '../core/overlay-schema.js';
import { validateSet, type PathProblem } from '../core/validate-set.js';
import type { LoadedSet } from '../core/loaded-set.js';
import { say } from '../base/catalogue/index.js';
import { UserError, type Problem } from '../base/errors.js';
import { shown } from './file-checks.js';
import { readInputFile } from './input-file.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { SAFE_PARSE } from '../base/zod-messages.js';
import { setAccess } from './set-access.js';
import { zodProblems } from './zod-problems.js';

function readSource(file: string): YamlSource {
  setAccess().noteSetRead(file);
  return parseYamlSource(readInputFile(file, 'set'), file);
}

/**
 * A set has "indicators" at its top, an overlay "extends". Any other file (a password file named
 * in "extends", say) is refused as a whole: listing its keys as unknown would print its content.
 */
function checkIsSet(src: YamlSource): void {
  const d = src.data;
  if (typeof d === 'object' && d !== null && !Array.isArray(d) && ('indicators' in d || 'extends' in d))
    return;
  throw new UserError('NOT_A_SET', (lang) => say(lang).ioSetErrors.NOT_A_SET(shown(src.file)));
}

function fail(file: string, problems: Problem[]): never {
  throw new UserError(
    'SET_INVALID',
    (lang) => say(lang).ioSetErrors.SET_INVALID.problems(shown(file), problems.length),
    { problems },
  );
}

export function loadSetFile(file: string, chain: string[]): LoadedSet {
  if (chain.includes(file)) fail(file, [{ file, message: `overlay chain loops back to ${file}` }]);
  const src = readSource(file);
  if (src.errors.length)
    throw new UserError('SET_YAML', (lang) => say(lang).ioSetErrors.SET_YAML(shown(file)), {
      problems: src.errors,
    });
  checkIsSet(src);
  const isOverlay = typeof src.data === 'object' && src.data !== null && 'extends' in src.data;
  if (isOverlay) return loadOverlay(src, chain);
  const parsed = setSchema.safeParse(src.data, SAFE_PARSE);
  if (!parsed.success) fail(file, [...zodProblems(src, parsed.error.issues), ...checkRemainder(src)]);
  const problems = validateSet(parsed.data).map((p) => src.problem(p.path, p.message));
  if (problems.length) fail(file, problems);
  return { set: parsed.data, compiled: compileSet(parsed.data), file };
}

const LIST_SECTIONS = ['facts', 'indicators', 'protection', 'legal', 'referrals', 'sources'];

/**
 * When some list items are malformed, sets the bad items aside and checks the rest too, so that a
 * file with a missing field and a duplicate id reports both at once. Problems that only come from
 * an item set aside (a reference to it, say) are left out; they reappear once the item is fixed.
 */
function checkRemainder(src: YamlSource): Problem[] {
  if (typeof src.data !== 'object' || src.data === null) return [];
  const data = structuredClone(src.data) as Record<string, unknown>;
  const kept: Record<string, number[]> = {};
  for (const key of LIST_SECTIONS)
    if (Array.isArray(data[key])) kept[key] = (data[key] as unknown[]).map((_, i) => i);
  const setAside = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const r = setSchema.safeParse(data, SAFE_PARSE);
    if (r.success) {
      return validateSet(r.data)
        .filter((p) => !quoted(p.message).some((id) => setAside.has(id)))
        .map((p) => {
          const [section, index, ...rest] = p.path;
          const original =
            typeof section === 'string' && typeof index === 'number' ? kept[section]?.[index] : undefined;
          return src.problem(original === undefined ? p.path : [section!, original, ...rest], p.message);
        });
    }
    const bad = new Map<string, Set<number>>();
    for (const issue of r.error.issues) {
      const [section, index] = issue.path;
      if (typeof section !== 'string' || !kept[section] || typeof index !== 'number') return [];
      bad.set(section, (bad.get(section) ?? new Set()).add(index));
    }
    for (const [section, indexes] of bad) {
      const items = data[section] as unknown[];
      for (const i of indexes) {
        const id = (items[i] as { id?: unknown } | null)?.id;
        if (typeof id === 'string') setAside.add(id);
      }
      // One pass per section: removing items one by one is quadratic on a file with many bad ones.
      data[section] = items.filter((_, i) => !indexes.has(i));
      kept[section] = kept[section]!.filter((_, i) => !indexes.has(i));
    }
  }
  return [];
}

/** The "quoted" names in a message. */
const quoted = (message: string): string[] => [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);

function loadOverlay(src: YamlSource, chain: string[]): LoadedSet {
  const parsed = overlaySchema.safeParse(src.data, SAFE_PARSE);
  if (!parsed.success) fail(src.file, zodProblems(src, parsed.error.issues));
  const overlay = parsed.data;
  const baseFile = setAccess().resolveSetFile(overlay.extends, dirname(src.file));
  const base = loadSetFile(baseFile, [...chain, src.file]);
  const { set, origin } = applyOverlay(base.set, overlay);
  const problems: Problem[] = [];
  const indicatorIds = new Set(set.indicators.map((i) => i.id));
  const referralIds = new Set(base.set.referrals.map((r) => r.id));
  for (const id of Object.keys(overlay.reword))
    if (!indicatorIds.has(id))
      problems.push(src.problem(['reword', id], `cannot reword "${id}": the base set has no such indicator`));
  for (const [k, id] of overlay.remove.referrals.entries())
    if (!referralIds.has(id))
      problems.push(
        src.problem(['remove', 'referrals', k], `cannot remove "${id}": the base set has no such referral`),
      );
  for (const p of validateSet(set)) problems.push(locateMerged(p, origin, src, baseFile));
  if (problems.length) fail(src.file, problems);
  return { set, compiled: compileSet(set), file: src.file };
}

type Origin = Record<string, { baseCount: number; addKey: string }>;

/** Merges an overlay into a copy of its base. Reworded items stop being official wording. */
export function applyOverlay(base: IndicatorSet, overlay: Overlay): { set: IndicatorSet; origin: Origin } {
  const indicators = base.indicators.map((ind) => {
    const r = overlay.reword[ind.id];
    if (!r) return ind;
    return {
      ...ind,
      question: r.question ?? ind.question,
      help: r.help ?? ind.help,
      wording: 'reconstructed' as const,
      source: { ...ind.source, note: `reworded by ${overlay.id}${r.note ? `: ${r.note}` : ''}` },
    };
  });
  const removed = new Set(overlay.remove.referrals);
  const referrals = base.referrals.filter((r) => !removed.has(r.id));
  const set: IndicatorSet = {
    ...base,
    id: overlay.id,
    title: overlay.title ?? base.title,
    version: `${base.version}+${overlay.id}.${overlay.version}`,
    sources: [...base.sources, ...overlay.sources],
    tiers: overlay.tiers ? { ...base.tiers, reading: overlay.tiers.reading } : base.tiers,
    facts: [...base.facts, ...overlay.add.facts],
    indicators: [...indicators, ...overlay.add.indicators],
    protection: [...base.protection, ...overlay.add.protection],
    legal: [...base.legal, ...overlay.add.legal],
    referrals: [...referrals, ...overlay.add.referrals],
  };
  const origin: Origin = {
    facts: { baseCount: base.facts.length, addKey: 'facts' },
    indicators: { baseCount: base.indicators.length, addKey: 'indicators' },
    protection: { baseCount: base.protection.length, addKey: 'protection' },
    legal: { baseCount: base.legal.length, addKey: 'legal' },
    referrals: { baseCount: referrals.length, addKey: 'referrals' },
    sources: { baseCount: base.sources.length, addKey: 'sources' },
  };
  return { set, origin };
}

/** A problem in the merged set points into the overlay when the item came from the overlay. */
function locateMerged(p: PathProblem, origin: Origin, src: YamlSource, baseFile: string): Problem {
  const [section, index, ...rest] = p.path;
  const o = typeof section === 'string' ? origin[section] : undefined;
  if (o && typeof index === 'number' && index >= o.baseCount) {
    const path =
      section === 'sources'
        ? ['sources', index - o.baseCount, ...rest]
        : ['add', o.addKey, index - o.baseCount, ...rest];
    return src.problem(path, p.message);
  }
  return { file: baseFile, path: p.path.join('.'), message: p.message };
}
