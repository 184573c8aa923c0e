import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const examples = resolve(import.meta.dirname, '../../indicators/examples/research');

describe('--map', () => {
  it('when a foreign CSV is scored with a mapping then it scores like the same records written in our names and values', async () => {
    const theirs =
      'case_no,나이,업종,recruited,threatened,passport_kept,long_hours,no_pay,확인결과\n' +
      'C-01,17,어업,Y,N,Y,y,?,피해자\n' +
      'C-02,모름,기타,N,거부,N,N,N,비피해자\n' +
      'C-03,40,어업,Y,Y,Y,Y,Y,피해자\n';
    const ours =
      'id,age,sector,nhrck16.act.recruitment,nhrck16.means.force-coercion,nhrck16.purpose.documents-taken,nhrck16.purpose.excessive-hours,nhrck16.purpose.wages-controlled,status\n' +
      'C-01,17,fishing,yes,no,yes,yes,unknown,victim\n' +
      'C-02,unknown,other,no,declined,no,no,no,non-victim\n' +
      'C-03,40,fishing,yes,yes,yes,yes,yes,victim\n';
    const map = [
      'columns:',
      '  case_no: id',
      '  나이: age',
      '  업종: sector',
      '  recruited: nhrck16.act.recruitment',
      '  threatened: nhrck16.means.force-coercion',
      '  passport_kept: nhrck16.purpose.documents-taken',
      '  long_hours: nhrck16.purpose.excessive-hours',
      '  no_pay: nhrck16.purpose.wages-controlled',
      '  확인결과: status',
      'values:',
      '  업종:',
      '    어업: fishing',
      '    기타: other',
      '',
    ].join('\n');
    const dir = testdir({ 'theirs.csv': theirs, 'ours.csv': ours, 'map.yaml': map });
    const a = await runCli([
      'batch',
      join(dir, 'theirs.csv'),
      '--map',
      join(dir, 'map.yaml'),
      '--label',
      'status',
      '--summary',
      join(dir, 'a.json'),
      '--quiet',
    ]);
    const b = await runCli([
      'batch',
      join(dir, 'ours.csv'),
      '--label',
      'status',
      '--summary',
      join(dir, 'b.json'),
      '--quiet',
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toBe(b.stdout);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('when values are mapped globally and per column then the column mapping wins', async () => {
    const dir = testdir({
      'in.jsonl': '{"id":"a","answers":{"nhrck16.act.recruitment":"X","nhrck16.means.force-coercion":"X"}}\n',
      'map.yaml': 'values:\n  X: "yes"\n  nhrck16.means.force-coercion:\n    X: "no"\n',
    });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout) as { elements: Record<string, string> };
    expect(row.elements).toEqual({ act: 'met', means: 'unknown', purpose: 'unknown' });
  });

  it('when the example centre export is scored with its mapping then every record is scored', async () => {
    const r = await runCli([
      'batch',
      join(examples, 'centre-export.csv'),
      '--map',
      join(examples, 'centre-map.yaml'),
      '--label',
      '확인결과',
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(60);
  });

  it('when the mapping file has an unknown key then it is a usage error naming the line', async () => {
    const dir = testdir({ 'map.yaml': 'columns:\n  a: id\ncolumn_values: {}\n' });
    const r = await runCli(['batch', '-', '--map', join(dir, 'map.yaml')], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/map\.yaml:3:\d+: unknown key "column_values"/);
  });
});
