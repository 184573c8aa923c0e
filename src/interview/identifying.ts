/**
 * A guard for free-text notes: refuses text that looks like it identifies someone (phone numbers,
 * e-mail addresses, resident registration or passport numbers, dates of birth, name labels).
 */
const PATTERNS: RegExp[] = [
  /\b\d{6}\s?-\s?[1-8]\d{6}\b/, // resident registration number (주민등록번호)
  /(?:\+82[\s-]?|\b0)1[016-9][\s-]?\d{3,4}[\s-]?\d{4}\b/, // Korean mobile number
  /\b0\d{1,2}[\s-]\d{3,4}[\s-]\d{4}\b/, // Korean landline number
  /[^\s@]+@[^\s@]+\.[a-z]{2,}/i, // e-mail address
  /\b[A-Z]{1,2}\d{7,8}\b/, // passport number
  /\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b/, // full date (of birth)
  /(?:이름|성명|name)\s*[:=]/i, // a labelled name
];

export function looksIdentifying(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
