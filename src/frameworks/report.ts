/**
 * The side-by-side result in one language: a report per framework (exactly as buildReport makes
 * it for a single set), the answers behind each derived item, and the disagreements. This is the
 * JSON printed by `score --frameworks ... --json`.
 */
import type { Outcome } from '../core/schema.js';
import type { Lang } from '../i18n.js';
import { buildReport, type Report } from '../report.js';
import type { FrameworksAssessment } from './assess.js';
import type { DisagreementReason } from './disagreements.js';

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
}

export function buildFrameworksReport(fa: FrameworksAssessment, lang: Lang): FrameworksReport {
  const evidence: FrameworksReport['evidence'] = {};
  for (const r of fa.results) if (r.id !== fa.primary) evidence[r.id] = r.evidence;
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
  };
}
