import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecord } from '../../src/batch/csv.js';
import { OUTPUT_COLUMNS } from '../../src/batch/columns.js';
import { runCli, testdir } from '../helpers/cli.js';
import { csv, expectedRow, jsonl, parseJsonl, records } from './records.js';

const recs = records(300);

describe('batch round trips', () => {
  it('when JSONL is scored then every row equals the full assessment of its record, in input order', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const rows = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(rows).toEqual(recs.map(expectedRow));
  });

  it('when CSV is scored to CSV then the rows carry the same values as the JSONL output', async () => {
    const dir = testdir({ 'in.csv': csv(recs), 'in.jsonl': jsonl(recs) });
    const a = await runCli(['batch', join(dir, 'in.csv'), '--out', join(dir, 'out.csv'), '--quiet']);
    const b = await runCli(['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet']);
    expect([a.code, b.code]).toEqual([0, 0]);
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(OUTPUT_COLUMNS.join(','));
    const fromCsv = lines.slice(1).map((l) => parseCsvRecord(l));
    const fromJson = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((row) => [
      row.id,
      row.outcome,
      row.elements.act,
      row.elements.means,
      row.elements.purpose,
      String(row.meansWaived),
      row.waiverReason ?? '',
      row.reasons.join(' '),
      String(row.openQuestions),
    ]);
    expect(fromCsv).toEqual(fromJson);
  });

  it('when input comes on stdin and --out is - then rows go to stdout and the summary to stderr', async () => {
    const r = await runCli(['batch', '-', '--out', '-'], { stdin: jsonl(recs.slice(0, 20)) });
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout)).toEqual(recs.slice(0, 20).map(expectedRow));
    expect(r.stderr).toContain('Batch summary');
  });

  it('when a file is scored without --out then the rows go to stdout', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs.slice(0, 5)) });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--quiet']);
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(recs.slice(0, 5).map((x) => x.id));
  });

  it('when CSV uses aliases, CRLF line ends, a BOM and a quoted multi-line field then it scores like the canonical form', async () => {
    const canonical =
      'id,age,nhrck16.act.recruitment,nhrck16.means.force-coercion,status\nr1,30,yes,no,victim\nr2,,unknown,declined,non-victim\nr3,17,yes,yes,victim\n';
    const aliased =
      '\uFEFFid,age,nhrck16.act.recruitment,nhrck16.means.force-coercion,status\r\n' +
      'r1,30,Y,0,victim\r\n' +
      '"r2",모름,?,거부,"non-\nvictim"\r\n' +
      'r3,17,예,TRUE,1\r\n';
    const dir = testdir({ 'a.csv': canonical, 'b.csv': aliased });
    const a = await runCli(['batch', join(dir, 'a.csv'), '--label', 'status', '--quiet']);
    const b = await runCli(['batch', join(dir, 'b.csv'), '--label', 'status', '--quiet']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('when JSONL records are flat (ids as keys, as pandas writes them) then they score like nested ones', async () => {
    const nested = jsonl(recs.slice(0, 30));
    const flat =
      recs
        .slice(0, 30)
        .map((r) => JSON.stringify({ id: r.id, ...r.facts, ...r.answers }))
        .join('\n') + '\n';
    const a = await runCli(['batch', '-', '--quiet'], { stdin: nested });
    const b = await runCli(['batch', '-', '--quiet'], { stdin: flat });
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('when the output is a file then it is created private (mode 0600) and no partial file is left', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs.slice(0, 3)) });
    await runCli(['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet']);
    const { mode } = await import('node:fs').then((fs) => fs.statSync(join(dir, 'out.jsonl')));
    expect(mode & 0o777).toBe(0o600);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(true);
  });

  it('when the summary and report overwrite readable files then both end private (mode 0600)', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs.slice(0, 3)), 'sum.json': '{}', 'rep.html': '' });
    chmodSync(join(dir, 'sum.json'), 0o644);
    chmodSync(join(dir, 'rep.html'), 0o644);
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--summary',
      join(dir, 'sum.json'),
      '--report',
      join(dir, 'rep.html'),
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'sum.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'rep.html')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'sum.json'), 'utf8'))).toHaveProperty('schemaVersion');
  });

  it('when the report folder does not exist then it is a usage error naming the file', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs.slice(0, 3)) });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--report',
      join(dir, 'no/such/rep.html'),
      '--quiet',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cannot write ${join(dir, 'no/such/rep.html')}: ENOENT.`);
  });
});
