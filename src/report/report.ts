/**
 * Turns an engine assessment into the report every output format prints: the assessment's codes
 * and ids plus sentences in the chosen language. Field names here are the documented JSON contract.
 */
import type { Assessment, OpenQuestion, Reason, ThresholdResult } from '../core/engine.js';
import { datePrecision, type DatePrecision, type IndicatorSet, type Text } from '../core/schema.js';
import { messages, pick, type Lang } from '../base/i18n.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface Report extends Omit<
  Assessment,
  'reasons' | 'openQuestions' | 'legal' | 'protection' | 'referrals'
> {
  schemaVersion: number;
  language: Lang;
  set: Assessment['set'] & { title: string };
  outcomeLabel: string;
  outcomeText: string;
  waiverText: string | null;
  /** The statutory rule that decided the outcome, with its citation, when one did. */
  statuteRule: { id: string; label: string; citation: string } | null;
  /** A sentence on how tiers were read and whether the tier split is reconstructed, if the set has tiers. */
  tierNote: string | null;
  reasons: (Reason & { text: string })[];
  openQuestions: (OpenQuestion & { question: string })[];
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

export function buildReport(a: Assessment, set: IndicatorSet, lang: Lang): Report {
  const m = messages[lang];
  const waiver = a.waiverReason ? set.rules.waiver.find((w) => w.id === a.waiverReason) : undefined;
  const byId = <T extends { id: string }>(items: T[], ids: string[]) =>
    ids.map((id) => items.find((x) => x.id === id)).filter((x): x is T => x !== undefined);
  const cond = (key: keyof Assessment['conditional'], item: { id: string; ifUndecided?: Text }) =>
    a.conditional[key].includes(item.id) ? pick(item.ifUndecided, lang) || m.ifUndecided : null;
  const statute = a.statute ? set.rules.statute.find((r) => r.id === a.statute) : undefined;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    language: lang,
    ...a,
    set: { ...a.set, title: pick(set.title, lang) },
    outcomeLabel: m.outcomeLabel[a.outcome],
    outcomeText: m.outcome[a.outcome],
    waiverText: waiver ? pick(waiver.label, lang) : null,
    statuteRule: statute
      ? { id: statute.id, label: pick(statute.label, lang), citation: statute.citation }
      : null,
    tierNote: tierNote(set, lang),
    reasons: a.reasons.map((r) => ({ ...r, text: reasonText(r, a, set, lang) })),
    openQuestions: a.openQuestions.map((q) => ({ ...q, question: openQuestionText(q, set, lang) })),
    legal: byId(set.legal, a.legal).map((l) => ({
      id: l.id,
      title: pick(l.title, lang),
      text: pick(l.text, lang),
      citation: l.citation ?? null,
      conditional: cond('legal', l),
    })),
    protection: byId(set.protection, a.protection).map((p) => ({
      id: p.id,
      category: p.category,
      text: pick(p.text, lang),
      citation: p.citation ?? null,
      conditional: cond('protection', p),
    })),
    referrals: byId(set.referrals, a.referrals)
      .sort((x, y) => x.priority - y.priority)
      .map((r) => ({
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

const list = (ids: string[]) => ids.join(', ');

function thresholdText(t: ThresholdResult, lang: Lang): string {
  const label = pick(t.label, lang) || t.id || '';
  if (lang === 'ko')
    return `${label}: ${t.need}개 필요, ${t.yes.length}개 '예'${t.yes.length ? ` (${list(t.yes)})` : ''}, ${
      t.missing
    }개 더 필요, 미확인 ${t.open.length}개`;
  return `${label}: ${t.need} needed, ${t.yes.length} answered yes${t.yes.length ? ` (${list(t.yes)})` : ''}; ${
    t.missing
  } more needed, ${t.open.length} still open`;
}

/** How the set's tiered thresholds were read, and whether the tiers are official; null without tiers. */
function tierNote(set: IndicatorSet, lang: Lang): string | null {
  if (!set.indicators.some((i) => i.tier !== undefined)) return null;
  const ko = lang === 'ko';
  const reading =
    set.tiers.reading === 'cumulative'
      ? ko
        ? '상위 등급 항목은 하위 등급 요건에도 셉니다'
        : 'a higher-tier item also counts towards a lower tier'
      : ko
        ? '등급별로 따로 셉니다(엄격한 해석)'
        : 'each tier is counted on its own (the strict reading)';
  const basis =
    set.tiers.basis === 'reconstructed'
      ? ko
        ? '어느 항목이 어느 등급인지는 이 도구가 재구성한 것이며 공식 분류가 아닙니다'
        : 'which item sits in which tier is reconstructed by this tool, not the official split'
      : ko
        ? '항목의 등급은 공식 분류를 따릅니다'
        : 'the tiers of the items follow the official split';
  return ko ? `등급: ${reading}. ${basis}.` : `Tiers: ${reading}; ${basis}.`;
}

function reasonText(r: Reason, a: Assessment, set: IndicatorSet, lang: Lang): string {
  const m = messages[lang];
  const ko = lang === 'ko';
  switch (r.code) {
    case 'statute.applied': {
      const rule = set.rules.statute.find((x) => x.id === r.rule);
      const label = pick(rule?.label, lang);
      const cite = rule ? ` (${rule.citation})` : '';
      const index = r.indexHolds
        ? ko
          ? ' 지표의 판단 규칙도 충족됩니다.'
          : ' The index rule holds as well.'
        : ko
          ? ' 지표의 판단 규칙(기준 수)이 충족되지 않아도 법률이 먼저 적용됩니다.'
          : ' The index threshold need not be met: the statute decides.';
      return ko
        ? `법률에 따라 판단: ${label}${cite} (${list(r.indicators)}).${index}`
        : `Decided by statute: ${label}${cite} (${list(r.indicators)}).${index}`;
    }
    case 'statute.undecided': {
      const rule = set.rules.statute.find((x) => x.id === r.rule);
      return ko
        ? `아직 모르는 답이 확인되면 법률 규칙이 결과를 정할 수 있습니다: ${pick(rule?.label, lang)}${rule ? ` (${rule.citation})` : ''}.`
        : `A statutory rule may decide this once the open answers are in: ${pick(rule?.label, lang)}${rule ? ` (${rule.citation})` : ''}.`;
    }
    case 'combination.met':
      return ko
        ? `판단 규칙 충족: 행위 + 목적 + ${r.waived ? '수단 면제' : '수단'} (${list(r.indicators)}).`
        : `The rule holds: act + purpose + ${r.waived ? 'means not required' : 'means'} (${list(r.indicators)}).`;
    case 'element.met':
      return ko
        ? `${m.element[r.element]} 충족: ${list(r.indicators)}.`
        : `${m.element[r.element]} is met: ${list(r.indicators)}.`;
    case 'element.not-met':
    case 'element.unknown': {
      const head = ko
        ? `${m.element[r.element]} ${r.code === 'element.not-met' ? '불충족' : '미확정'}`
        : `${m.element[r.element]} is ${r.code === 'element.not-met' ? 'not met' : 'undecided'}`;
      const detail = r.thresholds.map((t) => thresholdText(t, lang)).join('; ');
      return `${head}${detail ? ` — ${detail}` : ''}.`;
    }
    case 'waiver.applied': {
      const w = set.rules.waiver.find((x) => x.id === r.waiver);
      const label = pick(w?.label, lang);
      return `${m.waived(label)}${w?.citation ? ` (${w.citation})` : ''}.`;
    }
    case 'waiver.unknown': {
      const names = r.facts
        .map((id) => pick(set.facts.find((f) => f.id === id)?.label, lang) || id)
        .join(', ');
      const ifs = r.waivers
        .map((id) => set.rules.waiver.find((w) => w.id === id))
        .filter((w) => w !== undefined)
        .map((w) => `${pick(w.label, lang)}${w.citation ? ` (${w.citation})` : ''}`)
        .join(ko ? '; 또는 ' : '; or ');
      const conditional = ifs
        ? ko
          ? ` 다음에 해당하면 수단 요건이 필요 없습니다: ${ifs}.`
          : ` No means are needed where the person is a ${ifs}.`
        : '';
      return ko
        ? `다음이 확인되지 않아 수단 요건 면제 여부를 알 수 없습니다: ${names}.${conditional}`
        : `Whether means are required is undecided until this is established: ${names}.${conditional}`;
    }
    case 'outcome.possible':
      return ko
        ? `'예'로 답한 지표가 있으나 판단 규칙은 아직 충족되지 않습니다 (${list(r.indicators)}).`
        : `Indicators were answered yes (${list(r.indicators)}), but the rule does not hold yet.`;
    case 'outcome.insufficient':
      return ko
        ? `'예'로 답한 지표가 없고, 모름ㆍ거부 ${a.unknown.length + a.declined.length}개 때문에 판단할 수 없습니다. ${m.declinedNote}`
        : `No indicator was answered yes, and ${a.unknown.length + a.declined.length} unknown or declined answers leave the rule undecided. ${m.declinedNote}`;
    case 'outcome.no-indicators':
      return m.outcome['no-indicators'];
  }
}

function openQuestionText(q: OpenQuestion, set: IndicatorSet, lang: Lang): string {
  if (q.kind === 'indicator') return pick(set.indicators.find((i) => i.id === q.id)?.question, lang);
  const waiver = q.via ? set.rules.waiver.find((w) => w.id === q.via) : undefined;
  const fact = set.facts.find((f) => f.id === q.id);
  return waiver ? `${pick(waiver.label, lang)}?` : pick(fact?.question, lang);
}
