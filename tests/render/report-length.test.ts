/**
 * The short terminal report of a typical case of each outcome fits 60 lines at 80 columns, in
 * Korean and English; the full one is behind --details. The cases are golden cases as a screener
 * meets them: a child in commercial sex and a fishing crew (victim likely), an adult with one sign
 * of purpose (possible), a person who declined every question (insufficient information) and one
 * who answered no to all (no indicators). Measured at the time of writing, en/ko: 55/50, 53/50,
 * 56/53, 60/56 and 35/33 lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli, testdir } from '../helpers/cli.js';

const GOLDEN = join(import.meta.dirname, '../golden');
const TYPICAL: [outcome: string, file: string][] = [
  ['victim-likely', '01-child-16-sexual-exploitation.yaml'],
  ['victim-likely', '07-fishing-crew.yaml'],
  ['possible', '02-adult-30-same-answers.yaml'],
  ['insufficient-information', '14-all-declined.yaml'],
  ['no-indicators', '15-all-no.yaml'],
];

async function lines(
  file: string,
  lang: string,
  details: boolean,
): Promise<{ outcome: string; count: number }> {
  const golden = parse(readFileSync(join(GOLDEN, file), 'utf8')) as { answers: unknown };
  const dir = testdir({ 'answers.yaml': stringify(golden.answers) });
  const answers = join(dir, 'answers.yaml');
  const json = await runCli(['score', answers, '--json']);
  const text = await runCli(['score', answers, '--lang', lang, ...(details ? ['--details'] : [])], {
    columns: 80,
  });
  expect(text.code, text.stderr).toBe(0);
  return {
    outcome: (JSON.parse(json.stdout) as { outcome: string }).outcome,
    count: text.stdout.trimEnd().split('\n').length,
  };
}

describe('the length of the short report', () => {
  for (const [outcome, file] of TYPICAL)
    for (const lang of ['en', 'ko'])
      it(`when ${file} (${outcome}) is scored in ${lang} then the report fits 60 lines and the full one is longer`, async () => {
        const short = await lines(file, lang, false);
        expect(short.outcome).toBe(outcome);
        expect(short.count).toBeLessThanOrEqual(60);
        const full = await lines(file, lang, true);
        expect(full.count).toBeGreaterThan(short.count);
      });

  it('when the typical cases are listed then every outcome has one', () => {
    expect(new Set(TYPICAL.map(([o]) => o))).toEqual(
      new Set(['victim-likely', 'possible', 'insufficient-information', 'no-indicators']),
    );
  });
});
