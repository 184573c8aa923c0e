import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeRank } from '../../src/core/engine.js';
import type { AnswerValue } from '../../src/core/schema.js';
import { assessFrameworks } from '../../src/frameworks/assess.js';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';

const cw = loadCrosswalk();
const ALL = ['nhrck-2016', 'kr-2023', 'palermo'];
const questions = cw.primary.set.indicators.map((i) => i.id);
const answer = fc.constantFrom<AnswerValue | undefined>('yes', 'no', 'unknown', 'declined', undefined);
const interview = fc.record({
  answers: fc.tuple(...questions.map(() => answer)),
  age: fc.option(fc.integer({ min: 10, max: 40 }), { nil: undefined }),
  disability: fc.constantFrom('yes', 'no', undefined),
  apparentMinor: fc.constantFrom('yes', 'no', undefined),
});
interface Interview {
  answers: (AnswerValue | undefined)[];
  age: number | undefined;
  disability: string | undefined;
  apparentMinor: string | undefined;
}
const toInput = (x: Interview) => ({
  facts: { age: x.age, disability: x.disability, apparentMinor: x.apparentMinor },
  answers: Object.fromEntries(questions.map((q, k) => [q, x.answers[k]])),
});

describe('several frameworks, properties', () => {
  it('when an answer of no becomes declined or unknown then no framework outcome goes down', () => {
    fc.assert(
      fc.property(interview, fc.nat(), fc.constantFrom<AnswerValue>('declined', 'unknown'), (x, pick, to) => {
        const { facts, answers } = toInput(x);
        const noes = questions.filter((q) => answers[q] === 'no');
        fc.pre(noes.length > 0);
        const q = noes[pick % noes.length]!;
        const before = assessFrameworks(ALL, facts, answers, cw).results;
        const after = assessFrameworks(ALL, facts, { ...answers, [q]: to }, cw).results;
        before.forEach((b, k) =>
          expect(outcomeRank(after[k]!.assessment.outcome)).toBeGreaterThanOrEqual(
            outcomeRank(b.assessment.outcome),
          ),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('when outcomes differ then that pair, and only that pair, is listed with at least one reason', () => {
    fc.assert(
      fc.property(interview, (x) => {
        const { facts, answers } = toInput(x);
        const fa = assessFrameworks(ALL, facts, answers, cw);
        const differing = [];
        for (let i = 0; i < 3; i++)
          for (let j = i + 1; j < 3; j++)
            if (fa.results[i]!.assessment.outcome !== fa.results[j]!.assessment.outcome)
              differing.push([ALL[i], ALL[j]]);
        expect(fa.disagreements.map((d) => d.frameworks)).toEqual(differing);
        for (const d of fa.disagreements) expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('when a derived item is yes then an interview question mapped to it was answered yes', () => {
    fc.assert(
      fc.property(interview, (x) => {
        const { facts, answers } = toInput(x);
        for (const r of assessFrameworks(ALL, facts, answers, cw).results)
          for (const [item, value] of Object.entries(r.answers)) {
            if (value !== 'yes') continue;
            expect(r.evidence[item]!.length).toBeGreaterThan(0);
            for (const q of r.evidence[item]!) expect(answers[q]).toBe('yes');
          }
      }),
      { numRuns: 150 },
    );
  });
});
