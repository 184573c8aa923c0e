/**
 * Properties the assessment keeps whatever the answers, for every shipped set: more evidence never
 * takes help away, a note that says the person is a victim never stands beside a lesser outcome,
 * what the person says about agreeing never changes the result, and the tier reading never lets
 * more serious evidence score lower.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSet, assess, outcomeRank, type ScreeningInput } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';

const SETS = ['nhrck-2016', 'kr-2023', 'palermo'] as const;
const answerArb = fc.constantFrom('yes', 'no', 'unknown', 'declined', undefined);

function inputArb(ids: string[]): fc.Arbitrary<ScreeningInput> {
  return fc.record({
    facts: fc.record({
      age: fc.oneof(
        fc.integer({ min: 0, max: 70 }),
        fc.constant('unknown'),
        fc
          .tuple(fc.integer({ min: 10, max: 40 }), fc.integer({ min: 0, max: 6 }))
          .map(([min, d]) => ({ min, max: min + d })),
      ),
      ageAtExploitation: fc.oneof(fc.integer({ min: 10, max: 40 }), fc.constant('unknown')),
      apparentMinor: fc.constantFrom('yes', 'no', 'unknown'),
      disability: fc.constantFrom('yes', 'no', 'unknown', 'declined'),
      foreignNational: fc.constantFrom('yes', 'no', 'unknown'),
      exploitedAbroad: fc.constantFrom('yes', 'no', 'unknown'),
      currentLocation: fc.constantFrom('in-korea', 'abroad', 'home-country', 'unknown'),
      saysAgreed: fc.constantFrom('yes', 'no', 'unknown'),
      sector: fc.constantFrom(
        'sex-industry',
        'entertainment',
        'fishing',
        'agriculture',
        'online',
        'other',
        'unknown',
      ),
    }),
    answers: fc.tuple(...ids.map(() => answerArb)).map((values) => {
      const answers: Record<string, 'yes' | 'no' | 'unknown' | 'declined'> = {};
      values.forEach((v, i) => {
        if (v !== undefined) answers[ids[i]!] = v;
      });
      return answers;
    }),
  });
}

const listed = (a: ReturnType<typeof assess>) => [
  ...a.legal.map((id) => `legal:${id}`),
  ...a.protection.map((id) => `protection:${id}`),
  ...a.referrals.map((id) => `referral:${id}`),
];

describe.each(SETS)('assessment consistency (%s)', (setId) => {
  const { set, compiled } = loadSet(setId);
  const ids = set.indicators.map((i) => i.id);
  const arb = inputArb(ids);
  // Facts a set does not declare are left out, as the score command would refuse them.
  const own = (input: ScreeningInput): ScreeningInput => ({
    answers: input.answers ?? {},
    facts: Object.fromEntries(
      Object.entries(input.facts ?? {}).filter(([k]) => set.facts.some((f) => f.id === k)),
    ),
  });

  it('when an unknown answer turns into yes then no note, action or referral already listed goes away', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (raw, pick) => {
        const input = own(raw);
        const open = ids.filter((id) => {
          const v = input.answers?.[id];
          return v === undefined || v === 'unknown';
        });
        fc.pre(open.length > 0);
        const id = open[pick % open.length]!;
        const before = listed(assess(compiled, input));
        const after = new Set(
          listed(assess(compiled, { ...input, answers: { ...input.answers, [id]: 'yes' } })),
        );
        for (const item of before) expect(after.has(item), `${id} = yes removed ${item}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('when a note says the person is a victim then the outcome is victim-likely, by its own condition', () => {
    // The engine holds such a note back beside a lesser outcome; here the set's own conditions are
    // checked, so that the guard never has to act.
    const unguarded = compileSet({ ...set, legal: set.legal.map((l) => ({ ...l, declaresVictim: false })) });
    const declaring = new Set(set.legal.filter((l) => l.declaresVictim).map((l) => l.id));
    fc.assert(
      fc.property(arb, (raw) => {
        const a = assess(unguarded, own(raw));
        if (a.legal.some((id) => declaring.has(id))) expect(a.outcome).toBe('victim-likely');
      }),
      { numRuns: 300 },
    );
  });

  it('when the person says they agreed then the outcome and elements are those of saying they did not', () => {
    fc.pre(set.facts.some((f) => f.id === 'saysAgreed'));
    fc.assert(
      fc.property(arb, (raw) => {
        const input = own(raw);
        const yes = assess(compiled, { ...input, facts: { ...input.facts, saysAgreed: 'yes' } });
        const no = assess(compiled, { ...input, facts: { ...input.facts, saysAgreed: 'no' } });
        expect(yes.outcome).toBe(no.outcome);
        expect(yes.elements.purpose.status).toBe(no.elements.purpose.status);
        expect(yes.elements.means.status).toBe(no.elements.means.status);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the tier reading (nhrck-2016)', () => {
  const { set, compiled } = loadSet('nhrck-2016');
  const purpose = set.indicators.filter((i) => i.element === 'purpose' && i.askWhen === undefined);
  const high = purpose.filter((i) => i.tier === 'high').map((i) => i.id);
  const plausible = purpose.filter((i) => i.tier === 'plausible').map((i) => i.id);

  it('when a plausibility answer is swapped for a high-probability one then purpose never goes down', () => {
    fc.assert(
      fc.property(
        fc.subarray(high, { minLength: 1 }),
        fc.subarray(plausible, { minLength: 1 }),
        fc.nat(),
        (h, p, pick) => {
          const unused = high.filter((id) => !h.includes(id));
          fc.pre(unused.length > 0);
          const rank = (yes: string[]) => {
            const answers = Object.fromEntries(
              [...high, ...plausible].map((id) => [id, yes.includes(id) ? 'yes' : 'no'] as const),
            );
            return assess(compiled, { facts: { age: 30 }, answers }).elements.purpose.status;
          };
          const before = rank([...h, ...p]);
          const swapped = [...h, unused[pick % unused.length]!, ...p.slice(1)];
          const after = rank(swapped);
          if (before === 'met') expect(after).toBe('met');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when the strict reading is chosen then high items no longer fill plausibility places', () => {
    const strict = compileSet({ ...set, tiers: { ...set.tiers, reading: 'strict' } });
    const answers = Object.fromEntries(
      [...high, ...plausible].map((id) => [
        id,
        high.slice(0, 4).includes(id) || id === plausible[0] ? ('yes' as const) : ('no' as const),
      ]),
    );
    const input: ScreeningInput = { facts: { age: 30, sector: 'manufacturing' }, answers };
    expect(assess(compiled, input).elements.purpose.status).toBe('met');
    expect(assess(strict, input).elements.purpose.status).toBe('not-met');
    expect(outcomeRank(assess(strict, input).outcome)).toBeLessThanOrEqual(
      outcomeRank(assess(compiled, input).outcome),
    );
  });
});
