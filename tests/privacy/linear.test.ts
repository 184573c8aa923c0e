/**
 * Every detector runs in time linear in its input. Structurally: no pattern has an unbounded
 * quantifier, so no start position can cost more than a fixed number of steps. And, loosely, on
 * hostile inputs eight times longer every detector takes far less than the 64 times a quadratic
 * pattern would (figures: npm run bench:identifying).
 */
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL, bestTime } from '../bench/identifying.js';
import { findIdentifying } from '../../src/guard/find.js';
import { findNames } from '../../src/guard/names.js';
import { DETECTORS } from '../../src/guard/patterns.js';

/** Quantifiers outside character classes that are not bounded: +, *, {n,}. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '+' || c === '*') found.push(`${c} at ${i}`);
    else if (c === '{' && /^\{[0-9]+,\}/.test(source.slice(i))) found.push(`{n,} at ${i}`);
  }
  return found;
}

describe('identifying-data guard: linear time', () => {
  it('the quantifier check finds unbounded quantifiers', () => {
    expect(unboundedQuantifiers('[a-z]+@x')).toEqual(['+ at 5']);
    expect(unboundedQuantifiers('a{2,}')).toEqual(['{n,} at 1']);
    expect(unboundedQuantifiers('[+*]{1,3}\\+')).toEqual([]);
  });

  it.each(DETECTORS.map((d, i) => [`${d.kind} #${i}`, d.re.source] as const))(
    'detector %s has only bounded quantifiers',
    (_name, source) => {
      expect(unboundedQuantifiers(source)).toEqual([]);
    },
  );

  /** Every detector on its own (no shortcut taken by the guard), and the name scanners. */
  const everyDetector = (text: string) => () => {
    for (const d of DETECTORS) for (const m of text.matchAll(d.re)) d.accept?.(m, text);
    findNames(text);
  };

  it.each(Object.keys(PATHOLOGICAL))(
    'when the field is %s then 8 times the size costs far less than 64 times the time',
    (name) => {
      const make = PATHOLOGICAL[name]!;
      const small = bestTime(everyDetector(make(25_000)));
      const large = bestTime(everyDetector(make(200_000)));
      // Loose on purpose: linear is about 8, quadratic 64; the floor keeps timer noise out.
      expect(large / Math.max(small, 2)).toBeLessThan(32);
    },
  );

  it("when the field is 100,000 'a's or 400 KB of digits, dots and @ then it is checked and nothing is found", () => {
    expect(findIdentifying('a'.repeat(100_000))).toEqual([]);
    expect(findIdentifying('9.@'.repeat(133_334)).length).toBe(0);
  });
});
