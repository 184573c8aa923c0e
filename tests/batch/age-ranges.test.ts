import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { parseJsonl } from './records.js';

const answers = { 'nhrck16.act.recruitment': 'yes', 'nhrck16.purpose.forced-sex': 'yes' };
const SECRET = 'age-zz-secret-zz';

async function batch(name: string, text: string, extra: string[] = []) {
  const dir = testdir({ [name]: text });
  const r = await runCli([
    'batch',
    join(dir, name),
    '--out',
    join(dir, 'out.jsonl'),
    '--errors',
    join(dir, 'errors.jsonl'),
    '--quiet',
    ...extra,
  ]);
  const rows = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
  const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8');
  return { ...r, rows: new Map(rows.map((x) => [x.id, x])), errors };
}

describe('batch: ages as ranges and estimates', () => {
  it('when a JSONL record gives the age as "about 18", a range or {min, max} then it is scored', async () => {
    const rec = (id: string, age: unknown, nested = true) =>
      JSON.stringify(nested ? { id, facts: { age }, answers } : { id, age, ...answers });
    const r = await batch(
      'in.jsonl',
      [
        rec('about', 'about 18'),
        rec('korean', '약 18', false),
        rec('flat', 'about 18', false),
        rec('range', '17-19'),
        rec('child', { min: 14, max: 16 }),
        rec('adult', { min: 25, max: 30 }),
        rec('exact', 15),
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.errors).toBe('');
    expect([...r.rows.keys()]).toEqual(['about', 'korean', 'flat', 'range', 'child', 'adult', 'exact']);
    // 16-20 straddles the child bound: the waiver is left open, not decided either way.
    for (const id of ['about', 'korean', 'flat', 'range', 'adult'])
      expect(r.rows.get(id)!.meansWaived, id).toBe(false);
    for (const id of ['child', 'exact']) expect(r.rows.get(id)!.meansWaived, id).toBe(true);
    expect(r.rows.get('about')).toEqual({ ...r.rows.get('range')!, id: 'about' });
  });

  it('when a CSV row gives the age as "about 18" or a range then it is scored', async () => {
    const r = await batch(
      'in.csv',
      'id,age,nhrck16.act.recruitment,nhrck16.purpose.forced-sex\n' +
        'about,about 18,yes,yes\n' +
        'korean,18세쯤,yes,yes\n' +
        'range,17 to 19,yes,yes\n' +
        'child,14-16,yes,yes\n',
      ['--by', 'age'],
    );
    expect(r.code).toBe(0);
    expect(r.errors).toBe('');
    expect([...r.rows.keys()]).toEqual(['about', 'korean', 'range', 'child']);
    expect(r.rows.get('child')!.meansWaived).toBe(true);
    expect(r.rows.get('about')!.meansWaived).toBe(false);
  });

  it('when the age is none of the forms then the record is bad, and the message says the forms, not the value', async () => {
    const r = await batch(
      'in.jsonl',
      [
        JSON.stringify({ id: 'a1', facts: { age: SECRET }, answers }),
        JSON.stringify({ id: 'a2', facts: { age: { min: 19, max: 17 } }, answers }),
        JSON.stringify({ id: 'a3', facts: { age: 'about 150' }, answers }),
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    expect(r.rows.size).toBe(0);
    const errors = r.errors
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; problems: { path: string; message: string }[] });
    expect(errors.map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
    for (const e of errors)
      expect(e.problems).toEqual([
        {
          path: 'facts.age',
          message:
            'fact "age" must be a number from 0 to 120, a range such as 17-19, "about 18", unknown or declined',
        },
      ]);
    expect(r.errors + r.stderr).not.toContain(SECRET);
  });
});
