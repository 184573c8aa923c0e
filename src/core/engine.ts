/**
 * The rules engine: (compiled set, facts, answers) -> assessment. Pure and synchronous: no I/O,
 * no clocks, no globals. A set is compiled once; scoring a record then reuses its buffers.
 */
import type { Condition } from './condition-schema.js';
import {
  F,
  RULE_NAMES,
  ST,
  T,
  U,
  compileCondition,
  expandTiers,
  isRange,
  walkCondition,
  type CompileEnv,
  type Compiled,
  type EvalContext,
  type FactValue,
  type NumberRange,
  type TV,
} from './condition.js';
import type { AnswerValue, Element, IndicatorSet, Outcome } from './schema.js';
import { ELEMENTS, OUTCOMES } from './schema.js';
import { selectIndicators } from './validate-set.js';

export type Status = 'met' | 'not-met' | 'unknown';
export const statusOf = (v: number): Status => (v === T ? 'met' : v === F ? 'not-met' : 'unknown');

const R = { act: 0, means: 1, purpose: 2, waiver: 3, combination: 4, statute: 5 } as const;
const OUTCOME_RANK = new Map<string, number>(OUTCOMES.map((o, i) => [o, i]));
export const outcomeRank = (o: Outcome): number => OUTCOME_RANK.get(o)!;

export interface Threshold {
  id: string | undefined;
  label: { ko: string; en: string } | undefined;
  need: number;
  indicators: number[];
}

export interface CompiledSet {
  set: IndicatorSet;
  indicatorIndex: Map<string, number>;
  factIndex: Map<string, number>;
  elementOf: Element[];
  elementRules: Compiled[];
  /** The element rules with tiered thresholds written out under the set's tier reading. */
  elementConditions: Record<Element, Condition>;
  statutes: Compiled[];
  /** Whether the person counts as a child for this set (rules.child), when the set says. */
  child: Compiled | undefined;
  /** The fact the child rule is about (the set's "age"), if the set has one. */
  ageFact: number | undefined;
  thresholds: Record<Element, Threshold[]>;
  waivers: Compiled[];
  combination: Compiled;
  outcomeRules: [Compiled, Compiled, Compiled];
  /** Indicators in an order where every skip condition only reads answers decided before it. */
  askOrder: Int32Array;
  askWhen: (Compiled | undefined)[];
  factAskWhen: (Compiled | undefined)[];
  protection: Compiled[];
  legal: Compiled[];
  referrals: Compiled[];
  /** For each fact used by the rules, values worth trying when it is unknown. */
  factCandidates: Map<number, FactValue[]>;
}

export type FactInput = number | string | NumberRange | null | undefined;
export interface ScreeningInput {
  facts?: Record<string, FactInput>;
  answers?: Record<string, AnswerValue | undefined>;
}

/** Compiles a validated set. Call validateSet first: references are assumed to resolve. */
export function compileSet(set: IndicatorSet): CompiledSet {
  const indicatorIndex = new Map(set.indicators.map((ind, i) => [ind.id, i]));
  const factIndex = new Map(set.facts.map((f, i) => [f.id, i]));
  const env: CompileEnv = {
    indicatorIndex,
    factIndex,
    outcomeRank: OUTCOME_RANK,
    select: (sel) => selectIndicators(set, sel),
    tierReading: set.tiers.reading,
  };
  const c = (cond: Condition) => compileCondition(cond, env);
  const elementConditions = {} as Record<Element, Condition>;
  const thresholds = {} as Record<Element, Threshold[]>;
  for (const el of ELEMENTS) {
    elementConditions[el] = expandTiers(set.rules.elements[el], set.tiers.reading);
    thresholds[el] = [];
    walkCondition(elementConditions[el], (node) => {
      if (typeof node === 'object' && 'atLeast' in node)
        thresholds[el].push({
          id: node.id,
          label: node.label,
          need: node.atLeast,
          indicators: env.select(node.of),
        });
    });
  }
  return {
    set,
    indicatorIndex,
    factIndex,
    elementOf: set.indicators.map((i) => i.element),
    elementRules: ELEMENTS.map((el) => c(elementConditions[el])),
    elementConditions,
    thresholds,
    waivers: set.rules.waiver.map((w) => c(w.when)),
    combination: c(set.rules.combination),
    statutes: set.rules.statute.map((r) => c(r.when)),
    child: set.rules.child === undefined ? undefined : c(set.rules.child),
    ageFact: factIndex.get('age'),
    outcomeRules: [
      c(set.rules.outcomes['insufficient-information']),
      c(set.rules.outcomes.possible),
      c(victimLikelyCondition(set)),
    ],
    askOrder: Int32Array.from(askOrder(set, indicatorIndex)),
    askWhen: set.indicators.map((i) => (i.askWhen === undefined ? undefined : c(i.askWhen))),
    factAskWhen: set.facts.map((f) => (f.askWhen === undefined ? undefined : c(f.askWhen))),
    protection: set.protection.map((p) => c(p.when)),
    legal: set.legal.map((p) => c(p.when)),
    referrals: set.referrals.map((p) => c(p.when)),
    factCandidates: factCandidates(set, factIndex),
  };
}

/** The set's victim-likely rule, or any statutory rule of the set: statute over index. */
export function victimLikelyCondition(set: IndicatorSet): Condition {
  const own = set.rules.outcomes['victim-likely'];
  return set.rules.statute.length ? { any: [own, { rule: 'statute' }] } : own;
}

function askOrder(set: IndicatorSet, index: Map<string, number>): number[] {
  const order: number[] = [];
  const done = new Uint8Array(set.indicators.length);
  const visit = (i: number) => {
    if (done[i]) return;
    done[i] = 1;
    const cond = set.indicators[i]!.askWhen;
    if (cond !== undefined)
      walkCondition(cond, (n) => {
        if (typeof n === 'object' && 'answer' in n) {
          const j = index.get(n.answer);
          if (j !== undefined) visit(j);
        }
      });
    order.push(i);
  };
  set.indicators.forEach((_, i) => visit(i));
  return order;
}

/** Values that would make some rule condition about a fact true: what to try when it is unknown. */
function factCandidates(set: IndicatorSet, factIndex: Map<string, number>): Map<number, FactValue[]> {
  const out = new Map<number, FactValue[]>();
  const conds: Condition[] = [
    set.rules.combination,
    ...set.rules.waiver.map((w) => w.when),
    ...set.rules.statute.map((r) => r.when),
  ];
  for (const cond of conds)
    walkCondition(cond, (n) => {
      if (typeof n !== 'object' || !('fact' in n)) return;
      const f = factIndex.get(n.fact);
      if (f === undefined) return;
      const list = out.get(f) ?? [];
      if (n.is !== undefined) list.push(...[n.is].flat());
      else if (n.lt !== undefined) list.push(Math.ceil(n.lt) - 1);
      else if (n.lte !== undefined) list.push(n.lte);
      else if (n.gt !== undefined) list.push(Math.floor(n.gt) + 1);
      else if (n.gte !== undefined) list.push(n.gte);
      out.set(f, [...new Set(list)]);
    });
  return out;
}

/** Turns answers and facts keyed by id into the engine's arrays. Unknown keys are ignored here. */
export function encodeInput(
  cs: CompiledSet,
  input: ScreeningInput,
): { state: Uint8Array; facts: FactValue[] } {
  const state = new Uint8Array(cs.set.indicators.length);
  for (const [id, value] of Object.entries(input.answers ?? {})) {
    const i = cs.indicatorIndex.get(id);
    if (i !== undefined && value !== undefined) state[i] = ST[value];
  }
  const facts: FactValue[] = cs.set.facts.map(() => undefined);
  for (const [id, value] of Object.entries(input.facts ?? {})) {
    const f = cs.factIndex.get(id);
    if (f === undefined || value == null || value === 'unknown' || value === 'declined') continue;
    facts[f] = value;
  }
  return { state, facts };
}

export function newContext(state: Uint8Array, facts: FactValue[]): EvalContext {
  return {
    tv: new Uint8Array(state.length),
    state,
    facts,
    rules: new Uint8Array(RULE_NAMES.length),
    outcome: -1,
  };
}

/** Evaluates the rules in place; returns the outcome rank. This is the hot path for batch scoring. */
export function run(cs: CompiledSet, ctx: EvalContext): number {
  const { tv, state } = ctx;
  ctx.outcome = -1;
  for (let k = 0; k < cs.askOrder.length; k++) {
    const i = cs.askOrder[k]!;
    const s = state[i];
    if (s === ST.yes) tv[i] = T;
    else if (s === ST.no) tv[i] = F;
    else {
      // Declined and unknown stay open; an item the set says not to ask here does not count.
      const ask = cs.askWhen[i];
      tv[i] = ask !== undefined && ask(ctx) === F ? F : U;
    }
  }
  const rules = ctx.rules;
  rules[R.act] = cs.elementRules[0]!(ctx);
  rules[R.means] = cs.elementRules[1]!(ctx);
  rules[R.purpose] = cs.elementRules[2]!(ctx);
  let waiver: TV = F;
  for (const w of cs.waivers) {
    const v = w(ctx);
    if (v > waiver) waiver = v;
    if (waiver === T) break;
  }
  rules[R.waiver] = waiver;
  rules[R.combination] = cs.combination(ctx);
  rules[R.statute] = statuteStatus(cs, ctx);
  const [insufficient, possible, likely] = cs.outcomeRules;
  ctx.outcome = likely(ctx) === T ? 3 : possible(ctx) === T ? 2 : insufficient(ctx) === T ? 1 : 0;
  return ctx.outcome;
}

/** The strongest status among the set's statutory rules (F when it has none). */
export function statuteStatus(cs: CompiledSet, ctx: EvalContext): TV {
  let v: TV = F;
  for (const s of cs.statutes) {
    const x = s(ctx);
    if (x > v) v = x;
    if (v === T) break;
  }
  return v;
}

/**
 * Whether the age still has to be established: the set's child rule cannot tell (an age range
 * across the child age, or age and apparent age both unknown), or it holds only on how old the
 * person looks while the age itself is unknown.
 */
export function ageToBeEstablished(cs: CompiledSet, ctx: EvalContext): boolean {
  if (!cs.child) return false;
  const v = cs.child(ctx);
  if (v === U) return true;
  return v === T && cs.ageFact !== undefined && ctx.facts[cs.ageFact] === undefined;
}

export interface ThresholdResult {
  id: string | undefined;
  label: { ko: string; en: string } | undefined;
  need: number;
  yes: string[];
  open: string[];
  status: Status;
  /** How many more "yes" answers it needs (0 when met). */
  missing: number;
}

export interface ElementResult {
  status: Status;
  yes: string[];
  unknown: string[];
  declined: string[];
  thresholds: ThresholdResult[];
}

export type Reason =
  | { code: 'combination.met'; waived: boolean; indicators: string[] }
  | { code: 'element.met'; element: Element; indicators: string[] }
  | {
      code: 'element.not-met' | 'element.unknown';
      element: Element;
      thresholds: ThresholdResult[];
      indicators: string[];
    }
  | { code: 'statute.applied'; rule: string; indexHolds: boolean; indicators: string[] }
  | { code: 'statute.undecided'; rule: string; indicators: string[] }
  | { code: 'waiver.applied'; waiver: string; indicators: string[] }
  | {
      code: 'waiver.unknown';
      facts: string[];
      /** The waivers still undecided: means are not needed if one of them turns out to hold. */
      waivers: string[];
      indicators: string[];
    }
  | { code: 'outcome.possible' | 'outcome.insufficient' | 'outcome.no-indicators'; indicators: string[] };

export interface OpenQuestion {
  kind: 'indicator' | 'fact';
  id: string;
  element?: Element;
  state: 'unknown' | 'declined' | 'unanswered';
  /** The outcome a "yes" (or, for a fact, the named value) would lead to, when it raises it. */
  raisesTo: Outcome | null;
  /** Elements that this answer alone would complete. */
  completes: Element[];
  /** Elements still undecided whose threshold this answer would bring closer. */
  advances: Element[];
  /** For facts: the value tried and the waiver it would trigger. */
  value?: FactValue;
  via?: string;
}

export interface Assessment {
  set: { id: string; version: string; framework: string };
  outcome: Outcome;
  /**
   * What decided a victim-likely outcome: a statutory rule of the set (statute over index), or
   * the index rule; null for the other outcomes.
   */
  decidedBy: 'statute' | 'index' | null;
  /** The statutory rule that holds, if one does. */
  statute: string | null;
  /** The age decides the means waiver and is not established: ask it first. */
  ageToBeEstablished: boolean;
  /** How the set's tiered thresholds were read, and whether the tier split is reconstructed. */
  tiers: { reading: 'cumulative' | 'strict'; basis: 'official' | 'reconstructed' };
  elements: Record<Element, ElementResult>;
  combination: Status;
  meansWaived: boolean;
  waiverStatus: Status;
  waiverReason: string | null;
  reasons: Reason[];
  openQuestions: OpenQuestion[];
  unknown: string[];
  declined: string[];
  legal: string[];
  protection: string[];
  referrals: string[];
  /**
   * Items listed above only because their condition is still undecided; each is printed with its
   * set's ifUndecided text ("if the person is under 19").
   */
  conditional: { legal: string[]; protection: string[]; referrals: string[] };
}

/** Full assessment with reasons and what to ask next. */
export function assess(cs: CompiledSet, input: ScreeningInput): Assessment {
  const { state, facts } = encodeInput(cs, input);
  const ctx = newContext(state, facts);
  const rank = run(cs, ctx);
  const { set } = cs;
  const ids = set.indicators.map((i) => i.id);
  const rules = Uint8Array.from(ctx.rules);
  const tv = Uint8Array.from(ctx.tv);

  const elements = {} as Record<Element, ElementResult>;
  ELEMENTS.forEach((el, e) => {
    const mine = ids.flatMap((_id, i) => (cs.elementOf[i] === el ? [i] : []));
    elements[el] = {
      status: statusOf(rules[e]!),
      yes: mine.filter((i) => tv[i] === T).map((i) => ids[i]!),
      unknown: mine.filter((i) => tv[i] === U && state[i] !== ST.declined).map((i) => ids[i]!),
      declined: mine.filter((i) => state[i] === ST.declined).map((i) => ids[i]!),
      thresholds: cs.thresholds[el].map((t) => {
        const yes = t.indicators.filter((i) => tv[i] === T);
        const open = t.indicators.filter((i) => tv[i] === U);
        const status: Status =
          yes.length >= t.need ? 'met' : yes.length + open.length < t.need ? 'not-met' : 'unknown';
        return {
          id: t.id,
          label: t.label,
          need: t.need,
          yes: yes.map((i) => ids[i]!),
          open: open.map((i) => ids[i]!),
          status,
          missing: Math.max(0, t.need - yes.length),
        };
      }),
    };
  });

  let waiverReason: string | null = null;
  for (let w = 0; w < cs.waivers.length; w++)
    if (cs.waivers[w]!(ctx) === T) {
      waiverReason = set.rules.waiver[w]!.id;
      break;
    }
  const meansWaived = waiverReason !== null;
  const outcome = OUTCOMES[rank]!;

  const reasons: Reason[] = [];
  const allYes = ELEMENTS.flatMap((el) => elements[el].yes);
  const statuteIndex = cs.statutes.findIndex((fn) => fn(ctx) === T);
  const statute = statuteIndex >= 0 ? set.rules.statute[statuteIndex]!.id : null;
  if (statute !== null)
    reasons.push({
      code: 'statute.applied',
      rule: statute,
      indexHolds: rules[R.combination] === T,
      indicators: statuteEvidence(cs, set.rules.statute[statuteIndex]!.when, tv),
    });
  else if (rank < 3)
    cs.statutes.forEach((fn, k) => {
      if (fn(ctx) === U)
        reasons.push({
          code: 'statute.undecided',
          rule: set.rules.statute[k]!.id,
          indicators: statuteEvidence(cs, set.rules.statute[k]!.when, tv),
        });
    });
  if (rules[R.combination] === T)
    reasons.push({
      code: 'combination.met',
      waived: meansWaived && rules[R.means] !== T,
      indicators: allYes,
    });
  for (const el of ELEMENTS) {
    const r = elements[el];
    if (r.status === 'met') reasons.push({ code: 'element.met', element: el, indicators: r.yes });
    else if (!(el === 'means' && meansWaived))
      reasons.push({
        code: r.status === 'not-met' ? 'element.not-met' : 'element.unknown',
        element: el,
        thresholds: r.thresholds.filter((t) => t.status !== 'met'),
        indicators: r.yes,
      });
  }
  if (meansWaived) reasons.push({ code: 'waiver.applied', waiver: waiverReason!, indicators: [] });
  else if (rules[R.waiver] === U && rules[R.means] !== T)
    reasons.push({
      code: 'waiver.unknown',
      facts: unknownWaiverFacts(cs, ctx),
      waivers: set.rules.waiver.flatMap((w, k) => (cs.waivers[k]!(ctx) === U ? [w.id] : [])),
      indicators: [],
    });
  if (outcome === 'possible') reasons.push({ code: 'outcome.possible', indicators: allYes });
  if (outcome === 'insufficient-information') reasons.push({ code: 'outcome.insufficient', indicators: [] });
  if (outcome === 'no-indicators') reasons.push({ code: 'outcome.no-indicators', indicators: [] });

  const toEstablish = ageToBeEstablished(cs, ctx);
  const openQuestions = findOpenQuestions(cs, state, facts, rank, rules, toEstablish);
  const conditional = { legal: [] as string[], protection: [] as string[], referrals: [] as string[] };
  const printed = (
    fns: Compiled[],
    items: { id: string; ifUndecided?: unknown; declaresVictim?: boolean }[],
    key: keyof typeof conditional,
  ) =>
    items.flatMap((item, i) => {
      // A note that says the person is a victim never prints beside a lesser outcome.
      if (item.declaresVictim && outcome !== 'victim-likely') return [];
      const v = fns[i]!(ctx);
      if (v === T) return [item.id];
      if (v === U && item.ifUndecided !== undefined) {
        conditional[key].push(item.id);
        return [item.id];
      }
      return [];
    });
  const legal = printed(cs.legal, set.legal, 'legal');
  const protection = printed(cs.protection, set.protection, 'protection');
  const referrals = printed(cs.referrals, set.referrals, 'referrals');

  return {
    set: { id: set.id, version: set.version, framework: set.framework },
    outcome,
    decidedBy: outcome !== 'victim-likely' ? null : statute !== null ? 'statute' : 'index',
    statute,
    ageToBeEstablished: toEstablish,
    tiers: { reading: set.tiers.reading, basis: set.tiers.basis },
    elements,
    combination: statusOf(rules[R.combination]!),
    meansWaived,
    waiverStatus: statusOf(rules[R.waiver]!),
    waiverReason,
    reasons,
    openQuestions,
    unknown: ids.filter((_, i) => tv[i] === U && state[i] !== ST.declined),
    declined: ids.filter((_, i) => state[i] === ST.declined),
    legal,
    protection,
    referrals,
    conditional,
  };
}

/** The items answered yes that a statutory rule reads. */
function statuteEvidence(cs: CompiledSet, when: Condition, tv: Uint8Array): string[] {
  const read = new Set<number>();
  walkCondition(when, (n) => {
    if (typeof n !== 'object') return;
    if ('answer' in n) {
      const i = cs.indicatorIndex.get(n.answer);
      if (i !== undefined) read.add(i);
    } else if ('atLeast' in n) for (const i of selectIndicators(cs.set, n.of)) read.add(i);
  });
  return [...read].sort((a, b) => a - b).flatMap((i) => (tv[i] === T ? [cs.set.indicators[i]!.id] : []));
}

/** The values worth trying for a fact: all of them when it is unknown, else those in its range. */
export function candidatesWithin(values: FactValue[], known: FactValue): FactValue[] {
  if (!isRange(known)) return values;
  return values.filter((v) => typeof v === 'number' && v >= known.min && v <= known.max);
}

/** Unknown facts tested by the waivers that are still undecided. */
function unknownWaiverFacts(cs: CompiledSet, ctx: EvalContext): string[] {
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

/**
 * What to ask next: every open item whose "yes" would raise the outcome or complete an element,
 * and every unknown fact whose establishment would, most decisive first.
 */
function findOpenQuestions(
  cs: CompiledSet,
  state: Uint8Array,
  facts: FactValue[],
  baseRank: number,
  baseRules: Uint8Array,
  ageFirst: boolean,
): OpenQuestion[] {
  const trial = newContext(Uint8Array.from(state), facts.slice());
  const found: (OpenQuestion & { order: number })[] = [];
  const baseTv = newContext(state, facts);
  run(cs, baseTv);
  const completes = (rules: Uint8Array) =>
    ELEMENTS.filter(
      (_, e) => rules[e] === T && baseRules[e] !== T && !(e === R.means && baseRules[R.waiver] === T),
    );
  // Items in a threshold that is still open count as progress even when one answer is not enough.
  const advancing = new Map<number, Element[]>();
  ELEMENTS.forEach((el, e) => {
    if (baseRules[e] !== U || (e === R.means && baseRules[R.waiver] === T)) return;
    for (const t of cs.thresholds[el]) {
      const yes = t.indicators.filter((i) => baseTv.tv[i] === T).length;
      if (yes >= t.need) continue;
      for (const i of t.indicators)
        if (!advancing.get(i)?.includes(el)) advancing.set(i, [...(advancing.get(i) ?? []), el]);
    }
  });

  cs.set.indicators.forEach((ind, i) => {
    if (baseTv.tv[i] !== U) return;
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
  run(cs, trial); // leave no half-updated state behind for callers that reuse buffers

  const age = cs.ageFact;
  if (ageFirst && age !== undefined && !found.some((q) => q.kind === 'fact' && q.order === -2)) {
    const existing = found.findIndex((q) => q.kind === 'fact' && q.id === cs.set.facts[age]!.id);
    if (existing >= 0) found[existing]!.order = -2;
    else
      found.push({
        kind: 'fact',
        id: cs.set.facts[age]!.id,
        state: 'unknown',
        raisesTo: null,
        completes: [],
        advances: [],
        order: -2,
      });
  }
  const rankOf = (q: OpenQuestion) => (q.raisesTo ? OUTCOME_RANK.get(q.raisesTo)! : -1);
  found.sort(
    (a, b) =>
      // The age first when it is to be established: it decides the means waiver and which
      // questions apply at all.
      Number(b.order === -2) - Number(a.order === -2) ||
      rankOf(b) - rankOf(a) ||
      b.completes.length - a.completes.length ||
      b.advances.length - a.advances.length ||
      (a.kind === b.kind ? 0 : a.kind === 'fact' ? 1 : -1) ||
      a.order - b.order,
  );
  return found.map(({ order: _order, ...q }) => q);
}
