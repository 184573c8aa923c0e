/**
 * The number-like kinds: registration, phone, passport and account numbers, e-mail addresses,
 * dates of birth, street and lot addresses and car plates. Every quantifier is bounded (see
 * tests/privacy/linear.test.ts), so each start position costs at most a fixed number of steps and a
 * whole field is scanned in time linear in its length, however hostile. A match may still be
 * turned down by `accept`, which sees the match and the text around it.
 */
import type { IdentifyingKind } from './kinds.js';

export interface Detector {
  kind: IdentifyingKind;
  /** Global, so it can be run with matchAll. */
  re: RegExp;
  accept?: (m: RegExpExecArray, text: string) => boolean;
}

const YYMMDD = '[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';
const MASK = '[*xX●○#]';
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12][0-9]|3[01])';
const YEAR = '(?:19|20)[0-9]{2}';
const MONTH_NAME =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|ember|tember|ober)?\\.?';

const digits = (s: string): number => s.replace(/[^0-9]/g, '').length;

/** Units that make a number a count or a time, not part of an address or a plate. */
const UNITS = new Set([...'명시간개일월년원살세번회차분초주배달박곳건장층마리kKmM%']);
function followedByUnit(text: string, end: number): boolean {
  let i = end;
  if (text[i] === ' ') i++;
  const c = text[i];
  if (c === '층' || c === undefined) return false;
  if (c === '번' && (text[i + 1] === '지' || text[i + 1] === '길')) return false;
  return UNITS.has(c);
}

/**
 * Dates are identifying when they are dates of birth: said so nearby, or too long ago to be the
 * date of a screening or of a stay in Korea. Recent dates (2026-03-15) are the tool's own data.
 */
const BIRTH_CUE = /(?:생년월일|생일|출생|태어[난났]|DOB|D\.O\.B|[Bb]orn|[Bb]irth|\bb\.)[^0-9]{0,12}$/;
export const recentYears = 15;
function birthDate(yearGroup: number, shortYear = false) {
  return (m: RegExpExecArray, text: string): boolean => {
    if (BIRTH_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
    if (/생$/.test(m[0])) return true;
    if (shortYear) return false;
    const year = Number(m[yearGroup]);
    return year < new Date().getUTCFullYear() - recentYears;
  };
}

const TLDS = new Set(
  'com net org edu gov kr ph vn th kh np id mm lk uz bd cn ru mn la my jp io me co info biz'.split(' '),
);

export const DETECTORS: Detector[] = [
  {
    kind: 'email',
    re: /[A-Za-z0-9._%+-]{1,64} ?[@＠] ?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}/g,
  },
  {
    // Spelled out to slip past filters: kim (at) gmail [dot] com, kim at naver dot com.
    kind: 'email',
    re: /[A-Za-z0-9._%+-]{1,64} {0,3}(?:[([{<] {0,2}(?:at|AT|골뱅이) {0,2}[)\]}>]| (?:at|AT|골뱅이) ) {0,3}[A-Za-z0-9-]{1,63}(?: {0,3}(?:\.|[([{<] {0,2}(?:dot|DOT|점) {0,2}[)\]}>]| (?:dot|DOT) ) {0,3}[A-Za-z0-9-]{1,63}){1,4}/g,
    accept: (m) => {
      const last = /([A-Za-z]{2,24})$/.exec(m[0]);
      return !!last && TLDS.has(last[1]!.toLowerCase());
    },
  },
  {
    // 주민등록번호 and 외국인등록번호 (gender digit 5-8): any spacing around the dash, masks.
    kind: 'rrn',
    re: new RegExp(
      `(?<![0-9])${YYMMDD}(?: {0,2}[-–—] {0,2}| {0,2})(?:[1-8][0-9*xX●○#]{6}|${MASK}{7})(?![0-9])`,
      'g',
    ),
  },
  {
    // The birth date masked, the rest shown: ******-1234567.
    kind: 'rrn',
    re: /(?<![0-9*xX●○#])[*xX●○#]{6} {0,2}[-–—] {0,2}[1-8][0-9]{6}(?![0-9])/g,
  },
  {
    kind: 'phone',
    re: /(?<![0-9])\(?01[016-9]\)?[-. ]{0,3}[0-9]{3,4}[-. ]{0,3}[0-9]{4}(?![0-9])/g,
  },
  {
    // Landlines and other countries' local forms: 02-123-4567, 0917 123 4567, 081 234 5678.
    kind: 'phone',
    re: /(?<![0-9A-Za-z-])\(?0[1-9][0-9]{0,2}\)?[-. )]{1,3}[0-9]{3,4}[-. ]{1,3}[0-9]{3,4}(?![0-9])/g,
  },
  { kind: 'phone', re: /(?<![0-9A-Za-z-])0(?:1[016-9]|9[0-9])[0-9]{7,8}(?![0-9])/g },
  {
    kind: 'phone',
    re: /(?<![0-9A-Za-z+])\+ ?[1-9][0-9 ().-]{6,20}[0-9]/g,
    accept: (m) => digits(m[0]) >= 9 && digits(m[0]) <= 15,
  },
  {
    kind: 'phone',
    re: /(?:전화|연락처|휴대폰|핸드폰|[Pp]hone|[Tt]el|[Mm]obile|WhatsApp|[Vv]iber|Zalo|LINE)[^0-9+]{0,6}\+?[0-9][0-9 ().-]{5,18}[0-9]/g,
    accept: (m) => {
      const n = m[0].replace(/^[^0-9+]{0,24}/, '').replace(/[^0-9]/g, '');
      return n.length >= 7 && n.length <= 15 && !/^1[0-9]{3}[0-9]{4}$/.test(n);
    },
  },
  {
    // Korean (M12345678, M123A4567), Philippine (P1234567A), Vietnamese (C1234567), Thai and others.
    kind: 'passport',
    re: /(?<![A-Za-z0-9-])(?:[A-Z]{1,2}[0-9]{7,8}[A-Z]?|[A-Z][0-9]{3}[A-Z][0-9]{4})(?![A-Za-z0-9-])/g,
    // Record ids pad with zeros (C0000001); passport numbers do not.
    accept: (m) => !/^[A-Z]{1,2}000/.test(m[0]),
  },
  {
    kind: 'passport',
    re: /(?:여권|[Pp]assport|PASSPORT|hộ chiếu)(?: ?(?:[Nn]o|[Nn]umber|번호|#))?[. :#]{0,4}[A-Z0-9]{6,10}(?![A-Za-z0-9])/g,
    accept: (m) => digits(m[0]) >= 5,
  },
  {
    kind: 'birth-date',
    re: new RegExp(`(?<![0-9])(${YEAR}) {0,2}[-./] {0,2}${MONTH} {0,2}[-./] {0,2}${DAY}(?![0-9])`, 'g'),
    accept: birthDate(1),
  },
  {
    kind: 'birth-date',
    re: new RegExp(`(?<![0-9])(${YEAR}|[0-9]{2}) {0,2}년 {0,2}${MONTH} {0,2}월 {0,2}${DAY} {0,2}일생?`, 'g'),
    accept: (m, text) => (m[1]!.length === 2 ? birthDate(1, true)(m, text) : birthDate(1)(m, text)),
  },
  {
    kind: 'birth-date',
    re: new RegExp(`(?<![0-9])[0-9]{1,2}[-./][0-9]{1,2}[-./](${YEAR})(?![0-9])`, 'g'),
    accept: birthDate(1),
  },
  {
    kind: 'birth-date',
    re: new RegExp(
      `(?<![A-Za-z0-9])(?:${DAY}(?:st|nd|rd|th)? {1,2}${MONTH_NAME},? {1,2}|${MONTH_NAME} {1,2}${DAY}(?:st|nd|rd|th)?,? {1,2})(${YEAR})(?![0-9])`,
      'g',
    ),
    accept: birthDate(1),
  },
  {
    kind: 'birth-date',
    re: new RegExp(
      `(?<![0-9A-Za-z-])(${YEAR})(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z-])`,
      'g',
    ),
    accept: birthDate(1),
  },
  {
    // Two-digit years only when said to be a birth date: 생년월일 900305, DOB 90.03.05.
    kind: 'birth-date',
    re: new RegExp(`(?<![0-9])(?:${YYMMDD}|[0-9]{2}[-./]${MONTH}[-./]${DAY})(?![0-9])`, 'g'),
    accept: birthDate(0, true),
  },
  {
    kind: 'bank-account',
    re: /(?<![0-9A-Za-z-])[0-9]{2,6}-[0-9]{2,6}-[0-9]{2,7}(?:-[0-9]{1,3})?(?![0-9A-Za-z-])/g,
    accept: (m) => digits(m[0]) >= 10 && digits(m[0]) <= 14,
  },
  {
    kind: 'bank-account',
    re: /(?:계좌|통장|은행|뱅크|농협|우체국|[Aa]ccount|[Aa]cct|[Aa]\/[Cc]|[Bb]ank)[^0-9]{0,16}[0-9][0-9 -]{8,18}[0-9]/g,
    accept: (m) => {
      const n = digits(/[0-9][0-9 -]{8,18}[0-9]$/.exec(m[0])![0]);
      return n >= 10 && n <= 14;
    },
  },
  {
    // 도로명 with the city or district before it: 안산시 단원구 원곡로 45, 서울 강남구 테헤란로 123.
    kind: 'address',
    re: /(?:[가-힣]{1,8}(?:시|도|구|군|읍|면) {1,2}){1,3}[가-힣0-9]{1,10}(?:로|길) {0,2}[0-9]{1,4}(?:번길 {0,2}[0-9]{1,4})?(?:-[0-9]{1,4})?(?![0-9])/g,
    accept: (m, text) => !followedByUnit(text, m.index + m[0].length),
  },
  {
    // 지번: (city, district) 원곡동 789-12, 향남읍 발안리 123번지, 산 12.
    kind: 'address',
    re: /(?:(?:[가-힣]{1,8}(?:시|도|구|군|읍|면) {1,2}){1,3}[가-힣0-9]{1,8}(?:동|리|가) {0,2}(?:산 ?)?[0-9]{1,4}(?:-[0-9]{1,4})?|[가-힣]{1,8}(?:동|리) {0,2}(?:산 ?)?[0-9]{1,4}(?:-[0-9]{1,4} {0,2}(?:번지)?| {0,2}번지))(?![0-9])/g,
    accept: (m, text) => !followedByUnit(text, m.index + m[0].length),
  },
  {
    kind: 'address',
    re: /(?<![A-Za-z])(?:[0-9]{1,4}(?:-[0-9]{1,4})?,? [A-Z][a-z]{1,15}-(?:ro|gil|daero)|[A-Z][a-z]{1,15}-(?:ro|gil|daero) {0,2}[0-9]{1,4}(?:-[0-9]{1,4})?)(?![A-Za-z0-9])/g,
  },
  {
    // 12가3456, 123가 4567, 서울12가3456 (old plates carry the region).
    kind: 'car-plate',
    re: /(?<![0-9가-힣])(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주) ?)?[0-9]{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배허하호] ?[0-9]{4}(?![0-9])/g,
    accept: (m, text) => !followedByUnit(text, m.index + m[0].length),
  },
];
