/**
 * The identifying-data guard for batch input. Researchers must score anonymised records only, so
 * input whose field names look like names, phone numbers, addresses, e-mail, resident registration
 * or passport numbers or exact dates of birth (in English or Korean), or whose values look like
 * such numbers anywhere, is refused. Findings name the field and the line, never the value.
 */

export const PII_KINDS = ['name', 'phone', 'address', 'email', 'rrn', 'passport', 'birth-date'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

// ---- Field names ----

/** Korean words are matched inside the name; Korean field names rarely have separators. */
const KOREAN_NAME_WORDS: [string, PiiKind][] = [
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
  ['여권', 'passport'],
  ['생년월일', 'birth-date'],
  ['생일', 'birth-date'],
  ['출생일', 'birth-date'],
];

/** English words are matched as whole words of the name (split at case changes and separators). */
const ENGLISH_TOKENS = new Map<string, PiiKind>([
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
  ['passport', 'passport'],
  ['dob', 'birth-date'],
  ['birthday', 'birth-date'],
  ['birthdate', 'birth-date'],
  ['dateofbirth', 'birth-date'],
]);

function tokens(field: string): string[] {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** What a field name suggests it holds, if it is identifying. */
export function nameKind(field: string): PiiKind | undefined {
  for (const [word, kind] of KOREAN_NAME_WORDS) if (field.includes(word)) return kind;
  const t = tokens(field);
  for (let i = 0; i < t.length; i++) {
    const kind = ENGLISH_TOKENS.get(t[i]!) ?? ENGLISH_TOKENS.get(t[i]! + (t[i + 1] ?? ''));
    if (kind) return kind;
    // "resident registration (number)", "date of birth", "birth date", "born on"
    if (t[i] === 'resident' && t[i + 1]?.startsWith('regist')) return 'rrn';
    if (t[i] === 'date' && t[i + 1] === 'of' && t[i + 2] === 'birth') return 'birth-date';
    if (t[i] === 'birth' && (t[i + 1] === 'date' || t[i + 1] === 'day')) return 'birth-date';
    if (t[i] === 'born' && (t[i + 1] === 'on' || t[i + 1] === 'date' || t.length === 1)) return 'birth-date';
  }
  return undefined;
}

// ---- Values ----

const d = '(?<![0-9])';
const nd = '(?![0-9])';
const day = '(?:0?[1-9]|[12][0-9]|3[01])';
const month = '(?:0?[1-9]|1[0-2])';
const year = '(?:19|20)[0-9]{2}';

/** Ordered: the first that matches names the kind. */
const VALUE_PATTERNS: [PiiKind, RegExp][] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/],
  // 주민등록번호 / 외국인등록번호: YYMMDD-SNNNNNN, also with the last six digits masked.
  [
    'rrn',
    new RegExp(
      `${d}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\\s?[-–]?\\s?[1-8](?:[0-9]{6}|\\*{6})${nd}`,
    ),
  ],
  [
    'phone',
    new RegExp(
      [
        `${d}01[016789][-. ]?[0-9]{3,4}[-. ]?[0-9]{4}${nd}`,
        `\\+\\s?82[-. ]?\\(?0?\\)?[1-9][0-9]?[-. ]?[0-9]{3,4}[-. ]?[0-9]{4}${nd}`,
        `${d}0(?:2|[3-6][1-5])[-. )]\\s?[0-9]{3,4}[-. ][0-9]{4}${nd}`,
      ].join('|'),
    ),
  ],
  // Korean passports (M12345678, M123A4567) and the common two letters + seven digits.
  [
    'passport',
    /(?<![A-Za-z0-9])(?:[A-Z][0-9]{8}|[A-Z][0-9]{3}[A-Z][0-9]{4}|[A-Z]{2}[0-9]{7})(?![A-Za-z0-9])/,
  ],
  [
    'birth-date',
    new RegExp(
      [
        `${d}${year}\\s?[-./]\\s?${month}\\s?[-./]\\s?${day}${nd}`,
        `${d}${year}\\s?년\\s?${month}\\s?월\\s?${day}\\s?일`,
        `${d}${day}[-./]${day}[-./]${year}${nd}`,
        `${d}${year}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])${nd}`,
      ].join('|'),
    ),
  ],
];
const ANY_VALUE_PATTERN = new RegExp(VALUE_PATTERNS.map(([, re]) => `(?:${re.source})`).join('|'));

/** What a value looks like, if it looks identifying. Short values cannot match any pattern. */
export function valueKind(v: unknown): PiiKind | undefined {
  if (typeof v === 'string') {
    if (v.length < 6 || !ANY_VALUE_PATTERN.test(v)) return undefined;
    for (const [kind, re] of VALUE_PATTERNS) if (re.test(v)) return kind;
    return undefined;
  }
  // A number column loses the leading 0 of a phone number or of a 2000s resident number.
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e6) {
    const s = String(Math.abs(v));
    return valueKind(s) ?? valueKind(`0${s}`) ?? valueKind(s.padStart(13, '0'));
  }
  return undefined;
}

// ---- Findings ----

export interface PiiFinding {
  field: string;
  kind: PiiKind;
  /** Whether the field's name or its values gave it away. */
  via: 'name' | 'value';
  /** The first few line numbers (0 for a CSV header or a whole-input finding). */
  lines: number[];
  count: number;
}

const KEEP_LINES = 5;
const MAX_FIELDS = 100;

/** Collects findings per field and kind; keeps counts and the first few line numbers only. */
export class PiiFindings {
  private readonly byKey = new Map<string, PiiFinding>();
  /** Line of the first record with a finding, or 0. */
  firstLine = 0;
  /** Findings added, over all fields. */
  total = 0;
  /** Findings in fields beyond the first MAX_FIELDS (input with endless distinct keys). */
  overflow = 0;

  add(field: string, kind: PiiKind, via: 'name' | 'value', line: number, count = 1): void {
    const key = `${via}\u0000${kind}\u0000${field}`;
    this.total += count;
    let f = this.byKey.get(key);
    if (!f) {
      if (this.byKey.size >= MAX_FIELDS) {
        this.overflow += count;
        return;
      }
      f = { field, kind, via, lines: [], count: 0 };
      this.byKey.set(key, f);
    }
    f.count += count;
    if (f.lines.length < KEEP_LINES && !f.lines.includes(line)) f.lines.push(line);
    if (this.firstLine === 0 || (line > 0 && line < this.firstLine)) this.firstLine = line;
  }

  /** Adds findings made on a chunk whose lines were numbered from 1 (worker threads). */
  merge(other: readonly PiiFinding[], lineOffset: number): void {
    for (const f of other) {
      const [first, ...rest] = f.lines;
      this.add(f.field, f.kind, f.via, (first ?? 0) + lineOffset, f.count);
      for (const line of rest) this.add(f.field, f.kind, f.via, line + lineOffset, 0);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  list(): PiiFinding[] {
    return [...this.byKey.values()];
  }
}

/**
 * Checks one parsed record (a JSON value) in full: every field name not in `known`, and every
 * value. Used for records that did not pass the fast path, where anything may hide.
 */
export function scanValue(
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  line: number,
  out: PiiFindings,
  depth = 0,
): void {
  if (value !== null && typeof value === 'object') {
    if (depth > 32) return;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, v] of entries) {
      const checkName = !Array.isArray(value) && !known.has(key);
      // A key can itself be a value (a phone number used as a key): never print it.
      const keyKind = checkName ? valueKind(key) : undefined;
      const field = Array.isArray(value)
        ? `${path || '(record)'}[]`
        : keyKind
          ? `${path || '(record)'}.(a field name)`
          : path
            ? `${path}.${key}`
            : key;
      if (keyKind) out.add(field, keyKind, 'value', line);
      else if (checkName) {
        const kind = nameKind(key);
        if (kind) out.add(field, kind, 'name', line);
      }
      scanValue(v, field, known, line, out, depth + 1);
    }
    return;
  }
  const kind = valueKind(value);
  if (kind) out.add(path || '(record)', kind, 'value', line);
}
