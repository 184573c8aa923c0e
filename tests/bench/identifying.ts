/**
 * `npm run bench:identifying`: how long the identifying-data guard takes on hostile fields
 * (100,000 'a's, 400 KB of digits, dots and @, long runs of Hangul), each at two sizes. Linear
 * time shows as a ratio near the size ratio (8); a backtracking pattern shows as its square.
 */
import { performance } from 'node:perf_hooks';
import { DETECTORS } from '../../src/guard/patterns.js';
import { findIdentifying } from '../../src/guard/find.js';
import { findNames } from '../../src/guard/names.js';

export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'a…': (n) => 'a'.repeat(n),
  digits: (n) => '0123456789'.repeat(n / 10),
  'digits, dots, @': (n) => '1.2@3-4 5.'.repeat(n / 10),
  'a@a.': (n) => 'a@a.'.repeat(n / 4),
  'x at y dot': (n) => 'x at y dot '.repeat(n / 11),
  Hangul: (n) => '김민지가'.repeat(n / 4),
  'Hangul words': (n) => '서울시 강남구 '.repeat(n / 8),
  'Capitalised words': (n) => 'Maria Santos '.repeat(n / 13),
  '+ and digits': (n) => '+1 2 '.repeat(n / 5),
};

/** Best of three runs, in milliseconds. */
export function bestTime(f: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Milliseconds for the whole guard and for its slowest single detector, at one size. */
export function measure(text: string): { all: number; slowest: number; slowestName: string } {
  const all = bestTime(() => findIdentifying(text));
  let slowest = 0;
  let slowestName = '';
  DETECTORS.forEach((d, i) => {
    const ms = bestTime(() => {
      for (const m of text.matchAll(d.re)) if (d.accept) d.accept(m, text);
    });
    if (ms > slowest) [slowest, slowestName] = [ms, `${d.kind} #${i}`];
  });
  const names = bestTime(() => findNames(text));
  if (names > slowest) [slowest, slowestName] = [names, 'names'];
  return { all, slowest, slowestName };
}

function main(): void {
  const small = 50_000;
  const large = 400_000;
  console.log(
    `input               ${'50 KB ms'.padStart(9)} ${'400 KB ms'.padStart(10)} ratio  slowest detector`,
  );
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const a = measure(make(small));
    const b = measure(make(large));
    console.log(
      `${name.padEnd(19)} ${a.all.toFixed(1).padStart(9)} ${b.all.toFixed(1).padStart(10)} ${(b.all / a.all).toFixed(1).padStart(5)}  ${b.slowestName} (${b.slowest.toFixed(1)} ms)`,
    );
  }
  const hundredK = bestTime(() => findIdentifying('a'.repeat(100_000)));
  console.log(`100,000 'a': ${hundredK.toFixed(1)} ms`);
}

if (process.argv[1]?.endsWith('identifying.js') || process.argv[1]?.endsWith('identifying.ts')) main();
