/**
 * What reads what in a compiled set, for deciding which open-question trials to run and how much
 * of the engine each needs (see dependencies()).
 */
import type { Condition } from './condition-schema.js';
import { ST, U, walkCondition, type EvalContext } from './condition.js';
import type { CompiledSet } from './compile.js';
import { victimLikelyCondition } from './compile.js';
import { selectIndicators } from './validate-set.js';
import { ELEMENTS, RULE } from './vocabulary.js';

export type Dependencies = ReturnType<typeof dependencies>;

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
export function dependencies(cs: CompiledSet) {
  const { set } = cs;
  const n = set.indicators.length;
  const graph = readGraph(cs);
  const itemReaders = readersOf(graph, 'inds', n);
  const factReaders = readersOf(graph, 'facts', set.facts.length);
  // Element rules read items through atLeast thresholds (cs.thresholds): an item whose every
  // threshold is already met cannot change an element, whatever the element's status.
  const thresholdsOf = ELEMENTS.map((el) =>
    Array.from({ length: n }, (_, i) =>
      cs.thresholds[el].flatMap((t, k) => (t.indicators.includes(i) ? [k] : [])),
    ),
  );
  const { askRulesRead } = graph;
  const cannot = { cs, graph, thresholdsOf };
  return {
    itemCannotMatter: (i: number, ctx: EvalContext, now: Uint8Array, short: Uint8Array[]) =>
      cannotMatter(cannot, itemReaders[i]!, ctx, now, i, short),
    factCannotMatter: (f: number, ctx: EvalContext, now: Uint8Array) =>
      cannotMatter(cannot, factReaders[f]!, ctx, now, -1, undefined),
    itemNeedsFullRun: (i: number, ctx: EvalContext) => askRulesRead || needsFullRun(itemReaders[i]!, ctx),
    factNeedsFullRun: (f: number, ctx: EvalContext) => askRulesRead || needsFullRun(factReaders[f]!, ctx),
    /** Facts that element rules read: their trials re-evaluate the elements too. */
    factReadByElements: (f: number) => factReaders[f]!.elements.length > 0,
  };
}

/** What each condition of the set reads. */
interface ReadGraph {
  asks: { j: number; r: Reads | undefined }[];
  elements: Reads[];
  waivers: Reads[];
  combination: Reads;
  statute: Reads;
  /** In the order of cs.outcomeRules: insufficient-information, possible, victim-likely. */
  outcomes: Reads[];
  /** A skip condition reads a rule or an outcome: sets may not (validateSet), and the shortcuts would not hold. */
  askRulesRead: boolean;
}

function readGraph(cs: CompiledSet): ReadGraph {
  const { set } = cs;
  const reads = (cond: Condition) => readsOf(cs, cond);
  const o = set.rules.outcomes;
  let askRulesRead = false;
  for (const ind of set.indicators)
    if (ind.askWhen !== undefined)
      walkCondition(ind.askWhen, (c) => {
        if (typeof c === 'object' && ('rule' in c || 'outcome' in c)) askRulesRead = true;
      });
  return {
    asks: set.indicators.map((ind, j) => ({
      j,
      r: ind.askWhen === undefined ? undefined : reads(ind.askWhen),
    })),
    elements: ELEMENTS.map((el) => reads(cs.elementConditions[el])),
    waivers: set.rules.waiver.map((w) => reads(w.when)),
    combination: reads(set.rules.combination),
    statute: reads({ any: [false, ...set.rules.statute.map((r) => r.when)] }),
    outcomes: [reads(o['insufficient-information']), reads(o.possible), reads(victimLikelyCondition(set))],
    askRulesRead,
  };
}

function readsOf(cs: CompiledSet, cond: Condition): Reads {
  const n = cs.set.indicators.length;
  const nf = cs.set.facts.length;
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
    } else if ('atLeast' in c) for (const i of selectIndicators(cs.set, c.of)) r.inds[i] = 1;
    else if ('fact' in c) {
      const f = cs.factIndex.get(c.fact);
      if (f === undefined) return;
      r.facts[f] = 1;
      if (c.known !== undefined) r.exactFacts[f] = 1;
    } else if (('rule' in c && c.is !== undefined) || 'outcome' in c) r.exactRules = true;
  });
  return r;
}

type Key = 'inds' | 'facts';
const EXACT_KEY = { inds: 'exactInds', facts: 'exactFacts' } as const;
type Readers = ReturnType<typeof readersOf>[number];

/** For one kind of input, the conditions that read each input, and whether exactly. */
function readersOf(g: ReadGraph, key: Key, count: number) {
  const exact = EXACT_KEY[key];
  return Array.from({ length: count }, (_, x) => ({
    asks: g.asks.filter((a) => a.r?.[key][x]).map((a) => ({ j: a.j, exact: a.r![exact][x] === 1 })),
    elements: g.elements.flatMap((r, e) => (r[key][x] ? [{ e, exact: r[exact][x] === 1 }] : [])),
    waivers: g.waivers.flatMap((r, k) => (r[key][x] ? [{ k, exact: r[exact][x] === 1 }] : [])),
    combination: g.combination[key][x] ? { exact: g.combination[exact][x] === 1 } : undefined,
    statute: g.statute[key][x] ? { exact: g.statute[exact][x] === 1 } : undefined,
    outcomes: g.outcomes.flatMap((r, k) =>
      r[key][x] ? [{ k, exact: r.exactRules || r[exact][x] === 1 }] : [],
    ),
  }));
}

function cannotMatter(
  { cs, graph, thresholdsOf }: { cs: CompiledSet; graph: ReadGraph; thresholdsOf: number[][][] },
  rd: Readers,
  ctx: EvalContext,
  outcomesNow: Uint8Array,
  item: number,
  short: Uint8Array[] | undefined,
): boolean {
  if (graph.askRulesRead) return false;
  for (const a of rd.asks) {
    const s = ctx.state[a.j];
    if (s === ST.yes || s === ST.no) continue;
    if (a.exact || cs.askWhen[a.j]!(ctx) === U) return false;
  }
  for (const x of rd.elements) {
    if (x.exact) return false;
    if (ctx.rules[x.e] !== U) continue;
    if (!short || graph.elements[x.e]!.answered[item]) return false;
    for (const t of thresholdsOf[x.e]![item]!) if (short[x.e]![t] === 1) return false;
  }
  for (const x of rd.waivers) if (x.exact || cs.waivers[x.k]!(ctx) === U) return false;
  if (rd.combination && (rd.combination.exact || ctx.rules[RULE.combination] === U)) return false;
  if (rd.statute && (rd.statute.exact || ctx.rules[RULE.statute] === U)) return false;
  for (const x of rd.outcomes) if (x.exact || outcomesNow[x.k] === U) return false;
  return true;
}

/** Whether a trial on this input must re-run the skip logic: an open item's skip condition reads it. */
function needsFullRun(rd: Readers, ctx: EvalContext): boolean {
  for (const a of rd.asks) {
    const s = ctx.state[a.j];
    if (s !== ST.yes && s !== ST.no) return true;
  }
  return false;
}
