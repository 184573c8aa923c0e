/**
 * What a field or column name says it holds (English or Korean): a column called 계좌번호 or
 * arc_no is refused before any of its values is read.
 */
import type { IdentifyingKind } from './kinds.js';

/** Korean words are matched inside the name; Korean field names rarely have separators. */
const KOREAN_WORDS: [string, IdentifyingKind][] = [
  ['이름', 'name'],
  ['성명', 'name'],
  ['성함', 'name'],
  ['실명', 'name'],
  ['본명', 'name'],
  ['전화', 'phone'],
  ['휴대폰', 'phone'],
  ['핸드폰', 'phone'],
  ['연락처', 'phone'],
  ['카카오', 'phone'],
  ['주소', 'address'],
  ['거주지', 'address'],
  ['우편번호', 'address'],
  ['도로명', 'address'],
  ['이메일', 'email'],
  ['메일', 'email'],
  ['전자우편', 'email'],
  ['주민등록', 'rrn'],
  ['주민번호', 'rrn'],
  ['외국인등록', 'rrn'],
  ['등록번호', 'rrn'],
  ['여권', 'passport'],
  ['생년월일', 'birth-date'],
  ['생일', 'birth-date'],
  ['출생일', 'birth-date'],
  ['계좌', 'bank-account'],
  ['통장', 'bank-account'],
  ['차량번호', 'car-plate'],
  ['차번호', 'car-plate'],
  ['번호판', 'car-plate'],
];

/** English words are matched as whole words of the name (split at case changes and separators). */
const ENGLISH_WORDS = new Map<string, IdentifyingKind>([
  ['name', 'name'],
  ['names', 'name'],
  ['surname', 'name'],
  ['forename', 'name'],
  ['nickname', 'name'],
  ['fullname', 'name'],
  ['firstname', 'name'],
  ['lastname', 'name'],
  ['givenname', 'name'],
  ['familyname', 'name'],
  ['phone', 'phone'],
  ['telephone', 'phone'],
  ['tel', 'phone'],
  ['mobile', 'phone'],
  ['cell', 'phone'],
  ['cellphone', 'phone'],
  ['fax', 'phone'],
  ['msisdn', 'phone'],
  ['whatsapp', 'phone'],
  ['kakao', 'phone'],
  ['kakaotalk', 'phone'],
  ['contact', 'phone'],
  ['contacts', 'phone'],
  ['viber', 'phone'],
  ['zalo', 'phone'],
  ['address', 'address'],
  ['addr', 'address'],
  ['street', 'address'],
  ['postcode', 'address'],
  ['postal', 'address'],
  ['zip', 'address'],
  ['zipcode', 'address'],
  ['email', 'email'],
  ['mail', 'email'],
  ['rrn', 'rrn'],
  ['ssn', 'rrn'],
  ['jumin', 'rrn'],
  ['arc', 'rrn'],
  ['passport', 'passport'],
  ['dob', 'birth-date'],
  ['birthday', 'birth-date'],
  ['birthdate', 'birth-date'],
  ['dateofbirth', 'birth-date'],
  ['iban', 'bank-account'],
  ['bankaccount', 'bank-account'],
  ['account', 'bank-account'],
  ['acct', 'bank-account'],
  ['plate', 'car-plate'],
  ['numberplate', 'car-plate'],
  ['licenseplate', 'car-plate'],
  ['licenceplate', 'car-plate'],
]);

function words(field: string): string[] {
  return field
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The kind a field name suggests it holds, if it is identifying. */
export function fieldNameKind(field: string): IdentifyingKind | undefined {
  for (const [word, kind] of KOREAN_WORDS) if (field.includes(word)) return kind;
  const t = words(field);
  for (let i = 0; i < t.length; i++) {
    const kind = ENGLISH_WORDS.get(t[i]!) ?? ENGLISH_WORDS.get(t[i]! + (t[i + 1] ?? ''));
    if (kind) return kind;
    // "resident registration (number)", "alien registration", "date of birth", "birth date", "born on"
    if ((t[i] === 'resident' || t[i] === 'alien') && t[i + 1]?.startsWith('regist')) return 'rrn';
    if (t[i] === 'date' && t[i + 1] === 'of' && t[i + 2] === 'birth') return 'birth-date';
    if (t[i] === 'birth' && (t[i + 1] === 'date' || t[i + 1] === 'day')) return 'birth-date';
    if (t[i] === 'born' && (t[i + 1] === 'on' || t[i + 1] === 'date' || t.length === 1)) return 'birth-date';
    if ((t[i] === 'car' || t[i] === 'vehicle') && (t[i + 1] === 'no' || t[i + 1] === 'number'))
      return 'car-plate';
  }
  return undefined;
}
