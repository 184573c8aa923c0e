/**
 * One output row per scored record, with the field names of `score --json` (outcome, elements,
 * meansWaived, waiverReason, reasons, openQuestions) in a compact form: element statuses instead
 * of element details, reason codes (reasons.ts) instead of sentences, and the number of open
 * questions instead of the questions. Computed from the evaluated context, with no assessment.
 */
import { F, T, U, type EvalContext } from '../core/condition.js';
import type { CompiledSet } from '../core/engine.js';
import { walkCondition } from '../core/condition.js';
import { ELEMENTS, OUTCOMES } from '../core/vocabulary.js';
import { csvField } from './csv.js';
import { reasonCode, thresholdNames } from './reasons.js';
import { csvCells, jsonFields, OUTPUT_COLUMNS, type OutputColumn } from './columns.js';

const STATUS = ['not-met', 'unknown', 'met'] as const;
const MEANS = 1;
const WAIVER = 3;
const COMBINATION = 4;
const STATUTE = 5;
const CACHE_LIMIT = 4096;

interface Threshold {
  name: string;
  need: number;
  idx: Int32Array;
}

export class RowMaker {
  /** After describe(): index of the waiver that applies, or -1. */
  waiver = -1;
  /** After describe(): the reason codes. Reused from record to record. */
  readonly reasons: string[] = [];

  private readonly ids: string[];
  private readonly byElement: Int32Array[];
  private readonly thresholds: Threshold[][];
  private readonly waiverIds: string[];
  private readonly statuteIds: string[];
  private readonly waiverFacts: Int32Array[];
  private readonly factIds: string[];
  private readonly seenFact: Uint8Array;
  private readonly cache: Map<number, string>[] = ELEMENTS.map(() => new Map<number, string>());

  constructor(private readonly cs: CompiledSet) {
    const { set } = cs;
    this.ids = set.indicators.map((i) => i.id);
    this.byElement = ELEMENTS.map((el) =>
      Int32Array.from(set.indicators.flatMap((ind, i) => (ind.element === el ? [i] : []))),
    );
    const names = thresholdNames(cs);
    this.thresholds = ELEMENTS.map((el) =>
      cs.thresholds[el].map((t, k) => ({
        name: names[el][k]!,
        need: t.need,
        idx: Int32Array.from(t.indicators),
      })),
    );
    this.waiverIds = set.rules.waiver.map((w) => w.id);
    this.statuteIds = set.rules.statute.map((r) => r.id);
    this.waiverFacts = set.rules.waiver.map((w) => {
      const found: number[] = [];
      walkCondition(w.when, (n) => {
        if (typeof n === 'object' && 'fact' in n && n.known === undefined) {
          const f = cs.factIndex.get(n.fact);
          if (f !== undefined && !found.includes(f)) found.push(f);
        }
      });
      return Int32Array.from(found);
    });
    this.factIds = set.facts.map((f) => f.id);
    this.seenFact = new Uint8Array(set.facts.length);
  }

  /** Sets waiver for a context that run() has just evaluated. */
  findWaiver(ctx: EvalContext): void {
    let w = -1;
    for (let k = 0; k < this.cs.waivers.length; k++)
      if (this.cs.waivers[k]!(ctx) === T) {
        w = k;
        break;
      }
    this.waiver = w;
  }

  /** Fills waiver and reasons for a context that run() has just evaluated. */
  describe(ctx: EvalContext, rank: number): void {
    const { rules } = ctx;
    const reasons = this.reasons;
    reasons.length = 0;
    this.findWaiver(ctx);
    const w = this.waiver;
    const waived = w >= 0;

    const statutes = this.cs.statutes;
    if (rules[STATUTE] === T) {
      const k = statutes.findIndex((fn) => fn(ctx) === T);
      reasons.push(`statute.applied:${this.statuteIds[k]!}`);
    } else if (rank < 3 && rules[STATUTE] === U)
      for (let k = 0; k < statutes.length; k++)
        if (statutes[k]!(ctx) === U) reasons.push(`statute.undecided:${this.statuteIds[k]!}`);
    if (rules[COMBINATION] === T)
      reasons.push(waived && rules[MEANS] !== T ? 'combination.met:waived' : 'combination.met');
    for (let e = 0; e < ELEMENTS.length; e++) {
      const status = rules[e]!;
      if (status === T || !(e === MEANS && waived)) reasons.push(this.elementReason(ctx, e, status));
    }
    if (waived) reasons.push(`waiver.applied:${this.waiverIds[w]!}`);
    else if (rules[WAIVER] === U && rules[MEANS] !== T)
      reasons.push(reasonCode('waiver.unknown', this.unknownWaiverFacts(ctx)));
    if (rank === 2) reasons.push('outcome.possible');
    else if (rank === 1) reasons.push('outcome.insufficient');
    else if (rank === 0) reasons.push('outcome.no-indicators');
  }

  /**
   * The reason code of one element. Records share few distinct combinations of yes answers, so
   * the codes are kept by (yes items, short thresholds, status) and built once each.
   */
  private elementReason(ctx: EvalContext, e: number, status: number): string {
    const idx = this.byElement[e]!;
    const thresholds = this.thresholds[e]!;
    const cacheable = idx.length <= 24 && thresholds.length <= 5;
    let key = -1;
    if (cacheable) {
      let yesMask = 0;
      for (let k = 0; k < idx.length; k++) if (ctx.tv[idx[k]!] === T) yesMask |= 1 << k;
      let shortMask = 0;
      if (status !== T)
        for (let t = 0; t < thresholds.length; t++)
          if (this.isShort(ctx, thresholds[t]!)) shortMask |= 1 << t;
      key = (yesMask * 32 + shortMask) * 4 + status;
      const hit = this.cache[e]!.get(key);
      if (hit !== undefined) return hit;
    }
    const el = ELEMENTS[e]!;
    const yes = this.yes(ctx, e);
    let code: string;
    if (status === T) code = yes ? `element.met:${el}:${yes}` : `element.met:${el}`;
    else {
      let short = '';
      for (const t of thresholds) if (this.isShort(ctx, t)) short = short ? `${short},${t.name}` : t.name;
      const head = `${status === F ? 'element.not-met' : 'element.unknown'}:${el}`;
      code = yes ? `${head}:${short}:${yes}` : short ? `${head}:${short}` : head;
    }
    if (cacheable && this.cache[e]!.size < CACHE_LIMIT) this.cache[e]!.set(key, code);
    return code;
  }

  private isShort(ctx: EvalContext, t: Threshold): boolean {
    let yes = 0;
    for (let k = 0; k < t.idx.length; k++) if (ctx.tv[t.idx[k]!] === T) yes++;
    return yes < t.need;
  }

  private yes(ctx: EvalContext, e: number): string {
    const idx = this.byElement[e]!;
    let s = '';
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      if (ctx.tv[i] === T) s = s ? `${s},${this.ids[i]!}` : this.ids[i]!;
    }
    return s;
  }

  private unknownWaiverFacts(ctx: EvalContext): string[] {
    const out: string[] = [];
    this.seenFact.fill(0);
    for (let k = 0; k < this.cs.waivers.length; k++) {
      if (this.cs.waivers[k]!(ctx) !== U) continue;
      for (const f of this.waiverFacts[k]!)
        if ((ctx.facts[f] === undefined || typeof ctx.facts[f] === 'object') && this.seenFact[f] === 0) {
          this.seenFact[f] = 1;
          out.push(this.factIds[f]!);
        }
    }
    return out;
  }

  /**
   * One JSON line. Reason codes are made of ids, which never need escaping. `extra` is added
   * after the last field (more fields, each starting with a comma).
   */
  jsonl(id: string, ctx: EvalContext, rank: number, open: number, extra = ''): string {
    const r = ctx.rules;
    const w = this.waiver;
    return (
      `{"id":${JSON.stringify(id)},"outcome":"${OUTCOMES[rank]!}",` +
      `"elements":{"act":"${STATUS[r[0]!]!}","means":"${STATUS[r[1]!]!}","purpose":"${STATUS[r[2]!]!}"},` +
      `"meansWaived":${w >= 0},"waiverReason":${w >= 0 ? `"${this.waiverIds[w]!}"` : 'null'},` +
      `"reasons":${this.reasons.length ? `["${this.reasons.join('","')}"]` : '[]'},"openQuestions":${open}${extra}}\n`
    );
  }

  /**
   * One CSV row; reason codes are separated by spaces (and quoted: their lists hold commas).
   * `extra` is added after the last column (more columns, each starting with a comma).
   */
  csv(id: string, ctx: EvalContext, rank: number, open: number, extra = ''): string {
    const r = ctx.rules;
    const w = this.waiver;
    return (
      `${csvField(id)},${OUTCOMES[rank]!},${STATUS[r[0]!]!},${STATUS[r[1]!]!},${STATUS[r[2]!]!},` +
      `${w >= 0},${w >= 0 ? this.waiverIds[w]! : ''},${csvField(this.reasons.join(' '))},${open}${extra}\n`
    );
  }

  /** A row of the columns --columns chose (JSONL or CSV), after findWaiver() and, for reasons, describe(). */
  chosen(
    cols: readonly OutputColumn[],
    csv: boolean,
    id: string,
    ctx: EvalContext,
    rank: number,
    open: number,
    extra = '',
  ): string {
    const r = ctx.rules;
    const w = this.waiver;
    const v = {
      outcome: OUTCOMES[rank]!,
      elements: [STATUS[r[0]!]!, STATUS[r[1]!]!, STATUS[r[2]!]!] as const,
      waiver: w >= 0 ? this.waiverIds[w]! : null,
      reasons: this.reasons,
      open,
    };
    if (csv) return `${csvField(id)}${csvCells(cols, v)}${extra}\n`;
    const rest = jsonFields(cols, v);
    return `{"id":${JSON.stringify(id)}${rest ? `,${rest}` : ''}${extra}}\n`;
  }
}

/** The CSV header of the chosen columns (all when cols is undefined). */
export const csvHeader = (cols: readonly OutputColumn[] = OUTPUT_COLUMNS): string => cols.join(',');
