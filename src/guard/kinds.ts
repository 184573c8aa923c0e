/**
 * The kinds of identifying data the guard knows, and how sure a finding of each kind is. Numbers,
 * addresses and plates are refused outright; names are only likely (a two-word English phrase or a
 * Korean word that starts with a surname can be innocent), so the interview asks before keeping them.
 */

export const IDENTIFYING_KINDS = [
  'name',
  'phone',
  'address',
  'email',
  'rrn',
  'passport',
  'birth-date',
  'bank-account',
  'car-plate',
] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

export type Confidence = 'refuse' | 'confirm';

export interface Finding {
  kind: IdentifyingKind;
  confidence: Confidence;
  /** UTF-16 offsets into the text, end exclusive; for callers that mark or skip the span. */
  start: number;
  end: number;
}
