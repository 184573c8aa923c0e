/**
 * What to ask when screening under several frameworks at once: the shared facts, the primary set's
 * questions, and only those framework items that no primary question establishes.
 */
import { walkCondition } from '../core/condition.js';
import type { Element, FactDef, Text } from '../core/schema.js';
import type { Crosswalk } from './crosswalk-schema.js';
import { frameworkSet } from './select.js';

export interface PlannedQuestion {
  kind: 'fact' | 'indicator';
  id: string;
  /** The set whose wording is used. */
  set: string;
  element?: Element;
  question: Text;
}

export interface Gap {
  framework: string;
  item: string;
  element: Element;
}

/** Framework items that no primary question establishes (unmapped, or mapped only to themselves). */
export function crosswalkGaps(cw: Crosswalk, ids: string[] = [...cw.frameworks.keys()]): Gap[] {
  const primaryIds = new Set(cw.primary.set.indicators.map((i) => i.id));
  const gaps: Gap[] = [];
  for (const id of ids) {
    const entry = cw.frameworks.get(id);
    if (!entry) continue;
    for (const item of entry.loaded.set.indicators) {
      const from = entry.items.get(item.id)?.from ?? [];
      if (!from.some((q) => primaryIds.has(q)))
        gaps.push({ framework: id, item: item.id, element: item.element });
    }
  }
  return gaps;
}

/** The facts every chosen framework needs, each once: the primary set's first. */
export function sharedFacts(cw: Crosswalk, ids: string[]): FactDef[] {
  const out = new Map<string, FactDef>(cw.primary.set.facts.map((f) => [f.id, f]));
  for (const id of ids) for (const f of frameworkSet(cw, id).set.facts) if (!out.has(f.id)) out.set(f.id, f);
  return [...out.values()];
}

export function planQuestions(ids: string[], cw: Crosswalk): PlannedQuestion[] {
  const primary = cw.primary.set;
  const facts: PlannedQuestion[] = sharedFacts(cw, ids).map((f) => ({
    kind: 'fact',
    id: f.id,
    set: primary.facts.includes(f)
      ? primary.id
      : ids.find((id) => frameworkSet(cw, id).set.facts.includes(f))!,
    question: f.question,
  }));

  // The primary questions the chosen frameworks read, plus those their skip logic depends on.
  const wanted = new Set<string>();
  if (ids.includes(primary.id)) primary.indicators.forEach((i) => wanted.add(i.id));
  for (const id of ids)
    for (const m of cw.frameworks.get(id)?.items.values() ?? []) m.from.forEach((q) => wanted.add(q));
  const byId = new Map(primary.indicators.map((i) => [i.id, i]));
  const pending = [...wanted].filter((q) => byId.has(q));
  while (pending.length) {
    const cond = byId.get(pending.pop()!)?.askWhen;
    if (cond)
      walkCondition(cond, (n) => {
        if (typeof n === 'object' && 'answer' in n && !wanted.has(n.answer)) {
          wanted.add(n.answer);
          pending.push(n.answer);
        }
      });
  }
  const primaryQuestions: PlannedQuestion[] = [...cw.primary.compiled.askOrder]
    .map((i) => primary.indicators[i]!)
    .filter((ind) => wanted.has(ind.id))
    .map((ind) => ({
      kind: 'indicator',
      id: ind.id,
      set: primary.id,
      element: ind.element,
      question: ind.question,
    }));

  // Items no primary question covers are asked in their own words.
  const gaps = new Set(crosswalkGaps(cw, ids).map((g) => `${g.framework}\u0000${g.item}`));
  const own: PlannedQuestion[] = [];
  for (const id of ids) {
    const entry = cw.frameworks.get(id);
    if (!entry) continue;
    for (const i of entry.loaded.compiled.askOrder) {
      const ind = entry.loaded.set.indicators[i]!;
      const selfMapped = entry.items.get(ind.id)?.from.includes(ind.id) ?? false;
      if (gaps.has(`${id}\u0000${ind.id}`) || selfMapped)
        own.push({ kind: 'indicator', id: ind.id, set: id, element: ind.element, question: ind.question });
    }
  }
  const seen = new Set<string>();
  return [...facts, ...primaryQuestions, ...own].filter((q) => {
    const key = `${q.kind}:${q.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
