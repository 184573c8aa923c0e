/**
 * `batch --frameworks`: each record, answered with the primary set's questions, is scored under
 * several frameworks through the crosswalk, exactly as `score --frameworks` derives and assesses
 * one interview (frameworks/derive.ts), but on the engine's buffers: the derivation is compiled
 * to index lists once, and a record costs one run of the engine per framework other than the
 * primary (whose evaluation is reused). The per-record output adds each framework's outcome,
 * element statuses and waiver; the summary counts add outcomes per framework, the cross-tab of
 * every pair of frameworks and why their outcomes differ (the waiver and element reasons of
 * frameworks/disagreements.ts).
 */
import { F, ST, T, type EvalContext, type FactValue } from '../core/condition.js';
import { compileSet, newContext, run, type CompiledSet } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import { OUTCOMES } from '../core/vocabulary.js';
import type { Crosswalk } from '../frameworks/crosswalk-schema.js';
import { frameworkSet } from '../frameworks/select.js';
import { csvField } from './csv.js';
import { ASSESSMENT_COLUMNS, type OutputColumn } from './columns.js';
import { rowPart } from './framework-row.js';
import {
  FrameworksLayout,
  REASON_OTHER,
  REASON_WAIVERS,
  type FrameworksData,
} from '../report/batch-counts.js';

/** One framework, as plain data (it is sent to worker threads). */
export interface FrameworkPlan {
  id: string;
  set: IndicatorSet;
  /** The primary set itself: its evaluation is the record's own. */
  isPrimary: boolean;
  /**
   * For each of the set's items, the primary questions it is derived from, as indexes into the
   * primary set (-1: a question a batch record cannot carry, such as an item asked in its own
   * words; it stays unanswered).
   */
  from: number[][];
  /**
   * Parallel to `from`: true where a yes to that question already counts for another element of
   * the set and the crosswalk does not mark the mapping dual-use, so here it counts as unknown.
   */
  reusedAsUnknown: boolean[][];
  /** For each of the set's facts, the primary set's fact of the same id (-1: none). */
  facts: number[];
}

export function planFrameworks(cw: Crosswalk, ids: string[]): FrameworkPlan[] {
  const primary = cw.primary.compiled;
  return ids.map((id) => {
    const { set } = frameworkSet(cw, id);
    const entry = cw.frameworks.get(id);
    const sources = set.indicators.map((item) => entry?.items.get(item.id)?.from ?? [item.id]);
    return {
      id,
      set,
      isPrimary: id === cw.primary.set.id,
      // Items the crosswalk does not map are asked directly (deriveFramework does the same).
      from: sources.map((qs) => qs.map((q) => primary.indicatorIndex.get(q) ?? -1)),
      reusedAsUnknown: set.indicators.map((item, k) =>
        sources[k]!.map((q) => {
          const r = entry?.reuse.get(item.id)?.get(q);
          return r !== undefined && !r.dualUse;
        }),
      ),
      facts: set.facts.map((f) => primary.factIndex.get(f.id) ?? -1),
    };
  });
}

export const frameworksLayout = (plans: readonly FrameworkPlan[]): FrameworksLayout =>
  new FrameworksLayout(plans.map((p) => p.set.rules.waiver.length));

/** The output columns each framework adds: the dotted paths of its JSONL fields. */
export function frameworkColumns(ids: readonly string[], cols?: readonly OutputColumn[]): string[] {
  const own = assessmentColumns(cols);
  return ids.flatMap((id) => own.map((f) => csvField(`frameworks.${id}.${f}`)));
}

/** The assessment columns among those --columns chose (all of them without --columns). */
const assessmentColumns = (cols: readonly OutputColumn[] | undefined): readonly OutputColumn[] =>
  cols ? ASSESSMENT_COLUMNS.filter((c) => cols.includes(c)) : ASSESSMENT_COLUMNS;

// Compiled once per set and thread (a worker is configured again for every input file).
const compiledSets = new Map<string, CompiledSet>();
function compiled(set: IndicatorSet): CompiledSet {
  const key = `${set.id}@${set.version}`;
  let cs = compiledSets.get(key);
  if (!cs) compiledSets.set(key, (cs = compileSet(set)));
  return cs;
}

interface Framework {
  plan: FrameworkPlan;
  cs: CompiledSet | undefined;
  ctx: EvalContext | undefined;
  /** plan.from flattened: item k's questions are from[start[k]] .. from[start[k + 1] - 1]. */
  from: Int32Array;
  /** plan.reusedAsUnknown flattened like `from` (1: a yes counts as unknown). */
  reusedAsUnknown: Uint8Array;
  start: Int32Array;
  facts: Int32Array;
  /** Output text by (outcome, element statuses, waiver), built once each. */
  json: (string | undefined)[];
  csv: (string | undefined)[];
  waiverIds: string[];
  /** The assessment columns written (--columns chooses them). */
  cols: readonly OutputColumn[];
}

export class FrameworkScorer {
  private readonly fws: Framework[];
  private readonly layout: FrameworksLayout;
  /** After score(): per framework, the outcome rank, the act, means, purpose values and the waiver. */
  private readonly rank: Uint8Array;
  private readonly rules: Uint8Array;
  private readonly waiver: Int32Array;

  constructor(
    plans: readonly FrameworkPlan[],
    private readonly csvOut: boolean,
    cols?: readonly OutputColumn[],
  ) {
    const own = assessmentColumns(cols);
    this.layout = frameworksLayout(plans);
    this.fws = plans.map((plan) => {
      const cs = plan.isPrimary ? undefined : compiled(plan.set);
      const start = new Int32Array(plan.from.length + 1);
      plan.from.forEach((qs, k) => (start[k + 1] = start[k]! + qs.length));
      const combos = OUTCOMES.length * 27 * (plan.set.rules.waiver.length + 1);
      return {
        plan,
        cs,
        ctx: cs
          ? newContext(
              new Uint8Array(plan.set.indicators.length),
              plan.set.facts.map((): FactValue => undefined),
            )
          : undefined,
        from: Int32Array.from(plan.from.flat()),
        reusedAsUnknown: Uint8Array.from(plan.reusedAsUnknown.flat(), (b) => (b ? 1 : 0)),
        start,
        facts: Int32Array.from(plan.facts),
        json: new Array<string | undefined>(combos),
        csv: new Array<string | undefined>(combos),
        waiverIds: plan.set.rules.waiver.map((w) => w.id),
        cols: own,
      };
    });
    this.rank = new Uint8Array(plans.length);
    this.rules = new Uint8Array(plans.length * 3);
    this.waiver = new Int32Array(plans.length);
  }

  /**
   * Scores the record under every framework, given the primary set's evaluated context, outcome
   * rank and waiver; adds it to the counts and returns the text its output row gains.
   */
  score(p: EvalContext, pRank: number, pWaiver: number, label: number, s: FrameworksData): string {
    const { fws, rank, rules, waiver, layout } = this;
    let out = this.csvOut ? '' : ',"frameworks":{';
    for (let k = 0; k < fws.length; k++) {
      const f = fws[k]!;
      let r: number;
      let w: number;
      let tv: Uint8Array;
      if (f.ctx === undefined) {
        r = pRank;
        w = pWaiver;
        tv = p.rules;
      } else {
        derive(f, p);
        const cs = f.cs!;
        r = run(cs, f.ctx);
        w = -1;
        for (let x = 0; x < cs.waivers.length; x++)
          if (cs.waivers[x]!(f.ctx) === T) {
            w = x;
            break;
          }
        tv = f.ctx.rules;
      }
      const act = tv[0]!;
      const means = tv[1]!;
      const purpose = tv[2]!;
      rank[k] = r;
      rules[k * 3] = act;
      rules[k * 3 + 1] = means;
      rules[k * 3 + 2] = purpose;
      waiver[k] = w;

      s.outcomes[k * 4 + r]!++;
      s.elements[k * 9 + act]!++;
      s.elements[k * 9 + 3 + means]!++;
      s.elements[k * 9 + 6 + purpose]!++;
      if (w >= 0) s.waivers[layout.waiverOffset[k]! + w]!++;
      s.labels[k * 12 + label * 4 + r]!++;

      const key = (((r * 3 + act) * 3 + means) * 3 + purpose) * (f.waiverIds.length + 1) + w + 1;
      if (this.csvOut) out += f.csv[key] ?? (f.csv[key] = rowPart(f, true, [r, act, means, purpose, w]));
      else {
        if (k > 0) out += ',';
        out += f.json[key] ?? (f.json[key] = rowPart(f, false, [r, act, means, purpose, w]));
      }
    }
    const { pairs, reasonOffset } = layout;
    for (let q = 0; q < pairs.length; q++) {
      const [i, j] = pairs[q]!;
      const ri = rank[i]!;
      const rj = rank[j]!;
      s.crosstab[q * 16 + ri * 4 + rj]!++;
      if (ri === rj) continue;
      // The waiver and element reasons of findDisagreements, in the same order and on the same terms.
      const at = reasonOffset[q]!;
      const wi = waiver[i]!;
      const wj = waiver[j]!;
      let explained = false;
      if (wi >= 0 !== wj >= 0) {
        const otherMeans = wi >= 0 ? rules[j * 3 + 1] : rules[i * 3 + 1];
        if (otherMeans !== T) {
          s.reasons[at + REASON_WAIVERS + (wi >= 0 ? wi : fws[i]!.waiverIds.length + wj)]!++;
          explained = true;
        }
      }
      const waived = wi >= 0 || wj >= 0;
      for (let e = 0; e < 3; e++)
        if (rules[i * 3 + e] !== rules[j * 3 + e] && !(e === 1 && waived)) {
          s.reasons[at + e]!++;
          explained = true;
        }
      if (!explained) s.reasons[at + REASON_OTHER]!++;
    }
    return this.csvOut ? out : out + '}';
  }
}

/**
 * The framework's answers and facts from the primary's, as deriveFramework makes them: an item
 * is yes if any of its questions was answered yes, no if all were answered no, declined if all
 * were declined, unanswered if none was answered, unknown otherwise. A question the primary set
 * skips (unanswered, and its askWhen rules it out) is left out; a yes already counted for another
 * element (and not marked dual-use) counts as unknown.
 */
function derive(f: Framework, p: EvalContext): void {
  const ctx = f.ctx!;
  const { state, facts } = ctx;
  const { from, start, reusedAsUnknown } = f;
  const pState = p.state;
  const pTv = p.tv;
  for (let k = 0; k < state.length; k++) {
    let used = 0;
    let value: number = ST.missing;
    let allNo = true;
    let allDeclined = true;
    let allMissing = true;
    for (let x = start[k]!; x < start[k + 1]!; x++) {
      const q = from[x]!;
      let s: number = ST.missing;
      if (q >= 0) {
        s = pState[q]!;
        if (s === ST.missing && pTv[q] === F) continue;
      }
      used++;
      if (s === ST.yes && reusedAsUnknown[x] === 1) s = ST.unknown;
      if (s === ST.yes) {
        value = ST.yes;
        break;
      }
      if (s !== ST.no) allNo = false;
      if (s !== ST.declined) allDeclined = false;
      if (s !== ST.missing) allMissing = false;
    }
    if (value !== ST.yes && used > 0)
      value = allNo ? ST.no : allDeclined ? ST.declined : allMissing ? ST.missing : ST.unknown;
    state[k] = value;
  }
  const map = f.facts;
  for (let k = 0; k < facts.length; k++) {
    const m = map[k]!;
    facts[k] = m >= 0 ? p.facts[m] : undefined;
  }
}
