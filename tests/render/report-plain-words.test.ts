/**
 * The report a worker reads aloud: items named by label, never by id, in the text report; the
 * summary first and within six lines; the whole short report within a screen of 60 lines at 80
 * columns; the full report behind --details and the ids behind --ids.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSet } from '../../src/io/load-set.js';
import { runCli } from '../helpers/cli.js';

const EXAMPLES = join(import.meta.dirname, '../../indicators/examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
const ids = loadSet('nhrck-2016', process.cwd()).set.indicators.map((i) => i.id);
const cases = examples.flatMap((name) => (['en', 'ko'] as const).map((lang) => [name, lang] as const));

const score = async (name: string, lang: string, ...flags: string[]) => {
  const r = await runCli(['score', join(EXAMPLES, name), '--lang', lang, ...flags], { columns: 80 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

/** The lines under the summary heading, up to the blank line that ends it. */
const summaryOf = (out: string, heading: string) => {
  const lines = out.split('\n');
  const at = lines.indexOf(heading);
  expect(at).toBeGreaterThan(0);
  const end = lines.indexOf('', at);
  return lines.slice(at + 1, end);
};
/** The summary as one text, its wrapped lines joined back. */
const summaryText = (out: string, heading: string) =>
  summaryOf(out, heading).join(' ').replace(/\s+/g, ' ').trim();

/**
 * Runs of four or more Latin letters in a Korean report, less the names it may hold: set ids
 * (nhrck-2016, palermo), a KakaoTalk channel (women1366), the d4youth account, a web address and
 * names written in capitals (NHRCK).
 */
const englishIn = (text: string): string[] =>
  [...text.replace(/\S*\.(kr|org|com)\S*/g, '').matchAll(/[A-Za-z]{4,}/g)]
    .map((m) => m[0])
    .filter((w) => !['nhrck', 'palermo', 'women', 'youth'].includes(w) && !/^[A-Z]+$/.test(w));

describe('the Korean report', () => {
  it.each(examples)(
    'when %s is scored in full in Korean, alone and under three frameworks, then it has no English word',
    async (name) => {
      expect(englishIn(await score(name, 'ko', '--details'))).toEqual([]);
      const frameworks = await score(name, 'ko', '--details', '--frameworks', 'nhrck-2016,kr-2023,palermo');
      expect(englishIn(frameworks)).toEqual([]);
    },
  );
});

describe('the short report', () => {
  it.each(cases)(
    'when %s is scored under three frameworks in %s with --details then no item id of any set appears',
    async (name, lang) => {
      const out = await score(name, lang, '--frameworks', 'nhrck-2016,kr-2023,palermo', '--details');
      // Item ids are "<set>.<element>.<name>"; the set ids alone (nhrck-2016, palermo) head the columns.
      expect(out).not.toMatch(/\b(nhrck16|kr23|palermo)\.(act|means|purpose)\./);
    },
  );

  it.each(cases)('when %s is scored in %s then no indicator id appears in the text', async (name, lang) => {
    const out = await score(name, lang);
    for (const id of ids) expect(out).not.toContain(id);
  });

  it.each(cases)('when %s is scored in %s then it fits 60 lines of 80 columns', async (name, lang) => {
    const out = await score(name, lang);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    // Wide enough to be measured: a report of a few lines would pass the count for the wrong reason.
    expect(lines.length).toBeGreaterThan(30);
    const { default: stringWidth } = await import('string-width');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it.each(cases)(
    'when %s is scored in %s then the summary comes first and within 6 lines',
    async (name, lang) => {
      const out = await score(name, lang);
      const heading = lang === 'ko' ? '읽어 줄 요약' : 'To read aloud';
      const summary = summaryOf(out, heading);
      expect(summary.length).toBeGreaterThanOrEqual(3);
      expect(summary.length).toBeLessThanOrEqual(6);
      expect(out.indexOf(heading)).toBeLessThan(out.indexOf(lang === 'ko' ? '요건' : 'Elements'));
      const text = summary.join(' ');
      expect(text).toContain(lang === 'ko' ? '법적 판단이 아닙니다' : 'not a legal decision');
      expect(text).toMatch(lang === 'ko' ? /다음 단계: .*\d{3,}/ : /Next step: call .*\d{3,}/);
    },
  );

  it('when the child example is scored then the summary names the right a child in commercial sex has', async () => {
    const summary = summaryText(await score('child-chat-app.yaml', 'en'), 'To read aloud');
    expect(summary).toContain(
      'Your rights: If you are under 19, you are protected as a victim and not punished.',
    );
    const ko = summaryText(await score('child-chat-app.yaml', 'ko'), '읽어 줄 요약');
    expect(ko).toContain('권리: 만 19세 미만이라면 피해자로 보호받고 처벌받지 않습니다.');
  });

  it('when a reason counts signs then it names them by their labels and says how many are missing', async () => {
    const out = await score('adult-open-questions.yaml', 'en', '--details');
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      'Purpose is undecided: plausibility purpose items (higher-tier items count too, 3 in all): 2 of 3 answered yes (passport, ID, ticket or bank card taken; work differs from what was promised), 1 more needed;',
    );
  });
});

describe('the full report and the ids', () => {
  it.each(cases)(
    'when %s is scored in %s with --details then every reason and contact is in full',
    async (name, lang) => {
      const short = await score(name, lang);
      const full = await score(name, lang, '--details');
      expect(full.split('\n').length).toBeGreaterThan(short.split('\n').length + 40);
      expect(full).toContain(lang === 'ko' ? '판단 근거' : 'Why');
      expect(full).toMatch(lang === 'ko' ? /사용 전 확인 필요\]: / : /check before use\]: /);
      expect(short).toContain('--details');
      expect(full).not.toContain('--details');
      for (const id of ids) expect(full).not.toContain(id);
    },
  );

  it('when --ids is given then each label is followed by its id', async () => {
    const out = await score('adult-fishing-crew.yaml', 'en', '--ids', '--details');
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      'recruited with a job or money offer [nhrck16.act.recruitment]',
    );
  });

  it('when the report is JSON then the ids stay and the labels are added beside them', async () => {
    const r = JSON.parse(await score('adult-fishing-crew.yaml', 'en', '--json')) as {
      schemaVersion: number;
      labels: Record<string, string>;
      elements: { act: { yes: string[] } };
      summary: { finding: string; nextStep: { referral: string } };
    };
    expect(r.schemaVersion).toBe(3);
    expect(r.elements.act.yes).toContain('nhrck16.act.recruitment');
    expect(r.labels['nhrck16.act.recruitment']).toBe('recruited with a job or money offer');
    expect(r.summary.nextStep.referral).toMatch(/^ref\./);
  });
});
