import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { describeSet } from '../../src/cli/commands/indicators.js';
import type { Report } from '../../src/report/report.js';
import { runCli, testdir } from '../helpers/cli.js';

type Listing = ReturnType<typeof describeSet>;

const EXAMPLES = join(import.meta.dirname, '../../indicators/examples');
const mini = readFileSync(join(import.meta.dirname, '../fixtures/mini-set.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const referral = (id: string, dating: string) => `    - id: '${id}'
      name: { ko: ${id} 기관, en: ${id} office }
      contact: '000-${id.length}'
      text: { ko: 상담, en: Counselling }
      priority: 20
${dating}
      confidence: single-source
`;

/** An overlay adding one referral for each way a date can be written, and one that was checked. */
const overlay = `extends: nhrck-2016
id: dated-referrals
version: '1'
add:
  referrals:
${referral('ref.year', "      sourceDate: '2009'")}
${referral('ref.month', "      sourceDate: '2024-03'")}
${referral('ref.day', "      sourceDate: '2024-03-18'")}
${referral('ref.checked', "      sourceDate: '2024-03-18'\n      verified: { on: '2026-01-10', method: by phone }")}
`;

const answers = JSON.stringify({
  facts: { age: 33, disability: 'no', foreignNational: 'yes', exploitedAbroad: 'no', sector: 'service' },
  answers: { 'nhrck16.act.recruitment': 'yes' },
});

async function scoreOverlay(format: string, lang: string): Promise<string> {
  const dir = testdir({ 'overlay.yaml': overlay, 'a.json': answers });
  const r = await runCli([
    'score',
    join(dir, 'a.json'),
    '--set',
    join(dir, 'overlay.yaml'),
    '--format',
    format,
    '--lang',
    lang,
    // The full report says what each date means; the short one gives the dates only.
    ...(format === 'text' ? ['--details'] : []),
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** Text reports wrap: continuation lines are joined back onto the line they continue. */
const unwrap = (out: string) => out.replace(/\n {4,}/g, ' ').split('\n');
/** The printed entry of the referral with this id (see referral() for its contact and name). */
const entry = (out: string, id: string) =>
  unwrap(out).find((l) => l.includes(`000-${id.length} ${id}`)) ?? '';

describe('referral dates', () => {
  it('when a set still uses verifiedOn then the error is at that key and says to use sourceDate', async () => {
    const text = `${mini.trimEnd()}
referrals:
  - id: 'mini.ref.one'
    name: { ko: 기관, en: Office }
    contact: '1234'
    text: { ko: 상담, en: Counselling }
    verifiedOn: '2009-01-01'
    confidence: single-source
`;
    const dir = testdir({ 'set.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    const line = lineOf(text, 'verifiedOn');
    expect(r.stderr).toMatch(
      new RegExp(
        `set\\.yaml:${line}:5: verifiedOn is no longer used: write sourceDate .*referrals\\.0\\.verifiedOn`,
      ),
    );
    expect(r.stderr).not.toContain('unknown key "verifiedOn"');
    // The rename is one problem, not also a missing sourceDate.
    expect(r.stderr).toContain('has 1 problem(s)');
  });

  it('when an overlay adds a referral with verifiedOn then it is refused the same way', async () => {
    const text = overlay.replace("      sourceDate: '2009'", "      verifiedOn: '2009-01-01'");
    const dir = testdir({ 'overlay.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'overlay.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `overlay\\.yaml:${lineOf(text, 'verifiedOn')}:7: verifiedOn is no longer used: write sourceDate`,
      ),
    );
    expect(r.stderr).toContain('add.referrals.0.verifiedOn');
  });

  it('when a sourceDate is not a year, month or day then the set is refused at that line', async () => {
    for (const [written, message] of [
      ["'2024-3'", 'sourceDate is written as precisely as the source is dated'],
      ["'2024-13-01'", 'sourceDate is written as precisely as the source is dated'],
      ['2009', 'sourceDate must be a quoted string'],
    ] as const) {
      const text = overlay.replace("sourceDate: '2009'", `sourceDate: ${written}`);
      const dir = testdir({ 'overlay.yaml': text });
      const r = await runCli(['indicators', 'validate', join(dir, 'overlay.yaml')]);
      expect(r.code, written).toBe(2);
      expect(r.stderr, written).toContain(`overlay.yaml:${lineOf(text, `sourceDate: ${written}`)}:`);
      expect(r.stderr, written).toContain(message);
    }
  });

  it('when a verified record has no method then it is refused', async () => {
    const text = overlay.replace(', method: by phone', '');
    const dir = testdir({ 'overlay.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'overlay.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('add.referrals.3.verified.method');
  });

  it('when referrals are printed in English then each precision is said as written, never as verified', async () => {
    const out = await scoreOverlay('text', 'en');
    expect(entry(out, 'ref.year')).toContain('[single source dated 2009, check before use]');
    expect(entry(out, 'ref.month')).toContain('[single source dated 2024-03, check before use]');
    expect(entry(out, 'ref.day')).toContain('[single source dated 2024-03-18, check before use]');
    for (const id of ['ref.year', 'ref.month', 'ref.day']) expect(entry(out, id)).not.toMatch(/verif/i);
    expect(entry(out, 'ref.checked')).toContain('[verified 2026-01-10 (by phone)]');
    expect(entry(out, 'ref.checked')).not.toContain('check before use');
  });

  it('when referrals are printed in Korean then each precision is said as written', async () => {
    const out = await scoreOverlay('text', 'ko');
    expect(entry(out, 'ref.year')).toContain('[단일 출처, 2009년 자료, 사용 전 확인 필요]');
    expect(entry(out, 'ref.month')).toContain('[단일 출처, 2024년 3월 자료, 사용 전 확인 필요]');
    expect(entry(out, 'ref.day')).toContain('[단일 출처, 2024년 3월 18일 자료, 사용 전 확인 필요]');
    expect(entry(out, 'ref.checked')).toContain('[2026년 1월 10일 확인 (by phone)]');
    expect(entry(out, 'ref.checked')).not.toContain('사용 전 확인 필요');
  });

  it('when a shipped multi-source entry is printed then it says "source dated", with one check phrase', async () => {
    const dir = testdir({ 'a.json': answers });
    const en = await runCli(['score', join(dir, 'a.json'), '--lang', 'en', '--details']);
    const line112 = unwrap(en.stdout).find((l) => l.includes('Police emergency 112')) ?? '';
    expect(line112).toContain('[source dated 2024-03-18, check before use]');
    expect(line112.match(/check|verify/g)).toHaveLength(1);
    const ko = await runCli(['score', join(dir, 'a.json'), '--lang', 'ko', '--details']);
    const ko112 = unwrap(ko.stdout).find((l) => l.includes('경찰 긴급신고 112')) ?? '';
    expect(ko112).toContain('[2024년 3월 18일 자료, 사용 전 확인 필요]');
    expect(ko112.match(/확인/g)).toHaveLength(1);
  });

  it('when the short report lists the numbers then each has its source date and the list says to check them', async () => {
    const dir = testdir({ 'a.json': answers });
    const en = unwrap((await runCli(['score', join(dir, 'a.json'), '--lang', 'en'])).stdout);
    expect(en.find((l) => l.includes('Police emergency 112'))).toContain('[2024-03-18]');
    expect(en).toContain('  The dates are those of the sources: each number is as dated, check before use.');
    const ko = unwrap((await runCli(['score', join(dir, 'a.json'), '--lang', 'ko'])).stdout);
    expect(ko.find((l) => l.includes('경찰 긴급신고 112'))).toContain('[2024년 3월 18일]');
    expect(ko.join('\n')).toContain('사용 전 확인 필요');
  });

  it('when the report is Markdown then it carries the same wording', async () => {
    const out = await scoreOverlay('markdown', 'en');
    expect(out).toContain('\\[single source dated 2009, check before use\\]');
    expect(out).toContain('\\[verified 2026-01-10 (by phone)\\]');
  });

  it('when the report is JSON then referrals carry sourceDate, its precision and the verification', async () => {
    const r = JSON.parse(await scoreOverlay('json', 'en')) as Report;
    const by = (id: string) => r.referrals.find((x) => x.id === id);
    expect(by('ref.year')).toMatchObject({
      sourceDate: '2009',
      sourceDatePrecision: 'year',
      verified: null,
      verifiedOn: null,
      verifyBeforeUse: true,
      dateNote: 'single source dated 2009, check before use',
    });
    expect(by('ref.month')).toMatchObject({ sourceDate: '2024-03', sourceDatePrecision: 'month' });
    expect(by('ref.day')).toMatchObject({ sourceDate: '2024-03-18', sourceDatePrecision: 'day' });
    expect(by('ref.checked')).toMatchObject({
      verified: { on: '2026-01-10', method: 'by phone' },
      verifiedOn: '2026-01-10',
      verifyBeforeUse: false,
    });
    // The shipped entries: verifiedOn no longer holds the source date.
    const shipped = by('ref.moel-1350');
    expect(shipped).toMatchObject({ sourceDate: '2009', sourceDatePrecision: 'year', verifiedOn: null });
  });

  it('when the shipped sets are listed then no referral is verified and old 01-01 dates are years', async () => {
    for (const id of ['nhrck-2016', 'kr-2023', 'palermo']) {
      const r = await runCli(['indicators', 'list', '--set', id, '--json']);
      expect(r.code).toBe(0);
      const refs = (JSON.parse(r.stdout) as Listing).referrals;
      expect(refs.length).toBeGreaterThan(5);
      for (const ref of refs) {
        expect(ref.verified, `${id} ${ref.id}`).toBeNull();
        expect(ref.verifiedOn, `${id} ${ref.id}`).toBeNull();
      }
      expect(refs.find((x) => x.id === 'ref.moel-1350')).toMatchObject({
        sourceDate: '2009',
        sourceDatePrecision: 'year',
      });
      expect(refs.filter((x) => x.sourceDatePrecision === 'month').map((x) => x.sourceDate)).toEqual(
        expect.arrayContaining(['2025-06', '2026-02']),
      );
      expect(refs.some((x) => /-01-01$/.test(x.sourceDate))).toBe(false);

      const text = await runCli(['indicators', 'list', '--set', id, '--lang', 'en']);
      expect(unwrap(text.stdout).join('\n')).toContain(
        'Ministry of Employment and Labor call centre [single source dated 2009',
      );
    }
  });

  it('when a referral is shown then its date is said the same way', async () => {
    const r = await runCli(['indicators', 'show', 'ref.moel-1350', '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('단일 출처, 2009년 자료, 사용 전 확인 필요');
  });

  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
  it.each(examples)(
    'when %s is scored under the shipped sets then no referral is said to be verified',
    async (name) => {
      for (const lang of ['en', 'ko']) {
        const r = await runCli([
          'score',
          join(EXAMPLES, name),
          '--frameworks',
          'nhrck-2016,kr-2023,palermo',
          '--format',
          'text',
          '--lang',
          lang,
        ]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(lang === 'en' ? /check before use/ : /자료, 사용 전 확인 필요/);
        expect(r.stdout).not.toMatch(/\bverified\b/i);
        expect(r.stdout).not.toContain('확인일');
        const single = await runCli(['score', join(EXAMPLES, name), '--lang', lang]);
        expect(single.code).toBe(0);
        expect(single.stdout).not.toMatch(/\bverified\b/i);
        expect(single.stdout).not.toContain('확인일');
      }
    },
  );
});
