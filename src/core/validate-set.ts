/**
 * Checks a set beyond its shape: references, repeats, thresholds that can never be met and
 * questions that can never be asked. Returns every problem found, each with its path in the
 * document, so a set author fixes them all in one pass.
 */
import type { Condition, Selector } from './condition-schema.js';
import { RULE_NAMES, expandTiers, isMonotone, walkCondition } from './condition.js';
import type { FactDef, IndicatorSet } from './schema.js';
import { ELEMENTS, OUTCOMES_STRONGEST_FIRST } from './vocabulary.js';

export interface PathProblem {
  path: (string | number)[];
  message: string;
}

type Scope = 'element' | 'waiver' | 'combination' | 'outcomes' | 'statute' | 'child' | 'askWhen' | 'printed';

export function validateSet(set: IndicatorSet): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  const indicatorIds = new Set<string>();
  const repeats = (items: { id: string }[], key: string, seen = new Set<string>()) => {
    const prefix = key.split('.');
    items.forEach((item, i) => {
      if (seen.has(item.id))
        add([...prefix, i, 'id'], `id "${item.id}" is used more than once; ids must be unique`);
      seen.add(item.id);
    });
    return seen;
  };
  repeats(set.indicators, 'indicators', indicatorIds);
  const facts = new Map<string, FactDef>();
  repeats(set.facts, 'facts');
  for (const f of set.facts) facts.set(f.id, f);
  repeats(set.sources, 'sources');
  repeats(set.protection, 'protection');
  repeats(set.legal, 'legal');
  repeats(set.referrals, 'referrals');
  repeats(set.rules.waiver, 'rules.waiver');
  repeats(set.rules.statute, 'rules.statute');

  const sourceIds = new Set(set.sources.map((s) => s.id));
  const checkSource = (doc: string | undefined, path: (string | number)[]) => {
    if (doc !== undefined && !sourceIds.has(doc))
      add(path, `source "${doc}" is not declared under "sources"; add it there or fix the name`);
  };
  set.indicators.forEach((ind, i) => checkSource(ind.source.doc, ['indicators', i, 'source', 'doc']));
  for (const key of ['protection', 'legal'] as const)
    set[key].forEach((p, i) => checkSource(p.source?.doc, [key, i, 'source', 'doc']));

  set.facts.forEach((f, i) => {
    if (f.type === 'choice' && !f.options)
      add(['facts', i], `fact "${f.id}" is a choice but lists no options`);
  });

  const tiers = new Set(set.indicators.map((i) => i.tier).filter((t): t is NonNullable<typeof t> => !!t));
  const tags = new Set(set.indicators.flatMap((i) => i.tags));

  // Counted once per distinct selector: a set with many thresholds must not rescan every
  // indicator for each.
  const counts = new Map<string, number>();
  const selectCount = (sel: Selector): number => {
    if ('ids' in sel) return new Set(sel.ids.filter((id) => indicatorIds.has(id))).size;
    const key = JSON.stringify(sel);
    let n = counts.get(key);
    if (n === undefined) counts.set(key, (n = selectIndicators(set, sel).length));
    return n;
  };

  const checkCondition = (raw: Condition, base: (string | number)[], scope: Scope) => {
    // Tiered thresholds are checked as the counts they stand for.
    const cond = expandTiers(raw, set.tiers.reading);
    if (scope === 'element' && !isMonotone(cond))
      add(base, 'element rules may only use all, any, atLeast and answer (no not, exact states or rules)');
    walkCondition(raw, (c, sub) => {
      if (typeof c !== 'object' || !('tiered' in c)) return;
      const at = [...base, ...sub, 'tiered'];
      if (scope !== 'element') add(at, 'a tiered threshold can only be used in an element rule');
      c.tiered.need.forEach((n, k) => {
        if (!tiers.has(n.tier as never)) add([...at, 'need', k, 'tier'], `no indicator has tier "${n.tier}"`);
        if (c.tiered.need.findIndex((x) => x.tier === n.tier) !== k)
          add([...at, 'need', k, 'tier'], `tier "${n.tier}" is listed twice`);
      });
    });
    walkCondition(cond, (c, sub) => {
      const at = [...base, ...sub];
      if (typeof c === 'boolean') return;
      if ('possibly' in c && scope !== 'printed')
        add(at, 'a possibly test can only be used in protection, legal and referral conditions');
      if ('answer' in c && !indicatorIds.has(c.answer))
        add([...at, 'answer'], `unknown indicator "${c.answer}"`);
      if ('fact' in c) checkFactTest(c, at);
      if ('rule' in c) {
        const allowed: readonly string[] =
          scope === 'combination' || scope === 'statute'
            ? ['act', 'means', 'purpose', 'waiver']
            : scope === 'element' || scope === 'waiver' || scope === 'askWhen' || scope === 'child'
              ? []
              : RULE_NAMES;
        if (!(RULE_NAMES as readonly string[]).includes(c.rule))
          add([...at, 'rule'], `unknown rule "${c.rule}"; rules are ${RULE_NAMES.join(', ')}`);
        else if (!allowed.includes(c.rule)) add([...at, 'rule'], `rule "${c.rule}" cannot be used here`);
      }
      if ('outcome' in c && scope !== 'printed')
        add(at, 'an outcome test can only be used in protection, legal and referral conditions');
      if ('atLeast' in c) {
        const sel = c.of;
        if ('ids' in sel)
          sel.ids.forEach((id, k) => {
            if (!indicatorIds.has(id)) add([...at, 'of', 'ids', k], `unknown indicator "${id}"`);
          });
        else {
          for (const t of [sel.tier ?? []].flat())
            if (!tiers.has(t as never)) add([...at, 'of', 'tier'], `no indicator has tier "${t}"`);
          for (const t of sel.tags ?? [])
            if (!tags.has(t)) add([...at, 'of', 'tags'], `no indicator has tag "${t}"`);
        }
        const n = selectCount(sel);
        if (n < c.atLeast)
          add(
            at,
            `needs ${c.atLeast} "yes" answers but only ${n} indicator(s) match, so it can never be met`,
          );
      }
    });
  };

  const checkFactTest = (c: Extract<Condition, { fact: string }>, at: (string | number)[]) => {
    const f = facts.get(c.fact);
    if (!f) {
      add([...at, 'fact'], `unknown fact "${c.fact}"; declare it under "facts"`);
      return;
    }
    const numeric = c.lt ?? c.lte ?? c.gt ?? c.gte;
    if (numeric !== undefined && f.type !== 'number')
      add(at, `fact "${f.id}" is not a number, so it cannot be compared with lt/lte/gt/gte`);
    if (c.is !== undefined) {
      const values = [c.is].flat();
      const allowed =
        f.type === 'tristate'
          ? ['yes', 'no']
          : f.type === 'choice'
            ? (f.options ?? []).map((o) => o.id)
            : null;
      for (const v of values) {
        if (allowed && !allowed.includes(String(v)))
          add([...at, 'is'], `fact "${f.id}" cannot be "${v}"; allowed: ${allowed.join(', ')}`);
        if (!allowed && typeof v !== 'number')
          add([...at, 'is'], `fact "${f.id}" is a number; "${v}" is not`);
      }
    }
  };

  ELEMENTS.forEach((el) => checkCondition(set.rules.elements[el], ['rules', 'elements', el], 'element'));
  set.rules.waiver.forEach((w, i) => checkCondition(w.when, ['rules', 'waiver', i, 'when'], 'waiver'));
  checkCondition(set.rules.combination, ['rules', 'combination'], 'combination');
  set.rules.statute.forEach((r, i) => {
    checkCondition(r.when, ['rules', 'statute', i, 'when'], 'statute');
    checkSource(r.source?.doc, ['rules', 'statute', i, 'source', 'doc']);
  });
  if (set.rules.child !== undefined) checkCondition(set.rules.child, ['rules', 'child'], 'child');
  for (const o of OUTCOMES_STRONGEST_FIRST)
    if (o !== 'no-indicators') checkCondition(set.rules.outcomes[o], ['rules', 'outcomes', o], 'outcomes');
  set.indicators.forEach((ind, i) => {
    if (ind.askWhen !== undefined) checkCondition(ind.askWhen, ['indicators', i, 'askWhen'], 'askWhen');
  });
  set.facts.forEach((f, i) => {
    if (f.askWhen !== undefined) checkCondition(f.askWhen, ['facts', i, 'askWhen'], 'askWhen');
  });
  for (const key of ['protection', 'legal', 'referrals'] as const)
    set[key].forEach((p, i) => checkCondition(p.when, [key, i, 'when'], 'printed'));

  for (const p of neverAsked(set)) problems.push(p);
  return problems;
}

/** Indicators selected by a selector, as indexes into set.indicators. */
export function selectIndicators(set: Pick<IndicatorSet, 'indicators'>, sel: Selector): number[] {
  if ('ids' in sel) {
    const wanted = new Set(sel.ids);
    return set.indicators.flatMap((ind, i) => (wanted.has(ind.id) ? [i] : []));
  }
  const elements = [sel.element].flat();
  const tiers = sel.tier === undefined ? undefined : [sel.tier].flat();
  return set.indicators.flatMap((ind, i) =>
    elements.includes(ind.element) &&
    (tiers === undefined || (ind.tier !== undefined && tiers.includes(ind.tier))) &&
    (sel.tags === undefined || sel.tags.some((t) => ind.tags.includes(t)))
      ? [i]
      : [],
  );
}

/**
 * Questions whose skip condition can never hold: literally false, contradictory numeric bounds on
 * one fact, or a chain of follow-up questions that waits on itself.
 */
function neverAsked(set: IndicatorSet): PathProblem[] {
  const out: PathProblem[] = [];
  const deps = new Map<string, string[]>();
  set.indicators.forEach((ind, i) => {
    if (ind.askWhen === undefined) return;
    const at = ['indicators', i, 'askWhen'];
    if (alwaysFalse(ind.askWhen))
      out.push({ path: at, message: `indicator "${ind.id}" can never be asked: its askWhen can never hold` });
    const refs: string[] = [];
    walkCondition(ind.askWhen, (c) => {
      if (typeof c === 'object' && 'answer' in c) refs.push(c.answer);
    });
    deps.set(ind.id, refs);
  });
  const state = new Map<string, 'visiting' | 'done'>();
  const cyclic = new Set<string>();
  const visit = (id: string, stack: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      for (const s of stack.slice(stack.indexOf(id))) cyclic.add(s);
      return;
    }
    state.set(id, 'visiting');
    for (const d of deps.get(id) ?? []) visit(d, [...stack, id]);
    state.set(id, 'done');
  };
  for (const id of deps.keys()) visit(id, []);
  set.indicators.forEach((ind, i) => {
    if (cyclic.has(ind.id))
      out.push({
        path: ['indicators', i, 'askWhen'],
        message: `indicator "${ind.id}" can never be asked: its askWhen waits on an answer that waits on it`,
      });
  });
  return out;
}

/** A conservative check: true only when no values of the facts and answers could satisfy it. */
function alwaysFalse(cond: Condition): boolean {
  if (cond === false) return true;
  if (typeof cond !== 'object') return false;
  if ('any' in cond) return cond.any.every(alwaysFalse);
  if ('all' in cond) {
    if (cond.all.some(alwaysFalse)) return true;
    // Contradictory numeric bounds on one fact, e.g. age < 10 and age > 20.
    const bounds = new Map<string, { lo: number; hi: number }>();
    for (const c of cond.all) {
      if (typeof c !== 'object' || !('fact' in c)) continue;
      const b = bounds.get(c.fact) ?? { lo: -Infinity, hi: Infinity };
      if (c.lt !== undefined) b.hi = Math.min(b.hi, c.lt - Number.EPSILON);
      if (c.lte !== undefined) b.hi = Math.min(b.hi, c.lte);
      if (c.gt !== undefined) b.lo = Math.max(b.lo, c.gt + Number.EPSILON);
      if (c.gte !== undefined) b.lo = Math.max(b.lo, c.gte);
      bounds.set(c.fact, b);
    }
    return [...bounds.values()].some((b) => b.lo > b.hi);
  }
  return false;
}
