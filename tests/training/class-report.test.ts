import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassReport } from '../../src/report/class-report.js';
import { readResults } from '../../src/io/result-file.js';
import { writePrivateFile } from '../../src/io/private-file.js';
import { runCli, testdir } from '../helpers/cli.js';
import { resultFor } from './fixtures.js';

/**
 * Three saved results, hand-checked:
 *  A debt-bondage scenario: other-control no, forced-sex unknown  -> outcome possible (wrong)
 *  B debt-bondage scenario: forced-sex no                         -> victim likely (right)
 *  C E-6-2 club scenario:   forced-sex declined, documents-taken no -> victim likely (right)
 * The expert coded forced-sex yes in all three (missed 3 of 3), other-control yes in all three
 * (missed in A only: 1 of 3), documents-taken yes only in C (missed: 1 of 1), debt-bondage yes in
 * A and B (never missed: 0 of 2).
 */
function classFiles(): { dir: string; files: string[] } {
  const results = {
    'a.json': resultFor('domestic-debt-bondage-advance', {
      'nhrck16.means.other-control': 'no',
      'nhrck16.purpose.forced-sex': 'unknown',
    }),
    'b.json': resultFor('domestic-debt-bondage-advance', { 'nhrck16.purpose.forced-sex': 'no' }),
    'c.json': resultFor('e62-club-passports-held', {
      'nhrck16.purpose.forced-sex': 'declined',
      'nhrck16.purpose.documents-taken': 'no',
    }),
  };
  const dir = testdir(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, JSON.stringify(v)])));
  return { dir, files: Object.keys(results).map((f) => join(dir, f)) };
}

describe('train report: a class of results', () => {
  it('when three results are aggregated then the miss rates per indicator are the hand-computed ones', async () => {
    const { files } = classFiles();
    const r = await runCli(['train', 'report', ...files, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ClassReport;
    const rate = (id: string) => {
      const row = report.indicators.find((i) => i.id === id);
      return row && [row.expertYes, row.missed, row.missRate];
    };
    expect(rate('nhrck16.purpose.forced-sex')).toEqual([3, 3, 1]);
    expect(rate('nhrck16.means.other-control')).toEqual([3, 1, 1 / 3]);
    expect(rate('nhrck16.purpose.documents-taken')).toEqual([1, 1, 1]);
    expect(rate('nhrck16.purpose.debt-bondage')).toEqual([2, 0, 0]);
    expect(rate('nhrck16.act.recruitment')).toEqual([3, 0, 0]);
    // The expert never coded these yes, so they have no miss rate.
    expect(rate('nhrck16.purpose.organ-removal')).toBeUndefined();
    expect(rate('nhrck16.means.force-coercion')).toEqual([1, 0, 0]);
  });

  it('when three results are aggregated then accuracy, scores and the most common wrong outcome are right', async () => {
    const { files } = classFiles();
    const report = JSON.parse((await runCli(['train', 'report', ...files, '--json'])).stdout) as ClassReport;
    expect(report.results).toBe(3);
    const debt = report.scenarios.find((s) => s.id === 'domestic-debt-bondage-advance')!;
    const club = report.scenarios.find((s) => s.id === 'e62-club-passports-held')!;
    expect([debt.results, debt.outcomeCorrect, debt.accuracy]).toEqual([2, 1, 0.5]);
    expect([club.results, club.outcomeCorrect, club.accuracy]).toEqual([1, 1, 1]);
    // A: 60 x 3/5 + 30 + 0 = 66; B: 60 x 4/5 + 30 + 10 = 88; C: 60 x 4/6 + 30 + 10 = 80.
    expect(debt.meanScore).toBe(77);
    expect(club.meanScore).toBe(80);
    expect(report.meanScore).toBe(78);
    expect(debt.mostCommonWrongOutcome).toEqual({ outcome: 'possible', count: 1 });
    expect(club.mostCommonWrongOutcome).toBeNull();
    expect(report.mostCommonWrongOutcome).toEqual({ outcome: 'possible', count: 1 });
  });

  it('when --markdown is given then a table is written next to the terminal table', async () => {
    const { dir, files } = classFiles();
    const md = join(dir, 'class.md');
    const r = await runCli(['train', 'report', ...files, '--markdown', md]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nhrck16\.purpose\.forced-sex\s+3\s+3\s+100%/);
    expect(r.stdout).toMatch(/domestic-debt-bondage-advance .*\s+2\s+50% \(1\/2\)\s+77\s+possible \(1\)/);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('| nhrck16.means.other-control | 3 | 1 | 33% |');
    expect(text).toContain('| Scenario | Results | Outcome accuracy | Mean score | Most common wrong |');
    expect(statSync(md).mode & 0o777).toBe(0o600);
  });

  it('when a result file is not a training result then the problem is reported at file:line:col', async () => {
    const dir = testdir({ 'notes.json': '{\n  "format": "something-else"\n}\n' });
    const r = await runCli(['train', 'report', join(dir, 'notes.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'notes.json')}:2:13: not a training result`);
  });

  it('when a result is saved then it is private to its owner and holds no name', () => {
    const dir = testdir({});
    const file = join(dir, 'result.json');
    const result = resultFor('control-labour-dispute', {});
    writePrivateFile(file, JSON.stringify(result));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [back] = readResults([file]);
    expect(Object.keys(back!).sort()).toEqual(
      [
        'decisive',
        'durationSeconds',
        'expert',
        'finishedEarly',
        'format',
        'language',
        'outcomes',
        'scenario',
        'score',
        'timestamp',
        'trainee',
        'version',
      ].sort(),
    );
    expect(back!.score.total).toBe(100);
    expect(back!.timestamp).toBe('2026-11-02T09:10:00.000Z');
  });
});
