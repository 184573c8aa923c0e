import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli, testdir } from '../helpers/cli.js';

const golden = (name: string) =>
  (
    parse(readFileSync(join(import.meta.dirname, '../golden-frameworks', name), 'utf8')) as {
      answers: object;
    }
  ).answers;
const age18 = golden('01-age-18-child-under-korean-law.yaml');
const ALL = 'nhrck-2016,kr-2023,palermo';

interface Out {
  frameworks: { set: { id: string }; outcome: string; waiverReason: string | null }[];
  disagreements: {
    frameworks: string[];
    outcomes: string[];
    reasons: { code: string; waivers?: (string | null)[]; facts?: string[]; text: string }[];
  }[];
}

describe('score --frameworks', () => {
  it('when the 18-year-old case is scored under all three then only Palermo requires means, and says why', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    const outcome = Object.fromEntries(out.frameworks.map((f) => [f.set.id, f.outcome]));
    expect(outcome).toEqual({
      'nhrck-2016': 'victim-likely',
      'kr-2023': 'victim-likely',
      palermo: 'possible',
    });

    const withPalermo = out.disagreements.filter((d) => d.frameworks.includes('palermo'));
    expect(withPalermo.map((d) => d.frameworks[0])).toEqual(['nhrck-2016', 'kr-2023']);
    for (const d of withPalermo) {
      const waiver = d.reasons.find((x) => x.code === 'waiver')!;
      expect(waiver.waivers).toEqual(['child', null]);
      expect(waiver.facts).toEqual(['age', 'ageAtExploitation']);
      // The child-age rule, 19 against 18, with the person's age.
      expect(waiver.text).toContain('age < 19');
      expect(waiver.text).toContain('age < 18');
      expect(waiver.text).toContain('age = 18');
    }
    // The two Korean sets agree, so that pair is not listed.
    expect(out.disagreements.some((d) => d.frameworks.join() === 'nhrck-2016,kr-2023')).toBe(false);
  });

  it('when the report is asked for in Korean then the disagreement is explained in Korean', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['--lang', 'ko', 'score', join(dir, 'a.yaml'), '--frameworks', ALL, '--json']);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.disagreements[0]!.reasons[0]!.text).toContain('나이 < 18');
  });

  it('when printed as text then the frameworks appear side by side with the disagreement section', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ +nhrck-2016 +kr-2023 +palermo$/m);
    expect(r.stdout).toMatch(/^Outcome +victim likely +victim likely +possible$/m);
    expect(r.stdout).toContain('Where the frameworks disagree and why');
    // The primary set's report follows; the others' only with --details.
    expect(r.stdout).toContain('== nhrck-2016 ');
    expect(r.stdout).not.toContain('== palermo ');
    expect(r.stdout).toContain('--details');
    const full = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL, '--details']);
    expect(full.stdout).toContain('== palermo ');
    expect(full.stdout).toContain('== kr-2023 ');
  });

  it('when Markdown is asked for then one case file holds the comparison and each assessment', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('|  | nhrck-2016 | kr-2023 | palermo |');
    expect(r.stdout.match(/^# Trafficking screening record$/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/^## Assessment: /m);
    // The other frameworks' assessments, each under its set's title; the questions are asked once.
    expect(
      r.stdout.match(/^## .*: (victim likely|possible|insufficient information|no indicators identified)$/gm),
    ).toHaveLength(3);
    expect(r.stdout.match(/^## Questions and answers$/gm)).toHaveLength(1);
  });

  it('when the answers file names the frameworks then they are used without the option', async () => {
    const dir = testdir({ 'a.yaml': stringify({ frameworks: ['kr-2023', 'palermo'], ...age18 }) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.frameworks.map((f) => f.set.id)).toEqual(['kr-2023', 'palermo']);
  });

  it('when --frameworks is not given then the single-set report is unchanged', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.frameworks).toBeUndefined();
    expect((out.set as { id: string }).id).toBe('nhrck-2016');
    expect(out.outcome).toBe('victim-likely');
  });

  it('when both --set and --frameworks are given then it is a usage error', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL, '--set', 'palermo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('either --set or --frameworks');
  });

  it('when an unknown framework is named then it exits 2 listing the known ones', async () => {
    const dir = testdir({ 'a.yaml': stringify(age18) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', 'nhrck-2016,ilo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ilo" is not a framework');
    expect(r.stderr).toContain('nhrck-2016, kr-2023, palermo');
  });

  it('when a derived item is answered directly then the file is refused at that line, without echoing answers', async () => {
    const text = stringify({
      facts: { age: 30 },
      answers: { 'nhrck16.act.recruitment': 'yes', 'kr23.means.physical-control': 'yes' },
    });
    const dir = testdir({ 'a.yaml': text });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL]);
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('kr23.means.physical-control')) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`a\\.yaml:${line}:\\d+: "kr23\\.means\\.physical-control" is derived from`),
    );
    expect(r.stderr).toContain('nhrck16.purpose.documents-taken');
  });

  it('when a fact has a value no set allows then it is reported like a single-set file', async () => {
    const dir = testdir({ 'a.yaml': stringify({ facts: { age: 'old' }, answers: {} }) });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--frameworks', ALL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fact "age" must be a number');
  });
});
