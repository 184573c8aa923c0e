import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { csv, jsonl, parseJsonl, records } from './records.js';

const input = jsonl(records(300));

/** The full row cut down to the given columns, elements kept as an object. */
function project(row: Record<string, unknown>, cols: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { id: row.id };
  for (const c of cols) {
    if (c.startsWith('elements.')) {
      const k = c.slice(9);
      out.elements = { ...(out.elements as object), [k]: (row.elements as Record<string, unknown>)[k] };
    } else out[c] = row[c];
  }
  return out;
}

async function rows(dir: string, file: string, extra: string[]): Promise<Record<string, unknown>[]> {
  const out = join(dir, `out-${extra.join('_').replace(/[^a-z0-9]/gi, '')}.jsonl`);
  const r = await runCli(['batch', join(dir, file), '--out', out, '--quiet', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return parseJsonl(readFileSync(out, 'utf8')) as unknown as Record<string, unknown>[];
}

describe('batch --columns', () => {
  it('when --columns minimal is given then every row is the full row cut to id, outcome and element statuses, with one job or two', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const full = await rows(dir, 'in.jsonl', []);
    const cols = ['outcome', 'elements.act', 'elements.means', 'elements.purpose'];
    expect(full).toHaveLength(300);
    expect(await rows(dir, 'in.jsonl', ['--columns', 'minimal'])).toEqual(full.map((r) => project(r, cols)));
    expect(await rows(dir, 'in.jsonl', ['--columns', 'minimal', '--jobs', '2'])).toEqual(
      full.map((r) => project(r, cols)),
    );
  });

  it('when a list is given then the rows hold those columns in the output order, "elements" standing for all three', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const full = await rows(dir, 'in.jsonl', []);
    const listed = await rows(dir, 'in.jsonl', ['--columns', 'openQuestions, reasons,elements.means']);
    expect(listed).toEqual(full.map((r) => project(r, ['elements.means', 'reasons', 'openQuestions'])));
    expect(Object.keys(listed[0]!)).toEqual(['id', 'elements', 'reasons', 'openQuestions']);
    const grouped = await rows(dir, 'in.jsonl', ['--columns', 'elements,waiverReason']);
    expect(grouped).toEqual(
      full.map((r) => project(r, ['elements.act', 'elements.means', 'elements.purpose', 'waiverReason'])),
    );
    expect(await rows(dir, 'in.jsonl', ['--columns', 'all'])).toEqual(full);
  });

  it('when the output is CSV then the header and cells follow the chosen columns', async () => {
    const dir = testdir({ 'in.csv': csv(records(50)) });
    const all = await runCli(['batch', join(dir, 'in.csv'), '--out', join(dir, 'all.csv'), '--quiet']);
    const some = await runCli([
      'batch',
      join(dir, 'in.csv'),
      '--out',
      join(dir, 'some.csv'),
      '--quiet',
      '--columns',
      'outcome,meansWaived,openQuestions',
    ]);
    expect([all.code, some.code]).toEqual([0, 0]);
    const table = (f: string) =>
      readFileSync(join(dir, f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const full = table('all.csv');
    const head = full[0]!;
    const pick = ['id', 'outcome', 'meansWaived', 'openQuestions'].map((c) => head.indexOf(c));
    expect(table('some.csv')).toEqual(full.map((cells) => pick.map((i) => cells[i])));
  });

  it('when frameworks are scored then each framework keeps only the chosen assessment columns', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(records(40)) });
    const fw = ['--frameworks', 'nhrck-2016,kr-2023,palermo'];
    const full = await rows(dir, 'in.jsonl', fw);
    const cut = await rows(dir, 'in.jsonl', [...fw, '--columns', 'outcome,meansWaived']);
    expect(cut).toEqual(
      full.map((r) => ({
        ...project(r, ['outcome', 'meansWaived']),
        frameworks: Object.fromEntries(
          Object.entries(r.frameworks as Record<string, Record<string, unknown>>).map(([id, f]) => [
            id,
            { outcome: f.outcome, meansWaived: f.meansWaived },
          ]),
        ),
      })),
    );
  });

  it('when open questions are left out then the summary says they were not counted, and counts them otherwise', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const run = async (cols: string) => {
      const summary = join(dir, `summary-${cols}.json`);
      const r = await runCli([
        'batch',
        join(dir, 'in.jsonl'),
        '--out',
        join(dir, `o-${cols}.jsonl`),
        '--summary',
        summary,
        '--columns',
        cols,
      ]);
      expect(r.code).toBe(0);
      return { r, doc: JSON.parse(readFileSync(summary, 'utf8')) as { openQuestions: unknown } };
    };
    const minimal = await run('minimal');
    expect(minimal.doc.openQuestions).toBeNull();
    expect(minimal.r.stderr).toContain('Open questions per record: not counted (left out with --columns)');
    const counted = await run('openQuestions');
    expect(counted.doc.openQuestions).toEqual({ mean: expect.any(Number), max: expect.any(Number) });
    expect((counted.doc.openQuestions as { max: number }).max).toBeGreaterThan(0);
  });

  it('when a column name is not one batch writes then it is a usage error that lists the names and repeats nothing', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--columns', 'outcome,secret-column-x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]');
    expect(r.stderr).toContain('id, outcome, elements.act');
    expect(r.stderr).not.toContain('secret-column-x');
    const ko = await runCli(['--lang', 'ko', 'batch', join(dir, 'in.jsonl'), '--columns', 'x']);
    expect(ko.stderr).toContain('--columns에 모르는 열 이름이 있습니다');
  });
});
