/**
 * Counts the open questions of a record without building them. The test is the one assess() uses
 * for its openQuestions list (an open item counts when its "yes" would raise the outcome, complete
 * an element or advance an undecided threshold; an unknown fact counts when a value the rules
 * test would raise the outcome), but it runs on buffers reused from record to record, and skips
 * or shortens the trials that what-reads-what shows cannot matter: batch scoring reports only the
 * number, for a million records.
 */
import { F, T, U, ST, type EvalContext, type FactValue } from './condition.js';
import type { CompiledSet } from './compile.js';
import { dependencies, type Dependencies } from './dependencies.js';
import { candidatesWithin } from './open-questions.js';
import { ageToBeEstablished, evaluateRules, newContext, run } from './run.js';
import { ELEMENTS, RULE, TOP_RANK } from './vocabulary.js';

const NOT_EVALUATED = 255;

/** The buffers and tables of one set's counter, reused from record to record. */
interface Counter {
  cs: CompiledSet;
  trial: EvalContext;
  /** Items of a threshold still short of its count, in an element still undecided. */
  advancing: Uint8Array;
  baseRules: Uint8Array;
  thresholds: { need: number; idx: Int32Array }[][];
  /** For each element's thresholds, whether it is still short of its count. */
  short: Uint8Array[];
  deps: Dependencies;
  candidates: { f: number; values: FactValue[]; elements: boolean }[];
  /** The outcome rules on the base record, evaluated on first need (NOT_EVALUATED until then). */
  outcomeNow: Uint8Array;
}

/** Returns a counter for one compiled set; the counter is not re-entrant (it owns its buffers). */
export function openQuestionCounter(cs: CompiledSet): (ctx: EvalContext, baseRank: number) => number {
  const n = cs.set.indicators.length;
  const deps = dependencies(cs);
  const thresholds = ELEMENTS.map((el) =>
    cs.thresholds[el].map((t) => ({ need: t.need, idx: Int32Array.from(t.indicators) })),
  );
  const c: Counter = {
    cs,
    trial: newContext(
      new Uint8Array(n),
      cs.set.facts.map((): FactValue => undefined),
    ),
    advancing: new Uint8Array(n),
    baseRules: new Uint8Array(ELEMENTS.length),
    thresholds,
    short: thresholds.map((list) => new Uint8Array(list.length)),
    deps,
    candidates: [...cs.factCandidates].map(([f, values]) => ({
      f,
      values,
      elements: deps.factReadByElements(f),
    })),
    outcomeNow: new Uint8Array(3),
  };

  /** ctx must be the context run() just evaluated; it is only read. */
  return (ctx, baseRank) => {
    const { tv, state, facts, rules } = ctx;
    for (let e = 0; e < c.baseRules.length; e++) c.baseRules[e] = rules[e]!;
    markAdvancing(c, ctx);
    copy(c.trial.state, state);
    copy(c.trial.tv, tv);
    copy(c.trial.rules, rules);
    for (let f = 0; f < facts.length; f++) c.trial.facts[f] = facts[f];
    c.outcomeNow[0] = NOT_EVALUATED;
    let count = countItems(c, ctx, baseRank);
    // The age is listed first whenever it is to be established, whether or not it raises.
    const ageFirst = cs.ageFact !== undefined && ageToBeEstablished(cs, ctx);
    let ageCounted = false;
    // No fact can raise the highest outcome.
    if (baseRank < TOP_RANK) {
      const raising = countFacts(c, ctx, baseRank);
      count += raising.count;
      ageCounted = raising.age;
    }
    if (ageFirst && !ageCounted) count++;
    return count;
  };
}

/** Items of a threshold still short of its count, in an element still undecided, always count. */
function markAdvancing({ thresholds, short, advancing }: Counter, ctx: EvalContext): void {
  const { tv, rules } = ctx;
  const waived = rules[RULE.waiver] === T;
  advancing.fill(0);
  for (let e = 0; e < thresholds.length; e++) {
    const list = thresholds[e]!;
    for (let t = 0; t < list.length; t++) {
      const { idx, need } = list[t]!;
      let yes = 0;
      for (let k = 0; k < idx.length; k++) if (tv[idx[k]!] === T) yes++;
      const isShort = yes < need;
      short[e]![t] = isShort ? 1 : 0;
      if (isShort && rules[e] === U && !(e === RULE.means && waived))
        for (let k = 0; k < idx.length; k++) advancing[idx[k]!] = 1;
    }
  }
}

function evaluateOutcomesOnce({ cs, outcomeNow }: Counter, ctx: EvalContext): void {
  if (outcomeNow[0] === NOT_EVALUATED) for (let o = 0; o < 3; o++) outcomeNow[o] = cs.outcomeRules[o]!(ctx);
}

/** Open items whose "yes" would raise the outcome or complete an element, or that advance one. */
function countItems(c: Counter, ctx: EvalContext, baseRank: number): number {
  const { cs, trial, deps, advancing } = c;
  const { tv, rules } = ctx;
  const waived = rules[RULE.waiver] === T;
  let count = 0;
  for (let i = 0; i < tv.length; i++) {
    if (tv[i] !== U) continue;
    // As in assess(): an item the skip logic rules out is never an open question.
    if (cs.askWhen[i]?.(ctx) === F) continue;
    if (advancing[i] === 1) {
      count++;
      continue;
    }
    evaluateOutcomesOnce(c, ctx);
    if (deps.itemCannotMatter(i, ctx, c.outcomeNow, c.short)) continue;
    const saved = trial.state[i]!;
    trial.state[i] = ST.yes;
    const full = deps.itemNeedsFullRun(i, ctx);
    let rank: number;
    if (full) rank = run(cs, trial);
    else {
      trial.tv[i] = T;
      rank = evaluateRules(cs, trial, false);
    }
    const completes = completesAny(trial.rules, c.baseRules, waived);
    trial.state[i] = saved;
    if (full) copy(trial.tv, tv);
    else trial.tv[i] = U;
    copy(trial.rules, rules);
    if (rank > baseRank || completes) count++;
  }
  return count;
}

/** Unknown facts with a value that would raise the outcome; whether the age is one of them. */
function countFacts(c: Counter, ctx: EvalContext, baseRank: number): { count: number; age: boolean } {
  const { cs, trial, deps } = c;
  const { tv, facts, rules } = ctx;
  let count = 0;
  let age = false;
  for (const { f, values, elements } of c.candidates) {
    const known = facts[f];
    if (known !== undefined && typeof known !== 'object') continue;
    evaluateOutcomesOnce(c, ctx);
    if (deps.factCannotMatter(f, ctx, c.outcomeNow)) continue;
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
        if (f === cs.ageFact) age = true;
        break;
      }
    }
  }
  return { count, age };
}

/** Small typed arrays copy faster in a loop than with set(). */
function copy(to: Uint8Array, from: Uint8Array): void {
  for (let k = 0; k < from.length; k++) to[k] = from[k]!;
}

/** Whether the trial met an element the base record had not (means not counted when waived). */
function completesAny(trialRules: Uint8Array, baseRules: Uint8Array, waived: boolean): boolean {
  for (let e = 0; e < baseRules.length; e++)
    if (trialRules[e] === T && baseRules[e] !== T && !(e === RULE.means && waived)) return true;
  return false;
}
