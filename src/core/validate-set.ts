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

/** What the checks share: the set, where problems go, and what the set declares. */
interface Check {
  set: IndicatorSet;
  add: (path: (string | number)[], message: string) => void;
  indicatorIds: Set<string>;
  facts: Map<string, FactDef>;
  tiers: Set<string>;
  tags: Set<string>;
  /** How many indicators a selector matches. */
  selectCount: (sel: Selector) => number;
}

export function validateSet(set: IndicatorSet): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const indicatorIds = checkRepeats(set, add);
  checkSources(set, add);
  set.facts.forEach((f, i) => {
    if (f.type === 'choice' && !f.options)
      add(['facts', i], `fact "${f.id}" is a choice but lists no options`);
  });
  // Counted once per distinct selector: a set with many thresholds must not rescan every
  // indicator for each.
  const counts = new Map<string, number>();
  const ck: Check = {
    set,
    add,
    indicatorIds,
    facts: new Map(set.facts.map((f) => [f.id, f])),
    tiers: new Set(set.indicators.flatMap((i) => (i.tier ? [i.tier as string] : []))),
    tags: new Set(set.indicators.flatMap((i) => i.tags)),
    selectCount: (sel) => {
      if ('ids' in sel) return new Set(sel.ids.filter((id) => indicatorIds.has(id))).size;
      const key = JSON.stringify(sel);
      let n = counts.get(key);
      if (n === undefined) counts.set(key, (n = selectIndicators(set, sel).length));
      return n;
    },
  };
  checkRules(ck);
  for (const p of neverAsked(set)) problems.push(p);
  return problems;
}

/** Ids used twice; returns the indicator ids. */
function checkRepeats(set: IndicatorSet, add: Check['add']): Set<string> {
  const repeats = (items: { id: string }[], key: string, seen = new Set<string>()) => {
    const prefix = key.split('.');
    items.forEach((item, i) => {
      if (seen.has(item.id))
        add([...prefix, i, 'id'], `id "${item.id}" is used more than once; ids must be unique`);
      seen.add(item.id);
    });
    return seen;
  };
  const indicatorIds = repeats(set.indicators, 'indicators');
  repeats(set.facts, 'facts');
  repeats(set.sources, 'sources');
  repeats(set.protection, 'protection');
  repeats(set.legal, 'legal');
  repeats(set.referrals, 'referrals');
  repeats(set.rules.waiver, 'rules.waiver');
  repeats(set.rules.statute, 'rules.statute');
  return indicatorIds;
}

const sourceCheck = (set: IndicatorSet, add: Check['add']) => {
  const sourceIds = new Set(set.sources.map((s) => s.id));
  return (doc: string | undefined, path: (string | number)[]) => {
    if (doc !== undefined && !sourceIds.has(doc))
      add(path, `source "${doc}" is not declared under "sources"; add it there or fix the name`);
  };
};

function checkSources(set: IndicatorSet, add: Check['add']): void {
  const checkSource = sourceCheck(set, add);
  set.indicators.forEach((ind, i) => checkSource(ind.source.doc, ['indicators', i, 'source', 'doc']));
  for (const key of ['protection', 'legal'] as const)
    set[key].forEach((p, i) => checkSource(p.source?.doc, [key, i, 'source', 'doc']));
}

/** Every condition of the set, each checked for what its place allows. */
function checkRules(ck: Check): void {
  const { set } = ck;
  const check = (raw: Condition, base: (string | number)[], scope: Scope) =>
    checkCondition(ck, raw, base, scope);
  ELEMENTS.forEach((el) => check(set.rules.elements[el], ['rules', 'elements', el], 'element'));
  set.rules.waiver.forEach((w, i) => check(w.when, ['rules', 'waiver', i, 'when'], 'waiver'));
  check(set.rules.combination, ['rules', 'combination'], 'combination');
  const checkSource = sourceCheck(set, ck.add);
  set.rules.statute.forEach((r, i) => {
    check(r.when, ['rules', 'statute', i, 'when'], 'statute');
    checkSource(r.source?.doc, ['rules', 'statute', i, 'source', 'doc']);
  });
  if (set.rules.child !== undefined) check(set.rules.child, ['rules', 'child'], 'child');
  for (const o of OUTCOMES_STRONGEST_FIRST)
    if (o !== 'no-indicators') check(set.rules.outcomes[o], ['rules', 'outcomes', o], 'outcomes');
  set.indicators.forEach((ind, i) => {
    if (ind.askWhen !== undefined) check(ind.askWhen, ['indicators', i, 'askWhen'], 'askWhen');
  });
  set.facts.forEach((f, i) => {
    if (f.askWhen !== undefined) check(f.askWhen, ['facts', i, 'askWhen'], 'askWhen');
  });
  for (const key of ['protection', 'legal', 'referrals'] as const)
    set[key].forEach((p, i) => check(p.when, [key, i, 'when'], 'printed'));
}

function checkCondition(ck: Check, raw: Condition, base: (string | number)[], scope: Scope): void {
  const { add } = ck;
  // Tiered thresholds are checked as the counts they stand for.
  const cond = expandTiers(raw, ck.set.tiers.reading);
  if (scope === 'element' && !isMonotone(cond))
    add(base, 'element rules may only use all, any, atLeast and answer (no not, exact states or rules)');
  walkCondition(raw, (c, sub) => {
    if (typeof c !== 'object' || !('tiered' in c)) return;
    const at = [...base, ...sub, 'tiered'];
    if (scope !== 'element') add(at, 'a tiered threshold can only be used in an element rule');
    c.tiered.need.forEach((n, k) => {
      if (!ck.tiers.has(n.tier)) add([...at, 'need', k, 'tier'], `no indicator has tier "${n.tier}"`);
      if (c.tiered.need.findIndex((x) => x.tier === n.tier) !== k)
        add([...at, 'need', k, 'tier'], `tier "${n.tier}" is listed twice`);
    });
  });
  walkCondition(cond, (c, sub) => {
    const at = [...base, ...sub];
    if (typeof c === 'boolean') return;
    if ('possibly' in c && scope !== 'printed')
      add(at, 'a possibly test can only be used in protection, legal and referral conditions');
    if ('answer' in c && !ck.indicatorIds.has(c.answer))
      add([...at, 'answer'], `unknown indicator "${c.answer}"`);
    if ('fact' in c) checkFactTest(ck, c, at);
    if ('rule' in c) checkRuleTest(ck, c.rule, at, scope);
    if ('outcome' in c && scope !== 'printed')
      add(at, 'an outcome test can only be used in protection, legal and referral conditions');
    if ('atLeast' in c) checkThreshold(ck, c, at);
  });
}

function checkRuleTest(ck: Check, rule: string, at: (string | number)[], scope: Scope): void {
  const allowed: readonly string[] =
    scope === 'combination' || scope === 'statute'
      ? ['act', 'means', 'purpose', 'waiver']
      : scope === 'element' || scope === 'waiver' || scope === 'askWhen' || scope === 'child'
        ? []
        : RULE_NAMES;
  if (!(RULE_NAMES as readonly string[]).includes(rule))
    ck.add([...at, 'rule'], `unknown rule "${rule}"; rules are ${RULE_NAMES.join(', ')}`);
  else if (!allowed.includes(rule)) ck.add([...at, 'rule'], `rule "${rule}" cannot be used here`);
}

function checkThreshold(
  ck: Check,
  c: Extract<Condition, { atLeast: number }>,
  at: (string | number)[],
): void {
  const sel = c.of;
  if ('ids' in sel)
    sel.ids.forEach((id, k) => {
      if (!ck.indicatorIds.has(id)) ck.add([...at, 'of', 'ids', k], `unknown indicator "${id}"`);
    });
  else {
    for (const t of [sel.tier ?? []].flat())
      if (!ck.tiers.has(t)) ck.add([...at, 'of', 'tier'], `no indicator has tier "${t}"`);
    for (const t of sel.tags ?? [])
      if (!ck.tags.has(t)) ck.add([...at, 'of', 'tags'], `no indicator has tag "${t}"`);
  }
  const n = ck.selectCount(sel);
  if (n < c.atLeast)
    ck.add(at, `needs ${c.atLeast} "yes" answers but only ${n} indicator(s) match, so it can never be met`);
}

function checkFactTest(ck: Check, c: Extract<Condition, { fact: string }>, at: (string | number)[]): void {
  const { add } = ck;
  const f = ck.facts.get(c.fact);
  if (!f) {
    add([...at, 'fact'], `unknown fact "${c.fact}"; declare it under "facts"`);
    return;
  }
  const numeric = c.lt ?? c.lte ?? c.gt ?? c.gte;
  if (numeric !== undefined && f.type !== 'number')
    add(at, `fact "${f.id}" is not a number, so it cannot be compared with lt/lte/gt/gte`);
  if (c.is === undefined) return;
  const allowed =
    f.type === 'tristate' ? ['yes', 'no'] : f.type === 'choice' ? (f.options ?? []).map((o) => o.id) : null;
  for (const v of [c.is].flat()) {
    if (allowed && !allowed.includes(String(v)))
      add([...at, 'is'], `fact "${f.id}" cannot be "${v}"; allowed: ${allowed.join(', ')}`);
    if (!allowed && typeof v !== 'number') add([...at, 'is'], `fact "${f.id}" is a number; "${v}" is not`);
  }
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
