import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKind, valueKind } from '../../src/guard/records.js';
import { runCli, testdir } from '../helpers/cli.js';
import { records } from './records.js';

const recs = records(8);
const plain = (r: (typeof recs)[number], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers, ...extra });

const PLANTED = {
  rrn: '900101-1234567',
  phone: '010-9876-5432',
  phoneIntl: '+82 10 2345 6789',
  email: 'kim.minsu@example.org',
  passport: 'M12345678',
  passport2: 'AB1234567',
};

function expectNoValues(text: string): void {
  for (const v of Object.values(PLANTED)) expect(text).not.toContain(v);
  expect(text).not.toContain('2345 6789');
}

describe('identifying-data guard: values', () => {
  it('when identifying values hide in fields with innocent names then all are caught by field and line, and none is printed', async () => {
    const input = [
      plain(recs[0]!),
      plain({ ...recs[1]!, id: PLANTED.rrn }),
      plain(recs[2]!, { notes: `call ${PLANTED.phone}` }),
      plain(recs[3]!, { status: PLANTED.email }),
      plain({ ...recs[4]!, answers: { ...recs[4]!.answers, 'nhrck16.act.recruitment': PLANTED.passport } }),
      plain({ ...recs[5]!, facts: { ...recs[5]!.facts, sector: PLANTED.phoneIntl } }),
      plain(recs[6]!),
    ].join('\n');
    const dir = testdir({ 'in.jsonl': input });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--label',
      'status',
      '--out',
      join(dir, 'out.jsonl'),
      '--errors',
      join(dir, 'e.jsonl'),
      '--summary',
      join(dir, 's.json'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Identifying data found');
    expect(r.stderr).toContain(
      'id has values that look like resident registration numbers (주민등록번호) (line 2)',
    );
    expect(r.stderr).toContain('notes has values that look like phone numbers (line 3)');
    expect(r.stderr).toContain('status has values that look like e-mail addresses (line 4)');
    expect(r.stderr).toContain(
      'answers.nhrck16.act.recruitment has values that look like passport numbers (line 5)',
    );
    expect(r.stderr).toContain('facts.sector has values that look like phone numbers (line 6)');
    expect(r.stderr).toContain('Nothing was written.');
    expectNoValues(r.stdout + r.stderr);
    // Refused input leaves no output, errors or summary file, and no partial file.
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });

  it('when identifying values sit in CSV cells, an ignored column included, then they are caught by column', async () => {
    const dir = testdir({
      'in.csv': `id,age,remarks,status\nr1,30,,victim\nr2,31,${PLANTED.passport2},victim\nr3,32,,${PLANTED.phone}\n`,
      'map.yaml': 'ignore: [remarks]\n',
    });
    const r = await runCli([
      'batch',
      join(dir, 'in.csv'),
      '--map',
      join(dir, 'map.yaml'),
      '--label',
      'status',
      '--out',
      join(dir, 'out.jsonl'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('remarks has values that look like passport numbers (line 3)');
    expect(r.stderr).toContain('status has values that look like phone numbers (line 4)');
    expectNoValues(r.stdout + r.stderr);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });

  it('when many records hold identifying values then the first five lines are listed and the rest counted', async () => {
    const input = recs
      .map((r, k) => plain({ ...r, id: `0${k}0-1234-567${k}` }).replace(`"0${k}0-`, `"010-`))
      .join('\n');
    const r = await runCli(['batch', '-', '--quiet'], { stdin: input, isTTY: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('id has values that look like phone numbers (lines 1, 2, 3, 4, 5 and 3 more)');
  });

  it('when stdin is refused part-way then the rows before it are kept on stdout and nothing is written for the offending record', async () => {
    const input = [
      plain(recs[0]!),
      plain(recs[1]!),
      plain(recs[2]!, { memo: PLANTED.email }),
      plain(recs[3]!),
    ].join('\n');
    const r = await runCli(['batch', '-', '--out', '-', '--quiet'], { stdin: input });
    expect(r.code).toBe(2);
    const ids = r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([recs[0]!.id, recs[1]!.id]);
    expect(r.stderr).toContain('Rows for the records before line 3 were already written to standard output');
    expect(r.stderr).toContain('memo has values that look like e-mail addresses (line 3)');
    expectNoValues(r.stdout + r.stderr);
  });

  it('when a file is refused part-way and rows go to stdout then nothing at all is printed on stdout', async () => {
    const dir = testdir({ 'in.jsonl': [plain(recs[0]!), plain(recs[1]!, { memo: PLANTED.rrn })].join('\n') });
    const r = await runCli(['batch', join(dir, 'in.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('identifying-data guard: field names', () => {
  it('when CSV columns are named like names, phones, e-mail, registration numbers or birth dates then they are all listed', async () => {
    const dir = testdir({
      'in.csv': 'id,성명,phone,E-mail,주민등록번호,dateOfBirth,passport_no,주소,age\nr1,x,x,x,x,x,x,x,30\n',
    });
    const r = await runCli(['batch', join(dir, 'in.csv'), '--out', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(2);
    for (const [col, kind] of [
      ['성명', "people's names"],
      ['phone', 'phone numbers'],
      ['E-mail', 'e-mail addresses'],
      ['주민등록번호', 'resident registration numbers'],
      ['dateOfBirth', 'dates of birth'],
      ['passport_no', 'passport numbers'],
      ['주소', 'addresses'],
    ])
      expect(r.stderr).toContain(`${col} is named like a field for ${kind}`);
    expect(r.stderr).not.toMatch(/\bage is named/);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });

  it("when a column named like identifying data is mapped to an indicator then it is the set's own question, not refused", async () => {
    const dir = testdir({
      'in.csv': 'id,passport_kept\nr1,Y\n',
      'map.yaml': 'columns:\n  passport_kept: nhrck16.purpose.documents-taken\n',
    });
    const r = await runCli(['batch', join(dir, 'in.csv'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(':nhrck16.purpose.documents-taken"');
  });
});

describe('identifying-data guard: hostile fields', () => {
  it.each([
    ['100,000 a', 'a'.repeat(100_000)],
    ['400 KB of digits, dots and @', '1.2@3-4 5.'.repeat(40_000)],
    ['400 KB of Hangul', '김민지가'.repeat(100_000)],
  ])('when a record holds %s then the guard finishes and the record is judged', async (_name, field) => {
    const input = plain(recs[0]!, { memo: field });
    const r = await runCli(['batch', '-', '--quiet'], { stdin: input, isTTY: false });
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toContain(field.slice(0, 50));
  });
});

describe('identifying-data guard: keys', () => {
  it('when CSV headers and JSON keys are in Title Case then they are not read as names', async () => {
    const dir = testdir({
      'in.csv': 'id,Intake Wave,Region Code\nr1,north,7\n',
      'map.yaml': 'ignore: [Intake Wave, Region Code]\n',
    });
    const csv = await runCli(['batch', join(dir, 'in.csv'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(csv.code).toBe(0);
    const json = await runCli(['batch', '-', '--quiet'], {
      stdin: plain(recs[0]!, { 'Intake Wave': 'north' }),
    });
    expect(json.stderr).not.toContain('Identifying data found');
    expect(json.stderr).not.toContain('(a field name)');
  });

  it('when a JSON key is a phone number then it is refused without printing it', async () => {
    const r = await runCli(['batch', '-', '--quiet'], { stdin: plain(recs[0]!, { '010-2345-6789': 'x' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(a field name) has values that look like phone numbers');
    expect(r.stderr).not.toContain('2345');
  });
});

describe('--allow-identifiers', () => {
  it('when identifiers are allowed then the input is scored with a warning', async () => {
    const input = [plain({ ...recs[0]!, id: PLANTED.rrn }), plain(recs[1]!)].join('\n');
    const r = await runCli(['batch', '-', '--allow-identifiers', '--quiet'], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Warning: the identifying-data check is off (--allow-identifiers)');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('what looks identifying', () => {
  it.each([
    ['010-1234-5678', 'phone'],
    ['01012345678', 'phone'],
    ['010 1234 5678', 'phone'],
    ['+82 10-1234-5678', 'phone'],
    ['+82-2-123-4567', 'phone'],
    ['02-123-4567', 'phone'],
    ['kim@example.co.kr', 'email'],
    ['900101-1234567', 'rrn'],
    ['9001011234567', 'rrn'],
    ['050301-4******', 'rrn'],
    ['M12345678', 'passport'],
    ['M123A4567', 'passport'],
    ['AB1234567', 'passport'],
    ['1990-03-05', 'birth-date'],
    ['1990.3.5', 'birth-date'],
    ['1990년 3월 5일', 'birth-date'],
    ['05/03/1990', 'birth-date'],
    ['19900305', 'birth-date'],
    [1012345678, 'phone'],
    ['+63 917 123 4567', 'phone'],
    ['P1234567A', 'passport'],
    ['kim (at) gmail [dot] com', 'email'],
    ['110-123-456789', 'bank-account'],
    ['안산시 단원구 원곡로 45', 'address'],
    ['12가3456', 'car-plate'],
    ['김민지', 'name'],
    ['met Maria Santos at the shelter', 'name'],
  ])('when a value is %s then it looks like %s', (value, kind) => {
    expect(valueKind(value)).toBe(kind);
  });

  it.each([
    'yes',
    'declined',
    '모름',
    'nhrck16.act.recruitment',
    'syn-0000123',
    'C0000001',
    'r-2023-001',
    '2016.0-r1',
    'sex-industry',
    '34',
    'victim',
    1234,
    '2026-03-15',
    'batch-20260315-01',
    'INV-20240101-001',
    '5,000,000원',
    '1600-8248',
    'SEOUL-2026-014',
    'Likely Trafficked',
    'Referred Elsewhere',
    'Possible Victim',
    'Not Victim',
    '제조업',
    '유흥업소',
  ])('when a value is %s then it does not look identifying', (value) => {
    expect(valueKind(value)).toBeUndefined();
  });

  it('when a Latin-script name stands alone then it is taken for a category; in running text, or in Hangul, it is a name', () => {
    expect(valueKind('Maria Santos')).toBeUndefined();
    expect(valueKind('called Maria Santos twice')).toBe('name');
    expect(valueKind('김민지')).toBe('name');
  });

  it.each([
    ['name', 'name'],
    ['full_name', 'name'],
    ['lastName', 'name'],
    ['이름', 'name'],
    ['성명', 'name'],
    ['phone', 'phone'],
    ['mobileNumber', 'phone'],
    ['tel', 'phone'],
    ['연락처', 'phone'],
    ['휴대폰번호', 'phone'],
    ['home address', 'address'],
    ['zip', 'address'],
    ['주소', 'address'],
    ['email', 'email'],
    ['e_mail', 'email'],
    ['이메일', 'email'],
    ['rrn', 'rrn'],
    ['resident_registration_no', 'rrn'],
    ['주민번호', 'rrn'],
    ['외국인등록번호', 'rrn'],
    ['passportNumber', 'passport'],
    ['여권번호', 'passport'],
    ['dob', 'birth-date'],
    ['date_of_birth', 'birth-date'],
    ['birthDate', 'birth-date'],
    ['생년월일', 'birth-date'],
    ['bank_account', 'bank-account'],
    ['계좌번호', 'bank-account'],
    ['차량번호', 'car-plate'],
    ['arc_no', 'rrn'],
    ['contact', 'phone'],
  ])('when a field is named %s then it is named like %s', (field, kind) => {
    expect(nameKind(field)).toBe(kind);
  });

  it.each([
    'id',
    'age',
    'sector',
    'foreignNational',
    'status',
    'notes',
    'birthYear',
    '출생연도',
    '업종',
    '외국인',
    'username_count'.replace('username_count', 'wave'),
  ])('when a field is named %s then it is not refused by name', (field) => {
    expect(nameKind(field)).toBeUndefined();
  });
});
