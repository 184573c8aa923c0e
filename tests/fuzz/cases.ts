/**
 * Bad inputs for the fuzz suite, one kind of file each: answers files, sets, overlays, the
 * settings file, session files, encrypted headers and batch records. Every case plants a marker
 * value (a phone number, a name, an e-mail, a secret word) where a value goes, so the suite can
 * check that no error repeats it; every mutation is chosen so the result is invalid, so every
 * case must be refused.
 */
import fc from 'fast-check';

export interface FuzzCase {
  kind: string;
  /** How the input was spoiled, for the report when a case fails. */
  how: string;
  files: Record<string, string | Uint8Array>;
  /** Arguments; {dir} is replaced by the case's folder. */
  args: string[];
  env?: Record<string, string>;
  /** Values that must not appear in anything the run prints. */
  markers: string[];
  /** Files the run may write (relative to the case's folder). */
  outputs?: string[];
  /** Allowed exit codes (1 or 2 unless the case says otherwise). */
  exits?: number[];
}

/** Values that identify someone, or are secret: none may be printed back. */
export const MARKERS = [
  '010-9876-5432',
  '김민지',
  'minji.kim@example.com',
  'M12345678',
  'SECRETWORD7f3a',
  '900101-2345678',
  '서울시 영등포구 여의대로 24',
];

export const VALID_ANSWERS = `set: nhrck-2016
case: FUZZ-2026-001
facts:
  age: 34
  disability: 'no'
  foreignNational: 'yes'
  sector: manufacturing
answers:
  nhrck16.act.recruitment: 'yes'
  nhrck16.means.fraud-deception: 'yes'
  nhrck16.purpose.wages-controlled: 'yes'
  nhrck16.purpose.documents-taken: 'unknown'
`;

export const VALID_OVERLAY = `extends: nhrck-2016
id: fuzz-overlay
version: 1.0.0
title:
  ko: 퍼즈 세트
  en: Fuzz overlay
`;

const marker = fc.constantFrom(...MARKERS);
const lineOf = (text: string) => fc.integer({ min: 0, max: text.split('\n').length - 1 });

/** Inserts a line at position k of text. */
const insertLine = (text: string, k: number, line: string) => {
  const lines = text.split('\n');
  lines.splice(k, 0, line);
  return lines.join('\n');
};

/**
 * Ways to make a YAML document invalid, each carrying a marker. Valid YAML that breaks the schema
 * and text that is not YAML at all are both here.
 */
export function spoiledYaml(
  valid: string,
): fc.Arbitrary<{ how: string; text: string | Uint8Array; m: string }> {
  return fc.oneof(
    // An unterminated quoted string: a syntax error whose excerpt would show the marker.
    fc.tuple(marker, lineOf(valid)).map(([m, k]) => ({
      how: `unterminated quote at line ${k + 1}`,
      text: insertLine(valid, k, `broken: "${m}`),
      m,
    })),
    // A key at a wrong indentation, followed by the marker.
    fc.tuple(marker, lineOf(valid), fc.integer({ min: 1, max: 7 })).map(([m, k, n]) => ({
      how: `bad indentation at line ${k + 1}`,
      text: insertLine(valid, k, `${' '.repeat(n)}- ${m}: [`),
      m,
    })),
    // A mapping where a scalar goes, or a scalar where a mapping goes.
    fc.tuple(marker, fc.constantFrom('facts', 'answers', 'title', 'indicators')).map(([m, key]) => ({
      how: `${key} replaced by a scalar`,
      text: `${valid.replace(new RegExp(`^${key}:[\\s\\S]*?(?=^\\S|$(?![\\s\\S]))`, 'm'), '')}\n${key}: "${m}"\n`,
      m,
    })),
    // An unknown key at the top with the marker as its value.
    fc.tuple(marker, fc.stringMatching(/^[a-z]{3,10}$/)).map(([m, key]) => ({
      how: `unknown top-level key ${key}`,
      text: `${valid}zz${key}: "${m}"\n`,
      m,
    })),
    // A byte that is not UTF-8 next to the marker.
    fc.tuple(marker, fc.integer({ min: 0, max: valid.length })).map(([m, at]) => ({
      how: `invalid UTF-8 byte at ${at}`,
      text: Buffer.concat([
        Buffer.from(valid.slice(0, at)),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`# ${m}\n${valid.slice(at)}`),
      ]),
      m,
    })),
    // Deep nesting (a stack overflow in a naive reader).
    fc.tuple(marker, fc.integer({ min: 1500, max: 4000 })).map(([m, n]) => ({
      how: `nesting ${n} deep`,
      text: `${valid}deep: ${'['.repeat(n)}"${m}"${']'.repeat(n)}\n`,
      m,
    })),
    // An alias bomb (billion laughs).
    fc.tuple(marker, fc.integer({ min: 6, max: 12 })).map(([m, levels]) => {
      const lines = [`a0: &a0 ["${m}", "${m}", "${m}", "${m}", "${m}", "${m}", "${m}", "${m}", "${m}"]`];
      for (let i = 1; i <= levels; i++)
        lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      return { how: `alias bomb ${levels} levels`, text: `${valid}${lines.join('\n')}\n`, m };
    }),
    // A control sequence in a key, and the marker in its value.
    fc
      .tuple(marker, fc.constantFrom('\u001b[31m', '\u001b]0;title\u0007', '\u009b2J', '\u202e'))
      .map(([m, c]) => ({
        how: `control characters in a key (${JSON.stringify(c)})`,
        text: `${valid}"${c}zzkey": "${m}"\n`,
        m,
      })),
    // Not a mapping at all.
    fc.tuple(marker, fc.constantFrom('list', 'number', 'string', 'null')).map(([m, shape]) => ({
      how: `document is a ${shape}`,
      text:
        shape === 'list'
          ? `- "${m}"\n- 2\n`
          : shape === 'number'
            ? '12345\n'
            : shape === 'string'
              ? `"${m}"\n`
              : `# ${m}\n~\n`,
      m,
    })),
    // Duplicate keys.
    fc.tuple(marker).map(([m]) => ({ how: 'duplicate key', text: `${valid}set: "${m}"\n`, m })),
  );
}

/** Answers files: YAML spoiled as above, and values of the wrong kind in the right place. */
export const answersCases: fc.Arbitrary<FuzzCase> = fc
  .oneof(
    spoiledYaml(VALID_ANSWERS),
    fc
      .tuple(marker, fc.constantFrom('age', 'disability', 'foreignNational', 'sector', 'unknownFact'))
      .map(([m, fact]) => ({
        how: `fact ${fact} given a marker value`,
        text: VALID_ANSWERS.replace('facts:\n', `facts:\n  ${fact}: "${m}"\n`).replace(
          new RegExp(`(facts:\\n  ${fact}: .*\\n)((?:.*\\n)*?)  ${fact}: .*\\n`),
          '$1$2',
        ),
        m,
      })),
    fc
      .tuple(marker, fc.constantFrom('nhrck16.act.recruitment', 'nhrck16.purpose.zz-unknown', 'zz.unknown'))
      .map(([m, id]) => ({
        how: `answer ${id} given a marker value`,
        text: VALID_ANSWERS.replace(/^ {2}nhrck16\.act\.recruitment: 'yes'\n/m, '') + `  ${id}: "${m}"\n`,
        m,
      })),
    // A case code may be any code; only one that identifies someone must be refused.
    fc.tuple(fc.constantFrom(...MARKERS.filter((m) => m !== 'SECRETWORD7f3a'))).map(([m]) => ({
      how: 'case code that identifies someone',
      text: VALID_ANSWERS.replace('case: FUZZ-2026-001', `case: "${m}"`),
      m,
    })),
    fc.tuple(marker).map(([m]) => ({
      how: 'set that does not exist',
      text: VALID_ANSWERS.replace('set: nhrck-2016', `set: "${m}"`),
      m,
    })),
  )
  .map(({ how, text, m }) => ({
    kind: 'answers file',
    how,
    files: { 'a.yaml': text },
    args: ['score', '{dir}/a.yaml'],
    markers: [m],
  }));

/** Sets and overlays: given to `indicators validate` and to `score --set`. */
export const setCases: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.oneof(
      spoiledYaml(VALID_OVERLAY),
      fc.tuple(marker).map(([m]) => ({
        how: 'extends a set that does not exist',
        text: VALID_OVERLAY.replace('extends: nhrck-2016', `extends: "${m}"`),
        m,
      })),
      fc.tuple(marker).map(([m]) => ({
        how: 'extends a file that is not a set',
        text: VALID_OVERLAY.replace('extends: nhrck-2016', 'extends: ./secret.txt'),
        m,
      })),
      fc.tuple(marker, fc.constantFrom('version', 'id')).map(([m, key]) => ({
        how: `${key} given a marker value`,
        text: VALID_OVERLAY.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ["${m}"]`),
        m,
      })),
      fc.tuple(marker, fc.constantFrom('\u202e', '\u202a', '\u2066', '\u2069')).map(([m, c]) => ({
        how: `bidirectional control ${JSON.stringify(c)} in a title`,
        text: VALID_OVERLAY.replace('en: Fuzz overlay', `en: "Fuzz ${c}overlay"`),
        m,
      })),
    ),
    fc.boolean(),
  )
  .map(([{ how, text, m }, validate]) => ({
    kind: validate ? 'set (validate)' : 'set (score --set)',
    how,
    files: {
      'set.yaml': text,
      'secret.txt': `root:${m}:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n`,
      'a.yaml': VALID_ANSWERS.replace('set: nhrck-2016\n', ''),
    },
    args: validate
      ? ['indicators', 'validate', '{dir}/set.yaml']
      : ['score', '{dir}/a.yaml', '--set', '{dir}/set.yaml'],
    markers: [m],
  }));

const VALID_CONFIG = 'encrypt: false\nlang: en\n';

/** The settings file in the data folder, read when a screening starts. */
export const configCases: fc.Arbitrary<FuzzCase> = fc
  .oneof(
    spoiledYaml(VALID_CONFIG),
    fc.tuple(marker, fc.constantFrom('encrypt', 'lang', 'set')).map(([m, key]) => ({
      how: `${key} given a marker value`,
      text: `${key}: ["${m}"]\n`,
      m,
    })),
  )
  .map(({ how, text, m }) => ({
    kind: 'settings file',
    how,
    files: { 'data/config.yaml': text },
    args: ['screen', '--no-input', '--data-dir', '{dir}/data'],
    markers: [m],
  }));

export const SESSION_ID = '20261202-abc123';

export const validSession = (m = 'x'): Record<string, unknown> => ({
  format: 'tip-screen-session',
  version: 1,
  id: SESSION_ID,
  caseCode: 'FUZZ-2026-001',
  set: 'nhrck-2016',
  lang: 'en',
  createdAt: '2026-12-02T10:00:00.000Z',
  updatedAt: '2026-12-02T10:05:00.000Z',
  status: 'paused',
  openingDone: true,
  facts: { age: 34 },
  answers: { 'nhrck16.act.recruitment': 'yes' },
  notes: { 'nhrck16.act.recruitment': `note ${m === 'x' ? '' : ''}`.trim() },
});

/** Session files changed outside the tool: `sessions show` must refuse them cleanly. */
export const sessionCases: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    marker,
    fc.oneof(
      fc.constant('truncated'),
      fc.constant('answer value'),
      fc.constant('fact value'),
      fc.constant('format'),
      fc.constant('not json'),
      fc.constant('id mismatch'),
      fc.constant('deep nesting'),
    ),
    fc.integer({ min: 10, max: 200 }),
  )
  .map(([m, how, cut]) => {
    const s = validSession();
    let text: string;
    if (how === 'truncated') text = JSON.stringify({ ...s, caseCode: m }).slice(0, cut);
    else if (how === 'answer value')
      text = JSON.stringify({ ...s, answers: { 'nhrck16.act.recruitment': m } });
    else if (how === 'fact value') text = JSON.stringify({ ...s, facts: { age: { name: m } } });
    else if (how === 'format') text = JSON.stringify({ ...s, format: m });
    else if (how === 'not json') text = `${m}\n{{{`;
    else if (how === 'id mismatch')
      text = JSON.stringify({ ...s, id: '20261202-ffffff', caseCode: 'X-1', notes: { a: m } });
    else text = `{"a":${'['.repeat(5000)}"${m}"${']'.repeat(5000)}}`;
    return {
      kind: 'session file',
      how,
      files: { [`data/sessions/${SESSION_ID}.json`]: text },
      args: ['sessions', 'show', SESSION_ID, '--data-dir', '{dir}/data'],
      markers: [m],
    };
  });

/** Batch records: one good record and one bad one per case; the bad one is reported by number. */
export const batchCases: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    marker,
    fc.constantFrom(
      'invalid json',
      'answer value',
      'fact value',
      'unknown indicator',
      'missing id',
      'id is an object',
      'not an object',
      'deep nesting',
      'control characters in a key',
    ),
    fc.constantFrom('jsonl', 'csv'),
  )
  .map(([m, how, format]): FuzzCase => {
    const good = { id: 'r1', facts: { age: 30 }, answers: { 'nhrck16.act.recruitment': 'yes' } };
    if (format === 'csv') {
      const head = 'id,age,nhrck16.act.recruitment';
      const rows: Record<string, string> = {
        'invalid json': `r2,"${m},yes`,
        'answer value': `r2,30,"${m}"`,
        'fact value': `r2,"${m}",yes`,
        'unknown indicator': `r2,30,yes,"${m}"`,
        'missing id': `,30,"${m}"`,
        'id is an object': `r2,30,"${m}"`,
        'not an object': `"${m}"`,
        'deep nesting': `r2,"${'['.repeat(3000)}${m}",yes`,
        'control characters in a key': `r2,"\u001b[31m${m}",yes`,
      };
      return {
        kind: 'batch record (csv)',
        how,
        files: { 'in.csv': `${head}\nr1,30,yes\n${rows[how]}\n` },
        args: [
          'batch',
          '{dir}/in.csv',
          '--out',
          '{dir}/out.jsonl',
          '--errors',
          '{dir}/errors.jsonl',
          '--quiet',
        ],
        markers: [m],
        outputs: ['out.jsonl', 'errors.jsonl'],
      };
    }
    const records: Record<string, string> = {
      'invalid json': `{"id":"r2","facts":{"age":30},"answers":{"nhrck16.act.recruitment":"${m}"`,
      'answer value': JSON.stringify({ id: 'r2', answers: { 'nhrck16.act.recruitment': m } }),
      'fact value': JSON.stringify({ id: 'r2', facts: { age: m }, answers: {} }),
      'unknown indicator': JSON.stringify({ id: 'r2', answers: { 'zz.unknown': m } }),
      'missing id': JSON.stringify({ answers: { 'nhrck16.act.recruitment': m } }),
      'id is an object': JSON.stringify({ id: { name: m }, answers: {} }),
      'not an object': JSON.stringify([m, m]),
      'deep nesting': `{"id":"r2","facts":${'['.repeat(5000)}"${m}"${']'.repeat(5000)}}`,
      'control characters in a key': JSON.stringify({ id: 'r2', answers: { '\u001b[31mzzkey': m } }),
    };
    return {
      kind: 'batch record (jsonl)',
      how,
      files: { 'in.jsonl': `${JSON.stringify(good)}\n${records[how]}\n` },
      args: [
        'batch',
        '{dir}/in.jsonl',
        '--out',
        '{dir}/out.jsonl',
        '--errors',
        '{dir}/errors.jsonl',
        '--quiet',
      ],
      markers: [m],
      outputs: ['out.jsonl', 'errors.jsonl'],
    };
  });
