import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check-input.js';
import { assess, encodeInput, newContext, run, type CompiledSet } from '../../src/core/engine.js';
import { openQuestionCounter } from '../../src/core/open-count.js';
import { RecordEncoder } from '../../src/batch/encode.js';
import { EMPTY_MAPPING } from '../../src/batch/mapping.js';
import { reasonCodes } from '../../src/batch/reasons.js';
import { RowMaker } from '../../src/batch/row.js';
import { loadSet } from '../../src/io/load-set.js';

// The batch fast path (encoder, open-question counter, reason codes) must say exactly what the
// full assessment says, on any input: these properties hold them together.

const nhrck = loadSet('nhrck-2016');
const mini = loadSet('tests/fixtures/mini-set.yaml', process.cwd());
const odd = loadSet('tests/batch/fixtures/odd-rules.yaml', process.cwd());

const answerArb = fc.constantFrom('yes', 'no', 'unknown', 'declined', undefined);

function inputArb(cs: CompiledSet) {
  const ids = cs.set.indicators.map((i) => i.id);
  const factArbs: Record<string, fc.Arbitrary<string | number>> = {};
  for (const f of cs.set.facts) {
    const base =
      f.type === 'number'
        ? fc.integer({ min: f.min ?? 0, max: f.max ?? 100 })
        : f.type === 'tristate'
          ? fc.constantFrom('yes', 'no')
          : fc.constantFrom(...(f.options ?? []).map((o) => o.id));
    factArbs[f.id] = fc.oneof(base, base, fc.constantFrom('unknown', 'declined'));
  }
  return fc.record({
    facts: fc.record(factArbs, { requiredKeys: [] }),
    answers: fc.tuple(...ids.map(() => answerArb)).map((values) => {
      const answers: Record<string, 'yes' | 'no' | 'unknown' | 'declined'> = {};
      values.forEach((v, i) => {
        if (v !== undefined) answers[ids[i]!] = v;
      });
      return answers;
    }),
  });
}

for (const [name, loaded] of [
  ['nhrck-2016', nhrck],
  ['mini', mini],
  ['odd rules', odd],
] as const) {
  const cs = loaded.compiled;
  const rows = new RowMaker(cs);
  const count = openQuestionCounter(cs);
  const enc = new RecordEncoder(cs, EMPTY_MAPPING, undefined);
  const ctx = newContext(enc.state, enc.facts);

  describe(`batch fast path (${name})`, () => {
    it('when a record is scored on the fast path then the open-question count equals assess()', () => {
      fc.assert(
        fc.property(inputArb(cs), (input) => {
          const { state, facts } = encodeInput(cs, input);
          const c = newContext(state, facts);
          const rank = run(cs, c);
          expect(count(c, rank)).toBe(assess(cs, input).openQuestions.length);
        }),
        { numRuns: 1500 },
      );
    });

    it('when a record is scored on the fast path then its reason codes and waiver equal those of assess()', () => {
      fc.assert(
        fc.property(inputArb(cs), (input) => {
          const { state, facts } = encodeInput(cs, input);
          const c = newContext(state, facts);
          const rank = run(cs, c);
          rows.describe(c, rank);
          const a = assess(cs, input);
          expect(rows.reasons).toEqual(reasonCodes(a, cs));
          expect(rows.waiver >= 0 ? cs.set.rules.waiver[rows.waiver]!.id : null).toBe(a.waiverReason);
        }),
        { numRuns: 800 },
      );
    });

    it('when a record is read by the batch encoder then it encodes what checkInput and encodeInput give', () => {
      fc.assert(
        fc.property(inputArb(cs), (input) => {
          expect(enc.encodeObject({ id: 'r1', ...input })).toBe(true);
          const checked = checkInput(cs.set, input.facts, input.answers);
          expect(checked.problems).toEqual([]);
          const expected = encodeInput(cs, checked.input);
          expect(Array.from(ctx.state)).toEqual(Array.from(expected.state));
          expect(ctx.facts).toEqual(expected.facts);
        }),
        { numRuns: 500 },
      );
    });
  });
}

describe('batch encoder on bad input', () => {
  const cs = nhrck.compiled;
  const enc = new RecordEncoder(cs, EMPTY_MAPPING, undefined);
  const junk = fc.oneof(
    fc.constantFrom('maybe', 'YES!', 7, -1, 500, true, 'sex industry', [], {}),
    fc.string({ maxLength: 6 }),
  );
  const keyArb = fc.constantFrom(
    ...cs.set.indicators.map((i) => i.id),
    ...cs.set.facts.map((f) => f.id),
    'nhrck16.act.recruitmnet',
    'other',
  );

  it('when the fast path refuses a record then explain() names at least one problem and quotes no value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(keyArb, fc.oneof(answerArb, junk), { maxKeys: 6 }),
        fc.dictionary(keyArb, fc.oneof(answerArb, junk), { maxKeys: 4 }),
        fc.boolean(),
        (answers, facts, withId) => {
          const rec = { ...(withId ? { id: 'x1' } : {}), facts, answers };
          const ok = enc.encodeObject(rec);
          const problems = enc.explain(rec);
          if (ok) return;
          expect(problems.length).toBeGreaterThan(0);
          for (const p of problems) expect(p.message).not.toMatch(/\(got /);
        },
      ),
      { numRuns: 800 },
    );
  });
});
