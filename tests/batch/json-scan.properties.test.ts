import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordEncoder } from '../../src/batch/encode.js';
import { JsonScanner } from '../../src/batch/json-scan.js';
import { EMPTY_MAPPING } from '../../src/batch/mapping.js';
import { compiled, factIds, indicatorIds, jsonl, records } from './records.js';

// The byte scanner must read exactly what JSON.parse + encodeObject read, and hand everything
// else to them: for any record text, either it refuses, or both agree on every buffer.

const general = new RecordEncoder(compiled, EMPTY_MAPPING, 'status');
const fast = new RecordEncoder(compiled, EMPTY_MAPPING, 'status');
const scanner = new JsonScanner(fast, compiled, 'status');

const scalar = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'unknown',
    'declined',
    'Y',
    'n',
    '1',
    '0',
    '',
    '예',
    '모름',
    'maybe',
    'fishing',
    'sex-industry',
    'victim',
  ),
  fc.constantFrom(0, 1, 17, 19, 40, 200, -1, 1.5, 1e3, true, false, null),
  fc.string({ maxLength: 6 }),
);
const key = fc.constantFrom(
  ...indicatorIds.slice(0, 8),
  ...factIds,
  'id',
  'status',
  'notes',
  'answers',
  'facts',
);
const recordArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('r1', 'syn-0000001', '', ' ', 'a"b', 'é'), fc.integer()),
    status: scalar,
    facts: fc.oneof(
      fc.dictionary(fc.constantFrom(...factIds, 'x'), scalar, { maxKeys: 4 }),
      fc.constant(null),
      scalar,
    ),
    answers: fc.oneof(
      fc.dictionary(fc.constantFrom(...indicatorIds, 'nhrck16.x'), scalar, { maxKeys: 8 }),
      fc.constant(null),
    ),
  },
  { requiredKeys: [] },
);
const flatArb = fc.dictionary(key, scalar, { maxKeys: 8 });

/** JSON text with optional spaces, as other tools write it. */
const realistic = fc.constantFrom(
  ...jsonl(records(50), true)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as object),
);
const textArb = fc.tuple(fc.oneof(recordArb, flatArb, realistic), fc.boolean()).map(([rec, spaced]) =>
  spaced
    ? JSON.stringify(rec)
        .replace(/([:,{])/g, '$1 ')
        .replace(/}/g, ' }')
    : JSON.stringify(rec),
);

function agree(text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  const accepted = scanner.scan(bytes, 0, bytes.length);
  const ok = general.encodeObject(JSON.parse(text));
  if (!accepted) return false;
  expect(ok).toBe(true);
  expect(Array.from(fast.state)).toEqual(Array.from(general.state));
  expect(fast.facts).toEqual(general.facts);
  expect([fast.id, fast.label, fast.labelRaw, fast.needsScan]).toEqual([
    general.id,
    general.label,
    general.labelRaw,
    general.needsScan,
  ]);
  return true;
}

describe('JSONL byte scanner', () => {
  it('when the scanner accepts a record then it encodes exactly what JSON.parse and encodeObject give', () => {
    let accepted = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        if (agree(text)) accepted++;
      }),
      { numRuns: 3000 },
    );
    // The property must not hold only because the scanner refuses everything.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('when a record in the usual key order is changed by one byte then the scanner, primed on that order, still agrees', () => {
    // The scanner compares the key it expects in place: a key one byte longer or shorter, a
    // value with a letter more, a space before a colon must all be read as JSON.parse reads them.
    const base = jsonl(records(20), false).trim().split('\n');
    const edit = fc.record({
      line: fc.nat(base.length - 1),
      at: fc.nat(2000),
      cut: fc.integer({ min: 0, max: 2 }),
      put: fc.constantFrom('', 'x', 's', '"', ' ', '\\', ':', ',', 'é', '0', 'e', 'n'),
    });
    let accepted = 0;
    fc.assert(
      fc.property(edit, ({ line, at, cut, put }) => {
        const text = base[line]!;
        const i = at % text.length;
        agree(base[(line + 1) % base.length]!); // keeps the expected order primed
        const changed = text.slice(0, i) + put + text.slice(i + cut);
        try {
          JSON.parse(changed);
        } catch {
          const bytes = Buffer.from(changed, 'utf8');
          expect(scanner.scan(bytes, 0, bytes.length)).toBe(false);
          return;
        }
        if (agree(changed)) accepted++;
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it.each([
    ['an escape in a string', '{"id":"a\\u0062","answers":{}}'],
    ['a repeated top-level key', '{"id":"a","answers":{"nhrck16.act.recruitment":"yes"},"answers":{}}'],
    ['an unknown key', '{"id":"a","notes":"x"}'],
    ['a nested list', '{"id":"a","answers":[]}'],
    ['text after the record', '{"id":"a"} x'],
    ['no id', '{"answers":{}}'],
    ['a byte-order mark', '\uFEFF{"id":"a"}'],
    ['non-ASCII text', '{"id":"가"}'],
  ])('when a record has %s then the scanner leaves it to the general path', (_what, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(scanner.scan(bytes, 0, bytes.length)).toBe(false);
  });

  it('when a repeated key would make JSON.parse keep the last value then the result still agrees', () => {
    const text = '{"id":"a","answers":{"nhrck16.act.recruitment":"yes","nhrck16.act.recruitment":"no"}}';
    expect(agree(text)).toBe(true);
    expect(fast.state[compiled.indicatorIndex.get('nhrck16.act.recruitment')!]).toBe(1);
  });
});
