import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, outcomeRank, type ScreeningInput } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';

const { set, compiled } = loadSet('nhrck-2016');
const ids = set.indicators.map((i) => i.id);
const answerArb = fc.constantFrom('yes', 'no', 'unknown', 'declined', undefined);

const inputArb: fc.Arbitrary<ScreeningInput> = fc.record({
  facts: fc.record({
    age: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant('unknown')),
    apparentMinor: fc.constantFrom('yes', 'no', 'unknown'),
    disability: fc.constantFrom('yes', 'no', 'unknown', 'declined'),
    foreignNational: fc.constantFrom('yes', 'no', 'unknown'),
    sector: fc.constantFrom('sex-industry', 'fishing', 'agriculture', 'domestic', 'online', 'unknown'),
  }),
  answers: fc.tuple(...ids.map(() => answerArb)).map((values) => {
    const answers: Record<string, 'yes' | 'no' | 'unknown' | 'declined'> = {};
    values.forEach((v, i) => {
      if (v !== undefined) answers[ids[i]!] = v;
    });
    return answers;
  }),
});

describe('engine properties (nhrck-2016)', () => {
  it('when an open answer turns into yes then the outcome never goes down', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const open = ids.filter((id) => input.answers?.[id] !== 'yes' && input.answers?.[id] !== 'no');
        fc.pre(open.length > 0);
        const id = open[pick % open.length]!;
        const before = assess(compiled, input).outcome;
        const after = assess(compiled, { ...input, answers: { ...input.answers, [id]: 'yes' } }).outcome;
        expect(outcomeRank(after)).toBeGreaterThanOrEqual(outcomeRank(before));
      }),
      { numRuns: 400 },
    );
  });

  it('when the outcome is victim-likely then every reason cites only indicators answered yes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = assess(compiled, input);
        fc.pre(a.outcome === 'victim-likely');
        const yes = new Set(ids.filter((id) => input.answers?.[id] === 'yes'));
        for (const r of a.reasons) for (const id of r.indicators) expect(yes.has(id)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('when an answer is declined instead of unknown then the outcome is the same', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const asUnknown = Object.fromEntries(
          Object.entries(input.answers ?? {}).map(([k, v]) => [k, v === 'declined' ? 'unknown' : v]),
        ) as ScreeningInput['answers'];
        expect(assess(compiled, input).outcome).toBe(
          assess(compiled, { ...input, answers: asUnknown }).outcome,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('when any indicator is answered yes then the outcome is at least possible', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(Object.values(input.answers ?? {}).includes('yes'));
        expect(outcomeRank(assess(compiled, input).outcome)).toBeGreaterThanOrEqual(outcomeRank('possible'));
      }),
      { numRuns: 300 },
    );
  });

  it('when an open question is answered yes then the outcome becomes what it promised', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = assess(compiled, input);
        for (const q of a.openQuestions.filter((x) => x.kind === 'indicator' && x.raisesTo)) {
          const after = assess(compiled, { ...input, answers: { ...input.answers, [q.id]: 'yes' } });
          expect(after.outcome).toBe(q.raisesTo);
        }
      }),
      { numRuns: 150 },
    );
  });
});
