/**
 * Three-valued (Kleene) evaluation of set conditions. A condition is compiled once per set into
 * plain closures over index arrays, so that scoring a record allocates nothing and looks nothing up
 * by name. Truth values: F = 0, U = 1 (cannot tell yet), T = 2; AND is min, OR is max, NOT is 2 - x.
 */
import type { Condition, Selector } from './condition-schema.js';

export const F = 0;
export const U = 1;
export const T = 2;
export type TV = 0 | 1 | 2;

/** Recorded state of an indicator answer. Missing means never asked or left blank. */
export const ST = { missing: 0, no: 1, yes: 2, unknown: 3, declined: 4 } as const;
export const STATE_NAMES = ['missing', 'no', 'yes', 'unknown', 'declined'] as const;
export type StateName = (typeof STATE_NAMES)[number];

export const RULE_NAMES = ['act', 'means', 'purpose', 'waiver', 'combination'] as const;
export type RuleName = (typeof RULE_NAMES)[number];
export const STATUS_TV = { met: T, 'not-met': F, unknown: U } as const;

export type FactValue = number | string | undefined;

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
      return values.includes(v) ? T : F;
    };
  }
  const cmp = numericTest(cond);
  return (ctx) => {
    const v = ctx.facts[f];
    if (typeof v !== 'number') return U;
    return cmp(v) ? T : F;
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
    if ('not' in c || ('answer' in c && c.is !== undefined) || 'rule' in c || 'outcome' in c) ok = false;
  });
  return ok;
}
