import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metrics, wilson } from '../../src/report/stats.js';
import { runCli, testdir } from '../helpers/cli.js';

describe('Wilson score interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 3 (Wilson score).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('when %i of %i then the 95%% interval is %f to %f as published', (x, n, low, high) => {
    const w = wilson(x, n)!;
    expect(w.value).toBeCloseTo(x / n, 10);
    expect(w.low).toBeCloseTo(low, 4);
    expect(w.high).toBeCloseTo(high, 4);
  });

  it('when there are no trials then there is no estimate', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(metrics({ tp: 0, fp: 0, fn: 3, tn: 4 }).ppv).toBeNull();
  });

  it('when all trials succeed then the interval still reaches below 1 and stops at 1', () => {
    const w = wilson(10, 10)!;
    expect(w.high).toBe(1);
    expect(w.low).toBeCloseTo(0.7225, 4);
  });
});

// Records built to land on known outcomes: an act, a means, a high and two plausible purpose
// items answered yes gives "victim likely"; everything answered no gives "no indicators".
const LIKELY = 'yes,yes,yes,yes,yes';
const NONE = 'no,no,no,no,no';
const header =
  'id,nhrck16.act.recruitment,nhrck16.means.force-coercion,nhrck16.purpose.forced-sex,nhrck16.purpose.excessive-hours,nhrck16.purpose.fines-deductions,truth\n';

function dataset(): string {
  const rows: string[] = [];
  let n = 0;
  const add = (count: number, answers: string, label: string) => {
    for (let k = 0; k < count; k++) rows.push(`r${++n},${answers},${label}`);
  };
  add(6, LIKELY, 'victim'); // TP
  add(2, LIKELY, 'non-victim'); // FP
  add(3, NONE, '1'); // FN (1 = victim)
  add(9, NONE, '0'); // TN (0 = labelled non-victim)
  add(1, NONE, 'unknown'); // unlabelled: left out
  return header + rows.join('\n') + '\n';
}

describe('validation against a reference label', () => {
  it('when records carry a label then the confusion matrix and the four measures match the hand-computed figures', async () => {
    const dir = testdir({ 'in.csv': dataset() });
    const r = await runCli([
      'batch',
      join(dir, 'in.csv'),
      '--label',
      'truth',
      '--out',
      join(dir, 'out.jsonl'),
      '--summary',
      join(dir, 's.json'),
    ]);
    expect(r.code).toBe(0);
    const s = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      validation: Record<string, unknown>;
    };
    const v = s.validation;
    expect(v.matrix).toEqual({ tp: 6, fp: 2, fn: 3, tn: 9 });
    expect(v.labelled).toBe(20);
    expect(v.unlabelled).toBe(1);
    // Hand-computed with z = 1.96: centre = (p + z²/2n) / (1 + z²/n),
    // half-width = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²).
    const expected = {
      sensitivity: [6, 9, 0.3542, 0.8794], // 6/9 = 0.667
      specificity: [9, 11, 0.523, 0.9486], // 9/11 = 0.818
      ppv: [6, 8, 0.4093, 0.9285], // 6/8 = 0.75
      npv: [9, 12, 0.4677, 0.911], // 9/12 = 0.75
    } as const;
    for (const [name, [x, n, low, high]] of Object.entries(expected)) {
      const m = v[name] as { value: number; low: number; high: number; x: number; n: number };
      expect([m.x, m.n]).toEqual([x, n]);
      expect(m.value).toBeCloseTo(x / n, 6);
      expect(Math.abs(m.low - low)).toBeLessThan(5e-4);
      expect(Math.abs(m.high - high)).toBeLessThan(5e-4);
    }
    expect(r.stderr).toContain('Sensitivity  66.7% (95% CI 35.4%–87.9%; 6/9)');
    expect(r.stderr).toContain('Specificity  81.8% (95% CI 52.3%–94.9%; 9/11)');
  });
});
