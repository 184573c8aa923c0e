/**
 * Deterministic synthetic screening records, for the benchmark and the example data set. Each
 * record has a hidden true status (about one in four a victim); victims answer indicators yes
 * more often. Answers are left out, unknown or declined at realistic rates, so that every
 * outcome and the open-question logic are exercised. No record describes a real person.
 */
import type { IndicatorSet } from '../../src/core/schema.js';

/** Mulberry32: small, fast and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticRecord {
  id: string;
  facts: Record<string, string | number>;
  answers: Record<string, string>;
  /** The hidden status, as a researcher's reference label would record it. */
  status: 'victim' | 'non-victim';
}

const SECTORS = [
  'sex-industry',
  'entertainment',
  'fishing',
  'agriculture',
  'domestic',
  'manufacturing',
  'service',
  'online',
  'other',
];

export function syntheticRecords(set: IndicatorSet, seed: number): (n: number) => SyntheticRecord {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ids = set.indicators.map((i) => i.id);
  const facts = new Set(set.facts.map((f) => f.id));
  return (n) => {
    const victim = rnd() < 0.25;
    const pYes = victim ? 0.35 : 0.05;
    const answers: Record<string, string> = {};
    for (const id of ids) {
      const r = rnd();
      if (r < 0.15) continue; // not asked
      if (r < 0.27) answers[id] = 'unknown';
      else if (r < 0.3) answers[id] = 'declined';
      else answers[id] = rnd() < pYes ? 'yes' : 'no';
    }
    const f: Record<string, string | number> = {};
    const put = (id: string, v: string | number) => {
      if (facts.has(id)) f[id] = v;
    };
    if (rnd() < 0.9) put('age', 14 + Math.floor(rnd() * 50));
    else put('apparentMinor', pick(['yes', 'no', 'unknown']));
    put('disability', rnd() < 0.05 ? 'yes' : rnd() < 0.8 ? 'no' : 'unknown');
    put('foreignNational', rnd() < 0.6 ? 'yes' : 'no');
    put('sector', pick(SECTORS));
    // A reference label is sometimes wrong or missing, as real ones are.
    const noisy = rnd() < 0.05 ? !victim : victim;
    return {
      id: `syn-${String(n).padStart(7, '0')}`,
      facts: f,
      answers,
      status: noisy ? 'victim' : 'non-victim',
    };
  };
}

/**
 * Records as a form export gives them: every indicator and every fact present, in the set's
 * order, every answer "yes", "no", "unknown" or "declined" (nothing left out). About one in four
 * is a hidden victim, who answers yes more often. Facts take a value of their type (a number in
 * range, yes/no/unknown, one of the options).
 */
export function completeRecords(set: IndicatorSet, seed: number): (n: number) => SyntheticRecord {
  const rnd = prng(seed);
  const ids = set.indicators.map((i) => i.id);
  const fact = (f: IndicatorSet['facts'][number]): string | number => {
    if (f.type === 'number') {
      const min = Math.max(f.min ?? 0, 14);
      return min + Math.floor(rnd() * (Math.min(f.max ?? 120, 70) - min));
    }
    if (f.type === 'choice' && f.options) return f.options[Math.floor(rnd() * f.options.length)]!.id;
    const r = rnd();
    return r < 0.3 ? 'yes' : r < 0.85 ? 'no' : 'unknown';
  };
  return (n) => {
    const victim = rnd() < 0.25;
    const pYes = victim ? 0.35 : 0.05;
    const facts: Record<string, string | number> = {};
    for (const f of set.facts) facts[f.id] = fact(f);
    const answers: Record<string, string> = {};
    for (const id of ids) {
      const r = rnd();
      answers[id] = r < 0.12 ? 'unknown' : r < 0.15 ? 'declined' : rnd() < pYes ? 'yes' : 'no';
    }
    const noisy = rnd() < 0.05 ? !victim : victim;
    return {
      id: `syn-${String(n).padStart(7, '0')}`,
      facts,
      answers,
      status: noisy ? 'victim' : 'non-victim',
    };
  };
}
