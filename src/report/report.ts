/**
 * Turns an engine assessment into the report every output format prints: the assessment's codes
 * and ids plus sentences in the chosen language. Field names here are the documented JSON contract.
 */
import { say } from '../base/catalogue/index.js';
import type { Assessment, OpenQuestion, Reason } from '../core/engine.js';
import type { IndicatorSet, Text } from '../core/schema.js';
import { datePrecision, type DatePrecision } from '../core/vocabulary.js';
import { cite, pick, type Lang } from '../base/i18n.js';
import { labeller, labelsFor } from './labels.js';
import { reasonText } from './reason-text.js';
import {
  readAloud,
  respondentSummary,
  type ReadAloud,
  type RespondentSummary,
  type RespondentWords,
} from './summary.js';

/**
 * The JSON contract's version. Fields are only ever added: 2 added `summary`, `labels` and the open
 * questions' `label`; reason texts name items by label instead of id. 3 added
 * `respondentSummary`, present when the person's own language is set, each reason's `short`
 * text and each open question's `waiver`.
 */
export const REPORT_SCHEMA_VERSION = 3;

export interface ReportOptions {
  /** Name items by label and id ("passport or ID taken [nhrck16.purpose.documents-taken]"). */
  ids?: boolean;
}

export interface Report extends Omit<
  Assessment,
  'reasons' | 'openQuestions' | 'legal' | 'protection' | 'referrals'
> {
  schemaVersion: number;
  language: Lang;
  /** What to read aloud to the person first (schema version 2). */
  summary: ReadAloud;
  /** The same summary in the person's own language (schema version 3), when one is set. */
  respondentSummary?: RespondentSummary;
  /** The short label of every indicator and fact the report names, by id (schema version 2). */
  labels: Record<string, string>;
  set: Assessment['set'] & { title: string };
  outcomeLabel: string;
  outcomeText: string;
  waiverText: string | null;
  /** The statutory rule that decided the outcome, with its citation, when one did. */
  statuteRule: { id: string; label: string; citation: string } | null;
  /** A sentence on how tiers were read and whether the tier split is reconstructed, if the set has tiers. */
  tierNote: string | null;
  /** `short`: the same reason without its citations, as the short report prints it (schema 3). */
  reasons: (Reason & { text: string; short: string })[];
  openQuestions: (OpenQuestion & { question: string; label: string; waiver: string | null })[];
  legal: { id: string; title: string; text: string; citation: string | null; conditional: string | null }[];
  protection: {
    id: string;
    category: string;
    text: string;
    citation: string | null;
    conditional: string | null;
  }[];
  referrals: {
    id: string;
    /** Set when the referral is listed because it may apply ("if the person is under 19"). */
    conditional: string | null;
    name: string;
    contact: string;
    text: string;
    emergency: boolean;
    /** The date of the newest source: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as precise as it is. */
    sourceDate: string;
    sourceDatePrecision: DatePrecision;
    /** Set only when someone actually checked the entry. */
    verified: { on: string; method: string } | null;
    /** The day the entry was verified (verified.on), or null. Never the source date. */
    verifiedOn: string | null;
    confidence: string;
    /** True unless the entry has a verification record. */
    verifyBeforeUse: boolean;
    /** The date in words: "source dated 2009, check before use" or "verified 2026-01-10 (by phone)". */
    dateNote: string;
  }[];
  disclaimer: string;
}

export function buildReport(a: Assessment, set: IndicatorSet, lang: Lang, opts: ReportOptions = {}): Report {
  const m = say(lang);
  const label = labeller(set, lang, opts.ids === true);
  const waiver = a.waiverReason ? set.rules.waiver.find((w) => w.id === a.waiverReason) : undefined;
  const byId = <T extends { id: string }>(items: T[], ids: string[]) =>
    ids.map((id) => items.find((x) => x.id === id)).filter((x): x is T => x !== undefined);
  const cond = (key: keyof Assessment['conditional'], item: { id: string; ifUndecided?: Text }) =>
    a.conditional[key].includes(item.id) ? pick(item.ifUndecided, lang) || m.ifUndecided : null;
  const statute = a.statute ? set.rules.statute.find((r) => r.id === a.statute) : undefined;
  const referrals = byId(set.referrals, a.referrals).sort((x, y) => x.priority - y.priority);
  const summary = readAloud(
    a,
    set,
    lang,
    referrals.map((r) => r.id),
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    language: lang,
    ...a,
    summary,
    labels: labelsFor(set, mentioned(a), lang),
    set: { ...a.set, title: pick(set.title, lang) },
    outcomeLabel: m.outcomeLabel[a.outcome],
    outcomeText: m.outcome[a.outcome],
    waiverText: waiver ? pick(waiver.label, lang) : null,
    statuteRule: statute
      ? { id: statute.id, label: pick(statute.label, lang), citation: cite(statute.citation, lang) }
      : null,
    tierNote: tierNote(set, lang),
    reasons: a.reasons.map((r) => ({
      ...r,
      text: reasonText(r, a, set, lang, label),
      short: reasonText(r, a, set, lang, label, false),
    })),
    openQuestions: a.openQuestions.map((q) => ({
      ...q,
      question: openQuestionText(q, set, lang),
      label: label(q.id),
      // A fact asked for the exception it may bring: the exception's name (schema 3).
      waiver: q.via ? pick(set.rules.waiver.find((w) => w.id === q.via)?.label, lang) || null : null,
    })),
    legal: byId(set.legal, a.legal).map((l) => ({
      id: l.id,
      title: pick(l.title, lang),
      text: pick(l.text, lang),
      citation: l.citation ? cite(l.citation, lang) : null,
      conditional: cond('legal', l),
    })),
    protection: byId(set.protection, a.protection).map((p) => ({
      id: p.id,
      category: p.category,
      text: pick(p.text, lang),
      citation: p.citation ? cite(p.citation, lang) : null,
      conditional: cond('protection', p),
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      conditional: cond('referrals', r),
      name: pick(r.name, lang),
      contact: r.contact,
      text: pick(r.text, lang),
      emergency: r.emergency,
      sourceDate: r.sourceDate,
      sourceDatePrecision: datePrecision(r.sourceDate),
      verified: r.verified ? { on: r.verified.on, method: r.verified.method } : null,
      verifiedOn: r.verified?.on ?? null,
      confidence: r.confidence,
      verifyBeforeUse: !r.verified,
      dateNote: m.referralDate({
        sourceDate: r.sourceDate,
        singleSource: r.confidence === 'single-source',
        verified: r.verified ?? null,
      }),
    })),
    disclaimer: m.disclaimer,
  };
}

/** The report with its summary also in the person's own language, when one is set. */
export function withRespondent(
  report: Report,
  set: IndicatorSet,
  words: RespondentWords | undefined,
): Report {
  if (!words || words.lang === report.language) return report;
  return { ...report, respondentSummary: respondentSummary(report.summary, report.outcome, set, words) };
}

/** How the set's tiered thresholds were read, and whether the tiers are official; null without tiers. */
function tierNote(set: IndicatorSet, lang: Lang): string | null {
  if (!set.indicators.some((i) => i.tier !== undefined)) return null;
  const t = say(lang).report.tiers;
  const reading = set.tiers.reading === 'cumulative' ? t.cumulative : t.strict;
  return t.note(reading, set.tiers.basis === 'reconstructed' ? t.reconstructed : t.official);
}

function openQuestionText(q: OpenQuestion, set: IndicatorSet, lang: Lang): string {
  if (q.kind === 'indicator') return pick(set.indicators.find((i) => i.id === q.id)?.question, lang);
  const waiver = q.via ? set.rules.waiver.find((w) => w.id === q.via) : undefined;
  const fact = set.facts.find((f) => f.id === q.id);
  return waiver ? `${pick(waiver.label, lang)}?` : pick(fact?.question, lang);
}

/** Every indicator and fact id the assessment names. */
function mentioned(a: Assessment): Set<string> {
  const ids = new Set<string>([...a.unknown, ...a.declined, ...a.openQuestions.map((q) => q.id)]);
  for (const e of Object.values(a.elements))
    for (const id of [...e.yes, ...e.unknown, ...e.declined]) ids.add(id);
  for (const r of a.reasons) for (const id of r.indicators) ids.add(id);
  return ids;
}
