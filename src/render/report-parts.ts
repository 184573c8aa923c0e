/** Small choices the report renderers share: what the short report leaves out, and how it cuts. */
import type { Report } from '../report/report.js';

/**
 * Reasons the short report does not repeat: the outcome, the deciding rule and the elements
 * above it already say them. What is undecided, and why, is always printed.
 */
export const REDUNDANT_IN_SHORT: ReadonlySet<Report['reasons'][number]['code']> = new Set([
  'combination.met',
  'element.met',
  'statute.applied',
  'waiver.applied',
  'outcome.possible',
  'outcome.no-indicators',
]);

/** The first sentence of a text (Korean and English both end sentences with '.', '?' or '!'). */
export function firstSentence(text: string): string {
  const at = text.search(/[.!?](\s|$)/);
  return at < 0 ? text : text.slice(0, at + 1);
}
