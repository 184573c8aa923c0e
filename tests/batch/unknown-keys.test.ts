import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkScorer, type ScorerConfig } from '../../src/batch/scorer.js';
import { EMPTY_MAPPING } from '../../src/batch/mapping.js';
import { compiled, records, set } from './records.js';

// A record good but for top-level keys the set does not know is reported by the byte scanner
// without reading the record again: what it reports (problems, identifying-data findings, rows
// of the other records, counts) must be what the general path (JSON.parse, explain) reports.

const config = (mapping: ScorerConfig['mapping']): ScorerConfig => ({
  set,
  inFormat: 'jsonl',
  outFormat: 'jsonl',
  header: undefined,
  mapping,
  label: undefined,
  by: undefined,
  guard: true,
  strict: false,
});
const fast = new ChunkScorer(config(EMPTY_MAPPING), compiled);
// A mapping that changes nothing the records hold, but turns the byte scanner off.
const general = new ChunkScorer(config({ ...EMPTY_MAPPING, ignore: ['zz-no-such-column'] }), compiled);

const base = records(30).map((r) => JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers }));
const key = fc.constantFrom(
  'act_1',
  'wave',
  'status',
  'nhrck16.act.recruitmnet',
  'age_years',
  '1',
  '007',
  '__proto__',
  'phone',
  'name',
  'Passport No',
  '010-1234-5678',
  'answers2',
);
const value = fc.constantFrom<unknown>(
  'yes',
  'no',
  1,
  1.5,
  null,
  true,
  'x',
  '010-2345-6789',
  'met Maria Santos',
  {
    a: 1,
  },
);
const place = fc.constantFrom('first' as const, 'last' as const, 'answers' as const);
const extra = fc.array(fc.tuple(key, value, place), { minLength: 1, maxLength: 4 });
type Place = 'first' | 'last' | 'answers';

/**
 * The record with each extra key put first, last or first among the answers, as text (repeats
 * kept, as a file may have them).
 */
function withExtras(line: string, extras: [string, unknown, Place][]): string {
  let text = line;
  for (const [k, v, where] of extras) {
    const pair = `${JSON.stringify(k)}:${JSON.stringify(v)}`;
    if (where === 'first') text = `{${pair},${text.slice(1)}`;
    else if (where === 'last') text = `${text.slice(0, -1)},${pair}}`;
    else {
      const at = text.indexOf('"answers":{') + 11;
      text = `${text.slice(0, at)}${pair}${text[at] === '}' ? '' : ','}${text.slice(at)}`;
    }
  }
  return text;
}

describe('records with keys the set does not know', () => {
  it('when any record carries unknown top-level keys then the byte scanner reports what the general path does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.option(extra)), { maxLength: 12 }),
        (picks) => {
          const chunk = Buffer.from(
            picks.map(([i, e]) => (e ? withExtras(base[i]!, e) : base[i]!)).join('\n') + '\n',
          );
          const a = fast.score(chunk, false);
          const b = general.score(chunk, false);
          expect(Buffer.from(a.output).toString()).toBe(Buffer.from(b.output).toString());
          expect(a.bad).toEqual(b.bad);
          expect(a.pii).toEqual(b.pii);
          expect(a.summary).toEqual(b.summary);
          expect([a.stop, a.stopLine, a.lines]).toEqual([b.stop, b.stopLine, b.lines]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('when a record has one unknown key then its problem names the key, says it is unknown, and suggests a near id', () => {
    const line = withExtras(base[0]!, [['nhrck16.act.recruitmnet', 'yes', 'last']]);
    const r = fast.score(Buffer.from(`${line}\n`), false);
    expect(r.bad).toHaveLength(1);
    expect(r.bad[0]!.problems).toEqual([
      expect.objectContaining({
        path: 'nhrck16.act.recruitmnet',
        unknownKey: true,
        message: expect.stringContaining('did you mean "nhrck16.act.recruitment"'),
      }),
    ]);
  });
});
