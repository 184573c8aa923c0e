/**
 * Compiling a validated set once: its conditions become closures over index arrays, and what the
 * engine needs on every record (ask order, thresholds, the values worth trying for a fact) is
 * worked out here, not per record.
 */
import type { Condition } from './condition-schema.js';
import {
  compileCondition,
  expandTiers,
  walkCondition,
  type CompileEnv,
  type Compiled,
  type FactValue,
} from './condition.js';
import type { Element, IndicatorSet } from './schema.js';
import { selectIndicators } from './validate-set.js';
import { ELEMENTS, OUTCOME_RANK } from './vocabulary.js';

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
