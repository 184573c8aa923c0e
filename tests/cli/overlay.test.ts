import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { describeSet } from '../../src/cli/commands/indicators.js';
import type { Report } from '../../src/report/report.js';
import { runCli, testdir } from '../helpers/cli.js';

type Listing = ReturnType<typeof describeSet>;

const NEW_ID = 'shelter.purpose.phone-charges';
const REWORDED = 'nhrck16.purpose.scripted-answers';
const NEW_QUESTION = 'Does someone else do the talking whenever the person is asked about work?';

/** A local overlay, as a shelter network might keep it next to its case files. */
const overlay = `extends: nhrck-2016
id: shelter-network
version: '2026.1'
add:
  indicators:
    - id: '${NEW_ID}'
      element: purpose
      tier: plausible
      tags: [debt]
      short: { ko: 업주가 준 휴대전화 요금을 빚으로 떠안음, en: charged as a debt for an employer's phone }
      question:
        ko: 업주가 준 휴대전화 요금을 본인 빚으로 떠안았습니까?
        en: Is the person charged, as a debt, for a phone the employer handed out and controls?
      help:
        ko: 업주가 지급한 휴대전화의 요금과 단말기 값을 임금에서 떼거나 빚으로 쌓는 경우입니다.
        en: For example, the price and bills of a phone issued by the employer are taken from wages or added to a debt.
      source: { doc: 'kr-case-patterns', note: seen repeatedly in the network's own case files }
      wording: reconstructed
  referrals:
    - id: 'ref.shelter-network-line'
      name: { ko: 지역 쉼터 연계망, en: Regional shelter network }
      contact: '000-0000-0000'
      text: { ko: 지역 쉼터 입소 상담, en: Admission counselling for the regional shelters }
      priority: 25
      sourceDate: '2026-01-15'
      verified: { on: '2026-01-15', method: called the line }
      confidence: single-source
reword:
  ${REWORDED}:
    question:
      ko: 일에 대해 물을 때마다 다른 사람이 대신 대답합니까?
      en: ${NEW_QUESTION}
    note: plainer wording for outreach workers
`;

/** An adult with act and means shown and 1 high + 1 plausible purpose item: one short of the threshold. */
const answers = (extra: Record<string, string> = {}) =>
  JSON.stringify({
    facts: { age: 33, disability: 'no', foreignNational: 'yes', exploitedAbroad: 'no', sector: 'service' },
    answers: {
      'nhrck16.act.recruitment': 'yes',
      'nhrck16.means.fraud-deception': 'yes',
      'nhrck16.purpose.documents-taken': 'yes',
      'nhrck16.purpose.lives-at-workplace': 'yes',
      ...extra,
    },
  });

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('overlays', () => {
  it('when an overlay is given with --set then it validates and its new item is listed', async () => {
    const dir = testdir({ 'overlay.yaml': overlay });
    const file = join(dir, 'overlay.yaml');
    const v = await runCli(['indicators', 'validate', file]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('shelter-network');

    const base = JSON.parse((await runCli(['indicators', 'list', '--json'])).stdout) as Listing;
    const r = await runCli(['indicators', 'list', '--set', file, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as Listing;
    expect(d.set.id).toBe('shelter-network');
    expect(d.identification).toHaveLength(base.identification.length + 1);
    expect(d.counts.purposePlausible).toBe(base.counts.purposePlausible + 1);
    expect(d.identification.find((i) => i.id === NEW_ID)).toMatchObject({
      element: 'purpose',
      tier: 'plausible',
      wording: 'reconstructed',
    });
    expect(d.referrals.map((x) => x.id)).toContain('ref.shelter-network-line');
  });

  it('when an overlay rewords an item then it is marked reconstructed with a note naming the overlay', async () => {
    const dir = testdir({ 'overlay.yaml': overlay });
    const file = join(dir, 'overlay.yaml');
    const d = JSON.parse((await runCli(['indicators', 'list', '--set', file, '--json'])).stdout) as Listing;
    const item = d.identification.find((i) => i.id === REWORDED);
    expect(item?.question.en).toBe(NEW_QUESTION);
    expect(item?.wording).toBe('reconstructed');
    expect(item?.source.note).toContain('reworded by shelter-network');
    expect(item?.source.note).toContain('plainer wording for outreach workers');
    // The citation it rests on is kept.
    expect(item?.source.doc).toBe('nhrck-2016');

    const show = await runCli(['indicators', 'show', REWORDED, '--set', file]);
    expect(show.stdout).toContain(NEW_QUESTION);
    expect(show.stdout).toContain('reworded by shelter-network');
    expect(show.stdout).toMatch(/reconstructed/);
  });

  it('when the added plausible item is answered yes then it counts toward the purpose threshold', async () => {
    const dir = testdir({
      'overlay.yaml': overlay,
      'without.json': answers(),
      'with.json': answers({ [NEW_ID]: 'yes' }),
    });
    const file = join(dir, 'overlay.yaml');
    const before = await runCli(['score', join(dir, 'without.json'), '--set', file, '--json']);
    expect(before.code).toBe(0);
    const b = JSON.parse(before.stdout) as Report;
    expect(b.elements.purpose.status).not.toBe('met');
    expect(b.outcome).toBe('possible');

    const after = await runCli(['score', join(dir, 'with.json'), '--set', file, '--json']);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    const a = JSON.parse(after.stdout) as Report;
    expect(a.set.id).toBe('shelter-network');
    expect(a.elements.purpose.status).toBe('met');
    expect(a.elements.purpose.yes).toContain(NEW_ID);
    expect(a.outcome).toBe('victim-likely');
    expect(a.referrals.find((x) => x.id === 'ref.shelter-network-line')).toMatchObject({
      sourceDate: '2026-01-15',
      verified: { on: '2026-01-15', method: 'called the line' },
      verifiedOn: '2026-01-15',
    });
  });

  it('when the base set is used then the overlay item is not an indicator there', async () => {
    const dir = testdir({ 'with.json': answers({ [NEW_ID]: 'yes' }) });
    const r = await runCli(['score', join(dir, 'with.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${NEW_ID}" is not an indicator of set nhrck-2016`);
  });

  it('when an overlay rewords an unknown id then the error points at that line of the overlay', async () => {
    const text = overlay.replace(`  ${REWORDED}:`, '  nhrck16.purpose.scripted-answer:');
    const dir = testdir({ 'overlay.yaml': text, 'a.json': answers() });
    const file = join(dir, 'overlay.yaml');
    for (const args of [
      ['indicators', 'validate', file],
      ['score', join(dir, 'a.json'), '--set', file],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      const m = /overlay\.yaml:(\d+):\d+: cannot reword "nhrck16\.purpose\.scripted-answer"/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      // Within that reword entry: the key's line or the start of its value.
      const line = Number(m![1]);
      expect(line).toBeGreaterThanOrEqual(lineOf(text, 'nhrck16.purpose.scripted-answer:'));
      expect(line).toBeLessThan(lineOf(text, 'note: plainer wording'));
    }
  });

  it('when an added item has a field the format does not know then the error points into that item', async () => {
    const text = overlay.replace('      tier: plausible\n', '      tier: plausible\n      weight: 3\n');
    const dir = testdir({ 'overlay.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'overlay.yaml')]);
    expect(r.code).toBe(2);
    const problem = r.stderr.split('\n').find((l) => l.includes('weight'));
    expect(problem).toBeDefined();
    const m = /overlay\.yaml:(\d+):\d+: /.exec(problem!);
    expect(m).not.toBeNull();
    // Reported within the added item: from its "- id:" line to the key itself.
    const line = Number(m![1]);
    expect(line).toBeGreaterThanOrEqual(lineOf(text, `- id: '${NEW_ID}'`));
    expect(line).toBeLessThanOrEqual(lineOf(text, 'weight: 3'));
  });

  it('when an added item has a bad tier then the error names the field at its line', async () => {
    const text = overlay.replace('      tier: plausible\n', '      tier: likely\n');
    const dir = testdir({ 'overlay.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'overlay.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`overlay\\.yaml:${lineOf(text, 'tier: likely')}:\\d+: .*add\\.indicators\\.0\\.tier`),
    );
  });
});
