/**
 * Three-valued (Kleene) evaluation of set conditions. A condition is compiled once per set into
 * plain closures over index arrays, so that scoring a record allocates nothing and looks nothing up
 * by name. Truth values: F = 0, U = 1 (cannot tell yet), T = 2; AND is min, OR is max, NOT is 2 - x.
 */
import type { Condition, Selector, Tiered } from './condition-schema.js';
import { RULE_NAMES, type RuleName } from './vocabulary.js';

export { RULE_NAMES };

export const F = 0;
export const U = 1;
export const T = 2;
export type TV = 0 | 1 | 2;

/** Recorded state of an indicator answer. Missing means never asked or left blank. */
export const ST = { missing: 0, no: 1, yes: 2, unknown: 3, declined: 4 } as const;
export const STATE_NAMES = ['missing', 'no', 'yes', 'unknown', 'declined'] as const;

export const STATUS_TV = { met: T, 'not-met': F, unknown: U } as const;

/**
 * A number known only as a range (an age given as "17-19" or "about 18"). A comparison is decided
 * when both ends agree, and undecided (U) when the range straddles the bound.
 */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}
export type FactValue = number | string | NumberRange | undefined;
export const isRange = (v: FactValue): v is NumberRange => typeof v === 'object';

export interface EvalContext {
  /** Truth of "answered yes" per indicator, after skip logic (an item not applicable is F). */
  tv: Uint8Array;
  /** Raw recorded state per indicator (ST codes). */
  state: Uint8Array;
  facts: FactValue[];
  /** Status of each rule in RULE_NAMES order, as a TV. */
  rules: Uint8Array;
  /** Outcome rank once known, else -1. */
  outcome: number;
}

export type Compiled = (ctx: EvalContext) => TV;

export interface CompileEnv {
  indicatorIndex: ReadonlyMap<string, number>;
  factIndex: ReadonlyMap<string, number>;
  outcomeRank: ReadonlyMap<string, number>;
  select: (selector: Selector) => number[];
  tierReading?: TierReading;
}

export type TierReading = 'cumulative' | 'strict';

/**
 * A tiered threshold as plain counts. Strict: each tier's own items meet its count. Cumulative:
 * for each tier, the items of that tier and of every higher one together meet the counts up to
 * it, so 1 high + 2 plausible becomes "at least 1 high" and "at least 3 high or plausible" (a
 * strong item also fills a place a weaker one could, as in the ILO/EC 2009 dimension rule).
 */
export function expandTiered(t: Tiered, reading: TierReading): Condition {
  let total = 0;
  const parts = t.need.map((n, k) => {
    total += n.atLeast;
    const tiers = reading === 'strict' ? n.tier : t.need.slice(0, k + 1).map((x) => x.tier);
    const cumulative = reading === 'cumulative' && k > 0;
    const label =
      n.label && cumulative
        ? {
            ko: `${n.label.ko}(상위 항목 포함 ${total}개)`,
            en: `${n.label.en} (higher-tier items count too, ${total} in all)`,
          }
        : n.label;
    return {
      atLeast: cumulative ? total : n.atLeast,
      of: { ...t.of, tier: tiers },
      ...(n.id !== undefined ? { id: n.id } : {}),
      ...(label !== undefined ? { label } : {}),
    };
  });
  return parts.length === 1 ? parts[0]! : { all: parts };
}

/** The condition with every tiered threshold written out as counts under the given reading. */
export function expandTiers(cond: Condition, reading: TierReading): Condition {
  if (typeof cond === 'boolean') return cond;
  if ('tiered' in cond) return expandTiered(cond.tiered, reading);
  if ('all' in cond) return { all: cond.all.map((c) => expandTiers(c, reading)) };
  if ('any' in cond) return { any: cond.any.map((c) => expandTiers(c, reading)) };
  if ('not' in cond) return { not: expandTiers(cond.not, reading) };
  if ('possibly' in cond) return { possibly: expandTiers(cond.possibly, reading) };
  return cond;
}

const and = (a: TV, b: TV): TV => (a < b ? a : b);

export function compileCondition(cond: Condition, env: CompileEnv): Compiled {
  if (typeof cond === 'boolean') {
    const v: TV = cond ? T : F;
    return () => v;
  }
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, env));
    return (ctx) => {
      let acc: TV = T;
      for (const p of parts) {
        acc = and(acc, p(ctx));
        if (acc === F) return F;
      }
      return acc;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, env));
    return (ctx) => {
      let acc: TV = F;
      for (const p of parts) {
        const v = p(ctx);
        if (v > acc) acc = v;
        if (acc === T) return T;
      }
      return acc;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, env);
    return (ctx) => (2 - inner(ctx)) as TV;
  }
  if ('possibly' in cond) {
    const inner = compileCondition(cond.possibly, env);
    return (ctx) => (inner(ctx) === F ? F : T);
  }
  if ('tiered' in cond)
    return compileCondition(expandTiered(cond.tiered, env.tierReading ?? 'cumulative'), env);
  if ('atLeast' in cond) {
    const idx = Int32Array.from(env.select(cond.of));
    const need = cond.atLeast;
    return (ctx) => {
      let yes = 0;
      let open = 0;
      for (let k = 0; k < idx.length; k++) {
        const v = ctx.tv[idx[k]!];
        if (v === T) yes++;
        else if (v === U) open++;
      }
      if (yes >= need) return T;
      return yes + open < need ? F : U;
    };
  }
  if ('answer' in cond) {
    const i = env.indicatorIndex.get(cond.answer) ?? -1;
    if (cond.is === undefined) return (ctx) => ctx.tv[i] as TV;
    const wanted = new Set<number>(cond.is.map((s) => ST[s]));
    // An item never asked counts as unknown for exact-state tests.
    if (wanted.has(ST.unknown)) wanted.add(ST.missing);
    return (ctx) => (wanted.has(ctx.state[i]!) ? T : F);
  }
  if ('fact' in cond) return compileFactTest(cond, env);
  if ('rule' in cond) {
    const r = RULE_NAMES.indexOf(cond.rule as RuleName);
    if (cond.is === undefined) return (ctx) => ctx.rules[r] as TV;
    const wanted = cond.is.map((s) => STATUS_TV[s]);
    return (ctx) => (wanted.includes(ctx.rules[r] as TV) ? T : F);
  }
  // outcome
  const ranks = cond.outcome.map((o) => env.outcomeRank.get(o) ?? -2);
  return (ctx) => (ctx.outcome < 0 ? U : ranks.includes(ctx.outcome) ? T : F);
}

function compileFactTest(cond: Extract<Condition, { fact: string }>, env: CompileEnv): Compiled {
  const f = env.factIndex.get(cond.fact) ?? -1;
  if (cond.known !== undefined) {
    const want = cond.known;
    return (ctx) => ((ctx.facts[f] !== undefined) === want ? T : F);
  }
  if (cond.is !== undefined) {
    const values = Array.isArray(cond.is) ? cond.is : [cond.is];
    return (ctx) => {
      const v = ctx.facts[f];
      if (v === undefined) return U;
      if (typeof v === 'object') {
        if (v.min === v.max) return values.includes(v.min) ? T : F;
        return values.some((x) => typeof x === 'number' && x >= v.min && x <= v.max) ? U : F;
      }
      return values.includes(v) ? T : F;
    };
  }
  const cmp = numericTest(cond);
  return (ctx) => {
    const v = ctx.facts[f];
    if (typeof v === 'number') return cmp(v) ? T : F;
    if (typeof v !== 'object') return U;
    // Every test here is one-sided, so the ends of the range decide it when they agree.
    const lo = cmp(v.min);
    return lo === cmp(v.max) ? (lo ? T : F) : U;
  };
}

function numericTest(cond: { lt?: number; lte?: number; gt?: number; gte?: number }): (v: number) => boolean {
  if (cond.lt !== undefined) {
    const n = cond.lt;
    return (v) => v < n;
  }
  if (cond.lte !== undefined) {
    const n = cond.lte;
    return (v) => v <= n;
  }
  if (cond.gt !== undefined) {
    const n = cond.gt;
    return (v) => v > n;
  }
  const n = cond.gte ?? 0;
  return (v) => v >= n;
}

/** Visits every sub-condition, with its path below the starting point. */
export function walkCondition(
  cond: Condition,
  visit: (c: Condition, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  visit(cond, path);
  if (typeof cond === 'boolean') return;
  if ('all' in cond) cond.all.forEach((c, i) => walkCondition(c, visit, [...path, 'all', i]));
  else if ('any' in cond) cond.any.forEach((c, i) => walkCondition(c, visit, [...path, 'any', i]));
  else if ('not' in cond) walkCondition(cond.not, visit, [...path, 'not']);
  else if ('possibly' in cond) walkCondition(cond.possibly, visit, [...path, 'possibly']);
}

/**
 * True when the condition only grows with more "yes" answers (no negation, no exact-state tests).
 * Element rules must be monotone: then Kleene evaluation is exact, and an element is reported
 * not-met only when no way of resolving the open answers could meet it.
 */
export function isMonotone(cond: Condition): boolean {
  let ok = true;
  walkCondition(cond, (c) => {
    if (typeof c === 'boolean') return;
    if (
      'not' in c ||
      'possibly' in c ||
      ('answer' in c && c.is !== undefined) ||
      'rule' in c ||
      'outcome' in c
    )
      ok = false;
  });
  return ok;
}
