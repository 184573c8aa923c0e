/**
 * The one identifying-data guard: interview notes, batch records, answers files and case codes
 * all ask here. findIdentifying lists what a text seems to hold, with where; callers decide what to
 * do with 'confirm' findings (names), and never print the text itself.
 */
import { IDENTIFYING_KINDS, type Finding, type IdentifyingKind } from './kinds.js';
import { findNames } from './names.js';
import { DETECTORS } from './patterns.js';

export { fieldNameKind } from './field-names.js';
export { IDENTIFYING_KINDS, type Finding, type IdentifyingKind } from './kinds.js';

/** Every detector needs a digit, @, a capital, Hangul or a spelled-out "at". */
const MAYBE = /[0-9@＠A-Z\uac00-\ud7a3]|at/;

/** Every detector's pattern in one, for a single test before running them one by one. */
const ANY = new RegExp(DETECTORS.map((d) => `(?:${d.re.source})`).join('|'));

const ORDER = new Map<IdentifyingKind, number>(IDENTIFYING_KINDS.map((k, i) => [k, i]));

/** Findings in text order, overlaps resolved (the earlier span wins, a refusal over a confirmation). */
export function findIdentifying(text: string): Finding[] {
  // Most batch values (yes, victim, sex-industry) cannot hold any kind: one quick look settles them.
  if (!MAYBE.test(text)) return [];
  const all: { f: Finding; rank: number }[] = [];
  // One pass over all the patterns at once settles most short values (record ids, counts).
  if (ANY.test(text))
    DETECTORS.forEach((d, rank) => {
      for (const m of text.matchAll(d.re)) {
        if (d.accept && !d.accept(m, text)) continue;
        all.push({
          f: { kind: d.kind, confidence: 'refuse', start: m.index, end: m.index + m[0].length },
          rank,
        });
      }
    });
  for (const f of findNames(text))
    all.push({ f, rank: DETECTORS.length + (f.confidence === 'refuse' ? 0 : 1) });
  all.sort((a, b) => a.f.start - b.f.start || a.rank - b.rank);
  const out: Finding[] = [];
  let end = -1;
  for (const { f } of all) {
    if (f.start < end) {
      // An overlapping refusal replaces a confirmation that came first.
      const last = out[out.length - 1]!;
      if (last.confidence === 'confirm' && f.confidence === 'refuse') out[out.length - 1] = f;
      else continue;
    } else out.push(f);
    end = Math.max(end, f.end);
  }
  return out;
}

/** The kinds found, refusals first then by kind order, without repeats. */
export function kindsOf(findings: readonly Finding[]): IdentifyingKind[] {
  const sorted = [...findings].sort(
    (a, b) =>
      (a.confidence === b.confidence ? 0 : a.confidence === 'refuse' ? -1 : 1) ||
      ORDER.get(a.kind)! - ORDER.get(b.kind)!,
  );
  return [...new Set(sorted.map((f) => f.kind))];
}

export interface ValueFinding {
  /** Keys and indexes from the root; a key that itself looks identifying is never among them. */
  path: (string | number)[];
  kind: IdentifyingKind;
  confidence: Finding['confidence'];
  /** Whether the finding is in a key rather than in a value. */
  inKey: boolean;
}

/**
 * Every string (and key) in a parsed document, checked. Stops after `limit` findings: enough to
 * refuse and say where, without walking a hostile document to the end.
 */
export function findInValue(value: unknown, limit = 20): ValueFinding[] {
  const out: ValueFinding[] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (out.length >= limit || depth > 64) return;
    if (typeof v === 'string') {
      const f = findIdentifying(v);
      const kind = kindsOf(f)[0];
      if (kind)
        out.push({ path, kind, confidence: f.find((x) => x.kind === kind)!.confidence, inKey: false });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], depth + 1));
      return;
    }
    if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const f = findIdentifying(k);
        const kind = kindsOf(f)[0];
        if (kind) {
          out.push({ path, kind, confidence: f.find((y) => y.kind === kind)!.confidence, inKey: true });
          continue;
        }
        walk(x, [...path, k], depth + 1);
      }
  };
  walk(value, [], 0);
  return out;
}

/**
 * What a case code gives away, if anything. Separators are read as spaces too, so Kim_Minji_01
 * is seen as the name it holds. Names count: a case code is a code, never a name.
 */
export function caseCodeKind(code: string): IdentifyingKind | undefined {
  return kindsOf([...findIdentifying(code), ...findIdentifying(code.replace(/[._-]/g, ' '))])[0];
}
