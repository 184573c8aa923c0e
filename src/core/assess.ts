/** The full assessment of one record: element by element, the reasons, and what to ask next. */
import type { Condition } from './condition-schema.js';
import { ST, T, U, walkCondition, type Compiled, type EvalContext } from './condition.js';
import type { Assessment, ElementResult, Reason, ThresholdResult } from './assessment.js';
import type { CompiledSet, Threshold } from './compile.js';
import { findOpenQuestions, unknownWaiverFacts } from './open-questions.js';
import { ageToBeEstablished, encodeInput, newContext, run, statusOf, type ScreeningInput } from './run.js';
import { selectIndicators } from './validate-set.js';
import { ELEMENTS, OUTCOMES, RULE as R, type Element, type Outcome, type Status } from './vocabulary.js';

/** One record's buffers after a run, copied so that later trials on the context cannot change them. */
interface Evaluated {
  cs: CompiledSet;
  ctx: EvalContext;
  ids: string[];
  state: Uint8Array;
  rules: Uint8Array;
  tv: Uint8Array;
  rank: number;
}

/** Full assessment with reasons and what to ask next. */
export function assess(cs: CompiledSet, input: ScreeningInput): Assessment {
  const { state, facts } = encodeInput(cs, input);
  const ctx = newContext(state, facts);
  const rank = run(cs, ctx);
  const { set } = cs;
  const ids = set.indicators.map((i) => i.id);
  const ev: Evaluated = {
    cs,
    ctx,
    ids,
    state,
    rank,
    rules: Uint8Array.from(ctx.rules),
    tv: Uint8Array.from(ctx.tv),
  };
  const { rules, tv } = ev;

  const elements = elementResults(ev);
  const waiverIndex = cs.waivers.findIndex((fn) => fn(ctx) === T);
  const waiverReason = waiverIndex >= 0 ? set.rules.waiver[waiverIndex]!.id : null;
  const outcome = OUTCOMES[rank]!;
  const statuteIndex = cs.statutes.findIndex((fn) => fn(ctx) === T);
  const statute = statuteIndex >= 0 ? set.rules.statute[statuteIndex]!.id : null;
  const toEstablish = ageToBeEstablished(cs, ctx);
  const openQuestions = findOpenQuestions(cs, state, facts, rank, rules, toEstablish);
  const notes = printedNotes(ev, outcome);

  return {
    set: { id: set.id, version: set.version, framework: set.framework },
    outcome,
    decidedBy: outcome !== 'victim-likely' ? null : statute !== null ? 'statute' : 'index',
    statute,
    ageToBeEstablished: toEstablish,
    tiers: { reading: set.tiers.reading, basis: set.tiers.basis },
    elements,
    combination: statusOf(rules[R.combination]!),
    meansWaived: waiverReason !== null,
    waiverStatus: statusOf(rules[R.waiver]!),
    waiverReason,
    reasons: reasonsFor(ev, elements, statuteIndex, waiverReason),
    openQuestions,
    unknown: ids.filter((_, i) => tv[i] === U && state[i] !== ST.declined),
    declined: ids.filter((_, i) => state[i] === ST.declined),
    ...notes,
  };
}

function elementResults({ cs, ids, state, rules, tv }: Evaluated): Record<Element, ElementResult> {
  const elements = {} as Record<Element, ElementResult>;
  ELEMENTS.forEach((el, e) => {
    const mine = ids.flatMap((_id, i) => (cs.elementOf[i] === el ? [i] : []));
    elements[el] = {
      status: statusOf(rules[e]!),
      yes: mine.filter((i) => tv[i] === T).map((i) => ids[i]!),
      unknown: mine.filter((i) => tv[i] === U && state[i] !== ST.declined).map((i) => ids[i]!),
      declined: mine.filter((i) => state[i] === ST.declined).map((i) => ids[i]!),
      thresholds: cs.thresholds[el].map((t) => thresholdResult(t, ids, tv)),
    };
  });
  return elements;
}

function thresholdResult(t: Threshold, ids: string[], tv: Uint8Array): ThresholdResult {
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
}

/** The reasons, in the order a reader needs them: statute, combination, elements, waiver, outcome. */
function reasonsFor(
  ev: Evaluated,
  elements: Record<Element, ElementResult>,
  statuteIndex: number,
  waiverReason: string | null,
): Reason[] {
  const { cs, ctx, rules, tv, rank } = ev;
  const { set } = cs;
  const meansWaived = waiverReason !== null;
  const outcome = OUTCOMES[rank]!;
  const reasons: Reason[] = [];
  const allYes = ELEMENTS.flatMap((el) => elements[el].yes);
  if (statuteIndex >= 0)
    reasons.push({
      code: 'statute.applied',
      rule: set.rules.statute[statuteIndex]!.id,
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
  if (meansWaived) reasons.push({ code: 'waiver.applied', waiver: waiverReason, indicators: [] });
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
  return reasons;
}

/** The legal notes, protections and referrals that apply, and which of them only might. */
function printedNotes(
  { cs, ctx }: Evaluated,
  outcome: Outcome,
): Pick<Assessment, 'legal' | 'protection' | 'referrals' | 'conditional'> {
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
  const { set } = cs;
  const legal = printed(cs.legal, set.legal, 'legal');
  const protection = printed(cs.protection, set.protection, 'protection');
  const referrals = printed(cs.referrals, set.referrals, 'referrals');
  return { legal, protection, referrals, conditional };
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
