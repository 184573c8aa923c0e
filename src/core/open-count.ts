/**
 * Counts the open questions of a record without building them. The test is the one assess() uses
 * for its openQuestions list (an open item counts when its "yes" would raise the outcome, complete
 * an element or advance an undecided threshold; an unknown fact counts when a value the rules
 * test would raise the outcome), but it runs on buffers reused from record to record, and skips
 * or shortens the trials that what-reads-what shows cannot matter: batch scoring reports only the
 * number, for a million records.
 */
import type { Condition } from './condition-schema.js';
import { F, T, U, ST, walkCondition, type EvalContext, type FactValue } from './condition.js';
import {
  ageToBeEstablished,
  candidatesWithin,
  newContext,
  run,
  statuteStatus,
  victimLikelyCondition,
  type CompiledSet,
} from './engine.js';
import { ELEMENTS } from './schema.js';
import { selectIndicators } from './validate-set.js';

const MEANS = 1;
const WAIVER = 3;
const COMBINATION = 4;
const STATUTE = 5;
const TOP_RANK = 3;

/** Returns a counter for one compiled set; the counter is not re-entrant (it owns its buffers). */
export function openQuestionCounter(cs: CompiledSet): (ctx: EvalContext, baseRank: number) => number {
  const n = cs.set.indicators.length;
  const trial = newContext(
    new Uint8Array(n),
    cs.set.facts.map((): FactValue => undefined),
  );
  const advancing = new Uint8Array(n);
  const baseRules = new Uint8Array(ELEMENTS.length);
  const thresholds = ELEMENTS.map((el) =>
    cs.thresholds[el].map((t) => ({ need: t.need, idx: Int32Array.from(t.indicators) })),
  );
  const deps = dependencies(cs);
  const candidates = [...cs.factCandidates].map(([f, values]) => ({
    f,
    values,
    elements: deps.factReadByElements(f),
  }));
  const ageFact = cs.ageFact;
  const outcomeNow = new Uint8Array(3);
  const short = thresholds.map((list) => new Uint8Array(list.length));

  /** ctx must be the context run() just evaluated; it is only read. */
  return (ctx, baseRank) => {
    const { tv, state, facts, rules } = ctx;
    for (let e = 0; e < baseRules.length; e++) baseRules[e] = rules[e]!;
    const waived = rules[WAIVER] === T;

    // Items of a threshold still short of its count, in an element still undecided, always count.
    advancing.fill(0);
    for (let e = 0; e < thresholds.length; e++) {
      const list = thresholds[e]!;
      for (let t = 0; t < list.length; t++) {
        const { idx, need } = list[t]!;
        let yes = 0;
        for (let k = 0; k < idx.length; k++) if (tv[idx[k]!] === T) yes++;
        const isShort = yes < need;
        short[e]![t] = isShort ? 1 : 0;
        if (isShort && rules[e] === U && !(e === MEANS && waived))
          for (let k = 0; k < idx.length; k++) advancing[idx[k]!] = 1;
      }
    }

    copy(trial.state, state);
    copy(trial.tv, tv);
    copy(trial.rules, rules);
    for (let f = 0; f < facts.length; f++) trial.facts[f] = facts[f];
    outcomeNow[0] = NOT_EVALUATED;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (tv[i] !== U) continue;
      if (advancing[i] === 1) {
        count++;
        continue;
      }
      if (outcomeNow[0] === NOT_EVALUATED)
        for (let o = 0; o < 3; o++) outcomeNow[o] = cs.outcomeRules[o]!(ctx);
      if (deps.itemCannotMatter(i, ctx, outcomeNow, short)) continue;
      const saved = trial.state[i]!;
      trial.state[i] = ST.yes;
      const full = deps.itemNeedsFullRun(i, ctx);
      let rank: number;
      if (full) rank = run(cs, trial);
      else {
        trial.tv[i] = T;
        rank = evaluateRules(cs, trial, false);
      }
      const completes = completesAny(trial.rules, baseRules, waived);
      trial.state[i] = saved;
      if (full) copy(trial.tv, tv);
      else trial.tv[i] = U;
      copy(trial.rules, rules);
      if (rank > baseRank || completes) count++;
    }

    // The age is listed first whenever it is to be established, whether or not it raises.
    const ageFirst = ageFact !== undefined && ageToBeEstablished(cs, ctx);
    let ageCounted = false;
    // No fact can raise the highest outcome.
    if (baseRank < TOP_RANK)
      for (const { f, values, elements } of candidates) {
        const known = facts[f];
        if (known !== undefined && typeof known !== 'object') continue;
        if (outcomeNow[0] === NOT_EVALUATED)
          for (let o = 0; o < 3; o++) outcomeNow[o] = cs.outcomeRules[o]!(ctx);
        if (deps.factCannotMatter(f, ctx, outcomeNow)) continue;
        const full = deps.factNeedsFullRun(f, ctx);
        for (const value of candidatesWithin(values, known)) {
          trial.facts[f] = value;
          const rank = full ? run(cs, trial) : evaluateRules(cs, trial, !elements);
          const raised = rank > baseRank;
          trial.facts[f] = known;
          if (full) copy(trial.tv, tv);
          copy(trial.rules, rules);
          if (raised) {
            count++;
            if (f === ageFact) ageCounted = true;
            break;
          }
        }
      }
    if (ageFirst && !ageCounted) count++;
    return count;
  };
}

const NOT_EVALUATED = 255;

/** Small typed arrays copy faster in a loop than with set(). */
function copy(to: Uint8Array, from: Uint8Array): void {
  for (let k = 0; k < from.length; k++) to[k] = from[k]!;
}

/**
 * The rule stage of engine.run, on a context whose truth values are already right: elements
 * (unless only facts read by the waivers changed), waiver, combination, outcome.
 */
function evaluateRules(cs: CompiledSet, ctx: EvalContext, fromWaiver: boolean): number {
  const rules = ctx.rules;
  ctx.outcome = -1;
  if (!fromWaiver) {
    rules[0] = cs.elementRules[0]!(ctx);
    rules[1] = cs.elementRules[1]!(ctx);
    rules[2] = cs.elementRules[2]!(ctx);
  }
  let waiver: number = F;
  for (const w of cs.waivers) {
    const v = w(ctx);
    if (v > waiver) waiver = v;
    if (waiver === T) break;
  }
  rules[WAIVER] = waiver;
  rules[COMBINATION] = cs.combination(ctx);
  rules[STATUTE] = statuteStatus(cs, ctx);
  const [insufficient, possible, likely] = cs.outcomeRules;
  ctx.outcome = likely(ctx) === T ? 3 : possible(ctx) === T ? 2 : insufficient(ctx) === T ? 1 : 0;
  return ctx.outcome;
}

/** Whether the trial met an element the base record had not (means not counted when waived). */
function completesAny(trialRules: Uint8Array, baseRules: Uint8Array, waived: boolean): boolean {
  for (let e = 0; e < baseRules.length; e++)
    if (trialRules[e] === T && baseRules[e] !== T && !(e === MEANS && waived)) return true;
  return false;
}

interface Reads {
  inds: Uint8Array;
  /** Items read by an "answer" test of their own, not only inside an "atLeast". */
  answered: Uint8Array;
  facts: Uint8Array;
  /** Inputs read by an exact-state test ("answer ... is", "fact ... known"): see below. */
  exactInds: Uint8Array;
  exactFacts: Uint8Array;
  /** Reads rule statuses exactly ("rule ... is") or outcomes. */
  exactRules: boolean;
}

/**
 * What reads what, for deciding which trials to run and how much of the engine they need.
 *
 * A trial turns one open input into a known one: an item's truth from U to T, or a fact from
 * unknown to a value. Only conditions that read that input can change, and a condition built
 * from all/any/not/atLeast/answer/rule/fact tests (Kleene logic) that is already T or F stays so
 * when an input goes from unknown to known: only an exact-state test on the input ("answer ...
 * is", "fact ... known") can flip a decided value. So when every condition that reads the input
 * is decided and reads it without such a test, no rule status and no outcome can change and the
 * trial would count nothing: cannotMatter says so, from the base record's values.
 *
 * A trial needs engine.run in full only when a skip condition of an item still open reads the
 * input (that item's truth may change); otherwise the rule stage is enough, and for a fact that
 * no element rule reads, the rule stage from the waivers on.
 */
function dependencies(cs: CompiledSet) {
  const { set } = cs;
  const n = set.indicators.length;
  const nf = set.facts.length;
  const reads = (cond: Condition): Reads => {
    const r: Reads = {
      inds: new Uint8Array(n),
      answered: new Uint8Array(n),
      facts: new Uint8Array(nf),
      exactInds: new Uint8Array(n),
      exactFacts: new Uint8Array(nf),
      exactRules: false,
    };
    walkCondition(cond, (c) => {
      if (typeof c === 'boolean') return;
      if ('answer' in c) {
        const i = cs.indicatorIndex.get(c.answer);
        if (i === undefined) return;
        r.inds[i] = 1;
        r.answered[i] = 1;
        if (c.is !== undefined) r.exactInds[i] = 1;
      } else if ('atLeast' in c) for (const i of selectIndicators(set, c.of)) r.inds[i] = 1;
      else if ('fact' in c) {
        const f = cs.factIndex.get(c.fact);
        if (f === undefined) return;
        r.facts[f] = 1;
        if (c.known !== undefined) r.exactFacts[f] = 1;
      } else if (('rule' in c && c.is !== undefined) || 'outcome' in c) r.exactRules = true;
    });
    return r;
  };

  const asks = set.indicators.map((ind, j) => ({
    j,
    r: ind.askWhen === undefined ? undefined : reads(ind.askWhen),
  }));
  const elements = ELEMENTS.map((el) => reads(cs.elementConditions[el]));
  const waivers = set.rules.waiver.map((w) => reads(w.when));
  const combination = reads(set.rules.combination);
  const statute = reads({ any: [false, ...set.rules.statute.map((r) => r.when)] });
  const o = set.rules.outcomes;
  // In the order of cs.outcomeRules: insufficient-information, possible, victim-likely.
  const outcomes = [
    reads(o['insufficient-information']),
    reads(o.possible),
    reads(victimLikelyCondition(set)),
  ];
  // Sets may not do this (validateSet); if one did, the shortcuts would not hold.
  let askRulesRead = false;
  for (const ind of set.indicators)
    if (ind.askWhen !== undefined)
      walkCondition(ind.askWhen, (c) => {
        if (typeof c === 'object' && ('rule' in c || 'outcome' in c)) askRulesRead = true;
      });

  type Key = 'inds' | 'facts';
  const exactKey = { inds: 'exactInds', facts: 'exactFacts' } as const;
  /** For one kind of input, the conditions that read each input. */
  const readers = (key: Key, count: number) =>
    Array.from({ length: count }, (_, x) => ({
      asks: asks.filter((a) => a.r?.[key][x]).map((a) => ({ j: a.j, exact: a.r![exactKey[key]][x] === 1 })),
      elements: elements.flatMap((r, e) => (r[key][x] ? [{ e, exact: r[exactKey[key]][x] === 1 }] : [])),
      waivers: waivers.flatMap((r, k) => (r[key][x] ? [{ k, exact: r[exactKey[key]][x] === 1 }] : [])),
      combination: combination[key][x] ? { exact: combination[exactKey[key]][x] === 1 } : undefined,
      statute: statute[key][x] ? { exact: statute[exactKey[key]][x] === 1 } : undefined,
      outcomes: outcomes.flatMap((r, k) =>
        r[key][x] ? [{ k, exact: r.exactRules || r[exactKey[key]][x] === 1 }] : [],
      ),
    }));
  const itemReaders = readers('inds', n);
  const factReaders = readers('facts', nf);

  // Element rules read items through atLeast thresholds (cs.thresholds): an item whose every
  // threshold is already met cannot change an element, whatever the element's status.
  const thresholdsOf = ELEMENTS.map((el) =>
    Array.from({ length: n }, (_, i) =>
      cs.thresholds[el].flatMap((t, k) => (t.indicators.includes(i) ? [k] : [])),
    ),
  );

  const cannotMatter = (
    rd: ReturnType<typeof readers>[number],
    ctx: EvalContext,
    outcomesNow: Uint8Array,
    item: number,
    short: Uint8Array[] | undefined,
  ): boolean => {
    if (askRulesRead) return false;
    for (const a of rd.asks) {
      const s = ctx.state[a.j];
      if (s === ST.yes || s === ST.no) continue;
      if (a.exact || cs.askWhen[a.j]!(ctx) === U) return false;
    }
    for (const x of rd.elements) {
      if (x.exact) return false;
      if (ctx.rules[x.e] !== U) continue;
      if (!short || elements[x.e]!.answered[item]) return false;
      for (const t of thresholdsOf[x.e]![item]!) if (short[x.e]![t] === 1) return false;
    }
    for (const x of rd.waivers) if (x.exact || cs.waivers[x.k]!(ctx) === U) return false;
    if (rd.combination && (rd.combination.exact || ctx.rules[COMBINATION] === U)) return false;
    if (rd.statute && (rd.statute.exact || ctx.rules[STATUTE] === U)) return false;
    for (const x of rd.outcomes) if (x.exact || outcomesNow[x.k] === U) return false;
    return true;
  };

  /** Whether a trial on this input must re-run the skip logic: an open item's skip condition reads it. */
  const needsFullRun = (rd: ReturnType<typeof readers>[number], ctx: EvalContext): boolean => {
    for (const a of rd.asks) {
      const s = ctx.state[a.j];
      if (s !== ST.yes && s !== ST.no) return true;
    }
    return false;
  };

  return {
    itemCannotMatter: (i: number, ctx: EvalContext, now: Uint8Array, short: Uint8Array[]) =>
      cannotMatter(itemReaders[i]!, ctx, now, i, short),
    factCannotMatter: (f: number, ctx: EvalContext, now: Uint8Array) =>
      cannotMatter(factReaders[f]!, ctx, now, -1, undefined),
    itemNeedsFullRun: (i: number, ctx: EvalContext) => askRulesRead || needsFullRun(itemReaders[i]!, ctx),
    factNeedsFullRun: (f: number, ctx: EvalContext) => askRulesRead || needsFullRun(factReaders[f]!, ctx),
    /** Facts that element rules read: their trials re-evaluate the elements too. */
    factReadByElements: (f: number) => factReaders[f]!.elements.length > 0,
  };
}
