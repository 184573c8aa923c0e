/**
 * The side-by-side result in one language: a report per framework (exactly as buildReport makes
 * it for a single set), the answers behind each derived item, and the disagreements. This is the
 * JSON printed by `score --frameworks ... --json`.
 */
import type { Outcome } from '../core/schema.js';
import { cite, type Lang } from '../base/i18n.js';
import { buildReport, type Report } from './report.js';
import type { ElementDifference } from '../frameworks/agreement.js';
import type { FrameworksAssessment } from '../frameworks/assess.js';
import type { Reuse } from '../frameworks/derive.js';
import type { DisagreementReason } from '../frameworks/disagreements.js';
import type { ReuseNote } from '../frameworks/reuse.js';

export const FRAMEWORKS_SCHEMA_VERSION = 1;

export type ReasonWithText = Omit<DisagreementReason, 'text'> & { text: string };

export interface FrameworksReport {
  schemaVersion: number;
  language: Lang;
  /** The set whose questions were asked. */
  primary: string;
  frameworks: Report[];
  /** Per framework other than the primary: item -> the interview questions answered yes for it. */
  evidence: Record<string, Record<string, string[]>>;
  disagreements: { frameworks: [string, string]; outcomes: [Outcome, Outcome]; reasons: ReasonWithText[] }[];
  /** Per framework other than the primary: answers that also establish an item of another element. */
  reused: Record<string, Reuse[]>;
  /** Elements (and the means waiver) whose status differs between frameworks. */
  elementDifferences: (Omit<ElementDifference, 'text'> & { text: string })[];
  /** Elements resting on, or denied, an answer already counted for another element. */
  reuse: (Omit<ReuseNote, 'text' | 'citations'> & { text: string; citations: string[] })[];
}

export function buildFrameworksReport(fa: FrameworksAssessment, lang: Lang): FrameworksReport {
  const evidence: FrameworksReport['evidence'] = {};
  const reused: FrameworksReport['reused'] = {};
  for (const r of fa.results)
    if (r.id !== fa.primary) {
      evidence[r.id] = r.evidence;
      reused[r.id] = r.reused;
    }
  return {
    schemaVersion: FRAMEWORKS_SCHEMA_VERSION,
    language: lang,
    primary: fa.primary,
    frameworks: fa.results.map((r) => buildReport(r.assessment, r.loaded.set, lang)),
    evidence,
    disagreements: fa.disagreements.map((d) => ({
      ...d,
      reasons: d.reasons.map((reason) => ({ ...reason, text: reason.text[lang] })),
    })),
    reused,
    elementDifferences: fa.elementDifferences.map((x) => ({ ...x, text: x.text[lang] })),
    reuse: fa.reuse.map((x) => ({
      ...x,
      text: x.text[lang],
      citations: x.citations.map((c) => cite(c, lang)),
    })),
  };
}
