/**
 * What to ask next: each open item and unknown fact is tried in turn on a copy of the record's
 * buffers, and kept when the trial raises the outcome, completes an element or advances a
 * threshold that is still open.
 */
import { F, ST, T, U, isRange, walkCondition, type EvalContext, type FactValue } from './condition.js';
import type { OpenQuestion } from './assessment.js';
import type { CompiledSet } from './compile.js';
import { newContext, run } from './run.js';
import { ELEMENTS, OUTCOMES, OUTCOME_RANK, RULE as R, type Element } from './vocabulary.js';

/** The values worth trying for a fact: all of them when it is unknown, else those in its range. */
export function candidatesWithin(values: FactValue[], known: FactValue): FactValue[] {
  if (!isRange(known)) return values;
  return values.filter((v) => typeof v === 'number' && v >= known.min && v <= known.max);
}

/** Unknown facts tested by the waivers that are still undecided. */
export function unknownWaiverFacts(cs: CompiledSet, ctx: EvalContext): string[] {
  const out = new Set<string>();
  const { facts } = ctx;
  cs.set.rules.waiver.forEach((w, k) => {
    if (cs.waivers[k]!(ctx) !== U) return;
    walkCondition(w.when, (n) => {
      if (typeof n === 'object' && 'fact' in n && n.known === undefined) {
        const f = cs.factIndex.get(n.fact);
        if (f !== undefined && (facts[f] === undefined || isRange(facts[f]))) out.add(n.fact);
      }
    });
  });
  return [...out];
}

type Found = OpenQuestion & { order: number };
/** The order of the age question when it is to be established: before everything else. */
const AGE_FIRST = -2;

/** A record under trial: its base run, and a copy of its buffers to try answers on. */
interface Trial {
  cs: CompiledSet;
  state: Uint8Array;
  facts: FactValue[];
  baseRank: number;
  baseRules: Uint8Array;
  base: EvalContext;
  trial: EvalContext;
}

/**
 * What to ask next: every open item whose "yes" would raise the outcome or complete an element,
 * and every unknown fact whose establishment would, most decisive first.
 */
export function findOpenQuestions(
  cs: CompiledSet,
  state: Uint8Array,
  facts: FactValue[],
  baseRank: number,
  baseRules: Uint8Array,
  ageFirst: boolean,
): OpenQuestion[] {
  const base = newContext(state, facts);
  run(cs, base);
  const t: Trial = {
    cs,
    state,
    facts,
    baseRank,
    baseRules,
    base,
    trial: newContext(Uint8Array.from(state), facts.slice()),
  };
  const found = [...indicatorTrials(t), ...factTrials(t)];
  const fit = situationFit(cs, facts);
  run(cs, t.trial); // leave no half-updated state behind for callers that reuse buffers
  if (ageFirst) putAgeFirst(cs, found);
  const rankOf = (q: OpenQuestion) => (q.raisesTo ? OUTCOME_RANK.get(q.raisesTo)! : -1);
  found.sort(
    (a, b) =>
      // The age first when it is to be established: it decides the means waiver and which
      // questions apply at all.
      Number(b.order === AGE_FIRST) - Number(a.order === AGE_FIRST) ||
      rankOf(b) - rankOf(a) ||
      b.completes.length - a.completes.length ||
      b.advances.length - a.advances.length ||
      // Among equally decisive items, those that fit the situation given (the sector's tags).
      fit(b) - fit(a) ||
      (a.kind === b.kind ? 0 : a.kind === 'fact' ? 1 : -1) ||
      a.order - b.order,
  );
  return found.map(({ order: _order, ...q }) => q);
}

/**
 * How well an open item fits the situation: how many of its tags the answers to choice facts
 * point to (the sector's option tags). Facts score 0.
 */
function situationFit(cs: CompiledSet, facts: FactValue[]): (q: Found) => number {
  const wanted = new Set<string>();
  cs.set.facts.forEach((f, k) => {
    const v = facts[k];
    if (f.type !== 'choice' || typeof v !== 'string') return;
    for (const tag of f.options?.find((o) => o.id === v)?.tags ?? []) wanted.add(tag);
  });
  if (!wanted.size) return () => 0;
  return (q) =>
    q.kind === 'indicator' ? cs.set.indicators[q.order]!.tags.filter((tag) => wanted.has(tag)).length : 0;
}

/** Each open item whose "yes" would raise the outcome, complete an element or advance a threshold. */
function indicatorTrials({ cs, state, baseRank, baseRules, base, trial }: Trial): Found[] {
  const found: Found[] = [];
  const completes = (rules: Uint8Array) =>
    ELEMENTS.filter(
      (_, e) => rules[e] === T && baseRules[e] !== T && !(e === R.means && baseRules[R.waiver] === T),
    );
  // Items in a threshold that is still open count as progress even when one answer is not enough.
  const advancing = new Map<number, Element[]>();
  ELEMENTS.forEach((el, e) => {
    if (baseRules[e] !== U || (e === R.means && baseRules[R.waiver] === T)) return;
    for (const t of cs.thresholds[el]) {
      const yes = t.indicators.filter((i) => base.tv[i] === T).length;
      if (yes >= t.need) continue;
      for (const i of t.indicators)
        if (!advancing.get(i)?.includes(el)) advancing.set(i, [...(advancing.get(i) ?? []), el]);
    }
  });

  cs.set.indicators.forEach((ind, i) => {
    if (base.tv[i] !== U) return;
    // Never suggested where the set's skip logic rules the item out (a child-only item for an adult).
    if (cs.askWhen[i]?.(base) === F) return;
    const saved = trial.state[i]!;
    trial.state[i] = ST.yes;
    const rank = run(cs, trial);
    const done = completes(trial.rules);
    trial.state[i] = saved;
    const advances = advancing.get(i) ?? [];
    if (rank <= baseRank && done.length === 0 && advances.length === 0) return;
    found.push({
      kind: 'indicator',
      id: ind.id,
      element: ind.element,
      state: state[i] === ST.declined ? 'declined' : state[i] === ST.missing ? 'unanswered' : 'unknown',
      raisesTo: rank > baseRank ? OUTCOMES[rank]! : null,
      completes: done,
      advances,
      order: i,
    });
  });
  return found;
}

/** Each unknown fact with a value that would raise the outcome: the value that raises it most. */
function factTrials({ cs, facts, baseRank, trial }: Trial): Found[] {
  const found: Found[] = [];
  for (const [f, values] of cs.factCandidates) {
    const known = facts[f];
    if (known !== undefined && !isRange(known)) continue;
    const fid = cs.set.facts[f]!.id;
    let best: { rank: number; value: FactValue; via?: string } | undefined;
    for (const value of candidatesWithin(values, known)) {
      trial.facts[f] = value;
      const rank = run(cs, trial);
      const w = cs.waivers.findIndex((fn) => fn(trial) === T);
      if (rank > baseRank && (!best || rank > best.rank))
        best = { rank, value, ...(w >= 0 ? { via: cs.set.rules.waiver[w]!.id } : {}) };
    }
    trial.facts[f] = known;
    if (best)
      found.push({
        kind: 'fact',
        id: fid,
        state: 'unknown',
        raisesTo: OUTCOMES[best.rank]!,
        completes: [],
        advances: [],
        value: best.value,
        ...(best.via ? { via: best.via } : {}),
        order: -1,
      });
  }
  return found;
}

/** Marks the age question to go first, adding it when no trial found it. */
function putAgeFirst(cs: CompiledSet, found: Found[]): void {
  const age = cs.ageFact;
  if (age === undefined || found.some((q) => q.kind === 'fact' && q.order === AGE_FIRST)) return;
  const existing = found.findIndex((q) => q.kind === 'fact' && q.id === cs.set.facts[age]!.id);
  if (existing >= 0) found[existing]!.order = AGE_FIRST;
  else
    found.push({
      kind: 'fact',
      id: cs.set.facts[age]!.id,
      state: 'unknown',
      raisesTo: null,
      completes: [],
      advances: [],
      order: AGE_FIRST,
    });
}
