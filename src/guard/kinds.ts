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

/** What a kind is called in messages (plural, as in "looks like phone numbers"). */
export const KIND_TEXT: Record<IdentifyingKind, { en: string; ko: string }> = {
  name: { en: "people's names", ko: '사람 이름' },
  phone: { en: 'phone numbers', ko: '전화번호' },
  address: { en: 'addresses', ko: '주소' },
  email: { en: 'e-mail addresses', ko: '이메일 주소' },
  rrn: { en: 'resident registration numbers (주민등록번호)', ko: '주민등록번호·외국인등록번호' },
  passport: { en: 'passport numbers', ko: '여권번호' },
  'birth-date': { en: 'dates of birth (or other full dates)', ko: '생년월일' },
  'bank-account': { en: 'bank account numbers', ko: '계좌번호' },
  'car-plate': { en: 'car number plates', ko: '차량번호' },
};
