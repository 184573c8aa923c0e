/**
 * How a problem in a file's structure is said: what was expected, and the kind of value found,
 * never the value itself. Type names are zod's (`object`, `string` …), named for a file's author.
 */
const ko = {
  type: {
    object: '매핑',
    array: '목록',
    string: '글자',
    number: '숫자',
    boolean: '참/거짓',
    int: '정수',
  } as Record<string, string>,
  kind: {
    nothing: '없음',
    empty: '빈 값',
    list: '목록',
    mapping: '매핑',
    text: '글자',
    boolean: '참/거짓',
    number: '숫자',
  } as Record<string, string>,
  required: (expected: string) => `필수 항목이 없습니다 (${expected} 필요)`,
  expected: (expected: string, got: string) => `${expected} 값이어야 합니다 (받은 값: ${got})`,
  one: (value: string) => `${value} 값만 허용됩니다`,
  oneOf: (values: string) => `다음 중 하나여야 합니다: ${values}`,
  form: '정해진 형식이 아닙니다',
  format: (format: string) => `올바른 ${format} 형식이 아닙니다`,
  union: '허용되는 형식이 아닙니다',
  unknownKey: (key: string) => `알 수 없는 키 "${key}"`,
  /** A size limit: characters of a text, items of a list, or a number's value. */
  atLeast: (n: string, of: string) =>
    `${of === 'string' ? `${n}자` : of === 'array' ? `${n}개` : n} 이상이어야 합니다`,
  atMost: (n: string, of: string) =>
    `${of === 'string' ? `${n}자` : of === 'array' ? `${n}개` : n} 이하여야 합니다`,
};

const en: typeof ko = {
  type: {
    object: 'object',
    array: 'array',
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    int: 'int',
  },
  kind: {
    nothing: 'nothing',
    empty: 'an empty value',
    list: 'a list',
    mapping: 'a mapping',
    text: 'a text',
    boolean: 'true or false',
    number: 'a number',
  },
  required: (expected) => `required: expected ${expected}`,
  expected: (expected, got) => `expected ${expected}, got ${got}`,
  one: (value) => `expected ${value}`,
  oneOf: (values) => `expected one of ${values}`,
  form: 'not in the expected form',
  format: (format) => `not a valid ${format}`,
  union: 'not one of the accepted forms',
  unknownKey: (key) => `unknown key "${key}"`,
  atLeast: (n, of) => `at least ${n}${of === 'string' ? ' characters' : of === 'array' ? ' items' : ''}`,
  atMost: (n, of) => `at most ${n}${of === 'string' ? ' characters' : of === 'array' ? ' items' : ''}`,
};

export const schemaProblemTexts = { ko, en };
