import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { expectedRow, jsonl, records } from './records.js';

const recs = records(200, 11);

interface Summary {
  records: { read: number; scored: number; bad: number };
  outcomes: { outcome: string; count: number; share: number }[];
  elements: { element: string; met: number; notMet: number; unknown: number }[];
  meansWaived: { count: number; byWaiver: { id: string; count: number }[] };
  indicators: {
    id: string;
    yes: number;
    no: number;
    unknown: number;
    declined: number;
    unanswered: number;
    yesRate: number;
    yesRateAnswered: number | null;
  }[];
  by: { fact: string; groups: { value: string; records: number; outcomes: Record<string, number> }[] };
}

async function summarise(extra: string[] = []): Promise<{ s: Summary; stderr: string; dir: string }> {
  const dir = testdir({ 'in.jsonl': jsonl(recs) });
  const r = await runCli([
    'batch',
    join(dir, 'in.jsonl'),
    '--out',
    join(dir, 'out.jsonl'),
    '--summary',
    join(dir, 's.json'),
    ...extra,
  ]);
  expect(r.code).toBe(0);
  return { s: JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Summary, stderr: r.stderr, dir };
}

describe('batch summary', () => {
  it('when records are scored then outcome, element and waiver counts equal those of the full assessments', async () => {
    const { s } = await summarise();
    const rows = recs.map(expectedRow);
    const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
    expect(s.records).toEqual({ read: 200, scored: 200, bad: 0 });
    for (const o of s.outcomes) {
      expect(o.count).toBe(count((r) => r.outcome === o.outcome));
      expect(o.share).toBeCloseTo(o.count / 200, 10);
    }
    for (const e of s.elements) {
      const el = e.element as 'act';
      expect([e.met, e.notMet, e.unknown]).toEqual([
        count((r) => r.elements[el] === 'met'),
        count((r) => r.elements[el] === 'not-met'),
        count((r) => r.elements[el] === 'unknown'),
      ]);
    }
    expect(s.meansWaived.count).toBe(count((r) => r.meansWaived));
    expect(s.meansWaived.byWaiver.find((w) => w.id === 'child')?.count).toBe(
      count((r) => r.waiverReason === 'child'),
    );
  });

  it('when indicators are answered then prevalence counts every state, and unknown is not counted as no', async () => {
    const { s } = await summarise();
    for (const ind of s.indicators) {
      const states = recs.map((r) => r.answers[ind.id] ?? 'unanswered');
      const n = (v: string) => states.filter((x) => x === v).length;
      expect([ind.yes, ind.no, ind.unknown, ind.declined, ind.unanswered]).toEqual([
        n('yes'),
        n('no'),
        n('unknown'),
        n('declined'),
        n('unanswered'),
      ]);
      expect(ind.yesRate).toBeCloseTo(n('yes') / 200, 10);
      expect(ind.yesRateAnswered).toBeCloseTo(n('yes') / (n('yes') + n('no')), 10);
    }
  });

  it('when --by sector is given then outcomes are counted per sector, and the groups add up to the total', async () => {
    const { s, stderr } = await summarise(['--by', 'sector']);
    expect(s.by.fact).toBe('sector');
    const rows = recs.map((r) => ({
      sector: String(r.facts.sector ?? 'unknown'),
      outcome: expectedRow(r).outcome,
    }));
    const sectors = [...new Set(rows.map((r) => r.sector))].sort();
    expect(s.by.groups.map((g) => g.value)).toEqual(sectors);
    for (const g of s.by.groups) {
      const mine = rows.filter((r) => r.sector === g.value);
      expect(g.records).toBe(mine.length);
      for (const [outcome, c] of Object.entries(g.outcomes))
        expect(c).toBe(mine.filter((r) => r.outcome === outcome).length);
    }
    expect(s.by.groups.reduce((a, g) => a + g.records, 0)).toBe(200);
    expect(stderr).toContain('Outcomes by sector');
  });

  it('when --by names no fact of the set then it is a usage error', async () => {
    const r = await runCli(['batch', '-', '--by', 'nationality'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by nationality: set nhrck-2016 has no such fact');
  });

  it('when the summary is printed then it shows bar charts on stderr and nothing of it on stdout', async () => {
    const r = await runCli(['batch', '-', '--out', '-'], { stdin: jsonl(recs) });
    expect(r.stderr).toMatch(/victim likely +\d+ +\d+\.\d% +█/);
    expect(r.stderr).toContain('Indicator prevalence');
    expect(r.stdout).not.toContain('Batch summary');
  });

  it('when the language is Korean then the table is in Korean and its columns line up by display width', async () => {
    const r = await runCli(['batch', '-', '--lang', 'ko'], { stdin: jsonl(recs) });
    const lines = r.stderr.split('\n');
    const outcomes = lines.filter((l) =>
      /^ {2}(피해자 가능성 높음|피해 가능성 있음|정보 부족|확인된 지표 없음) /.test(l),
    );
    expect(outcomes).toHaveLength(4);
    const { displayWidth } = await import('../../src/render/layout.js');
    const barStart = outcomes.map((l) => displayWidth(l.slice(0, l.search(/%/) + 1)));
    expect(new Set(barStart).size).toBe(1);
  });

  it('when --report is given then it writes one self-contained HTML page with the three charts', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--out',
      join(dir, 'out.jsonl'),
      '--report',
      join(dir, 'report.html'),
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8').replace(/\s+/g, ' ');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    // The only address is the SVG namespace, which names a format and is never fetched.
    expect(html.match(/https?:\/\/[^"'\s]*/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('Indicator prevalence');
    expect(html).toContain('Content-Security-Policy');
    for (const r of recs.slice(0, 20)) expect(html).not.toContain(r.id);
  });
});
