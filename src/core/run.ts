/**
 * Running a compiled set on one record: answers and facts into the engine's arrays, then every rule
 * evaluated in place. This is the hot path of batch scoring; it allocates nothing per record.
 */
import {
  F,
  RULE_NAMES,
  ST,
  T,
  U,
  type EvalContext,
  type FactValue,
  type NumberRange,
  type TV,
} from './condition.js';
import type { CompiledSet } from './compile.js';
import type { AnswerValue } from './schema.js';
import { RULE as R, type Status } from './vocabulary.js';

export const statusOf = (v: number): Status => (v === T ? 'met' : v === F ? 'not-met' : 'unknown');

export type FactInput = number | string | NumberRange | null | undefined;
export interface ScreeningInput {
  facts?: Record<string, FactInput>;
  answers?: Record<string, AnswerValue | undefined>;
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
  return evaluateRules(cs, ctx, false);
}

/**
 * The rule stage of run(), on a context whose truth values are already right: the elements
 * (unless only facts read by the waivers changed: fromWaiver), waiver, combination, statute,
 * outcome. Returns the outcome rank.
 */
export function evaluateRules(cs: CompiledSet, ctx: EvalContext, fromWaiver: boolean): number {
  const rules = ctx.rules;
  ctx.outcome = -1;
  if (!fromWaiver) {
    rules[R.act] = cs.elementRules[0]!(ctx);
    rules[R.means] = cs.elementRules[1]!(ctx);
    rules[R.purpose] = cs.elementRules[2]!(ctx);
  }
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
