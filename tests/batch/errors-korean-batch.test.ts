/**
 * Under --lang ko the errors of `tip-screen batch`, and of the case code and the terminal check,
 * read in Korean from the title to the hint, their problems included; under --lang en they read as
 * before. Paths, codes, flags, ids and the user's column names are not words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from './records.js';

const recs = records(8);

/** The error as printed: from its title line to the end (bad records are listed before it). */
const errorBlock = (stderr: string, code: string): string => {
  const at = stderr.indexOf(`[${code}]`);
  expect(at, stderr).toBeGreaterThanOrEqual(0);
  return stderr.slice(stderr.lastIndexOf('\n', at) + 1);
};

/** English words left once codes, quoted names, paths, flags, formats and commands are taken out. */
const englishWords = (text: string, names: string[] = []) =>
  names
    .reduce((t, name) => t.replaceAll(name, ''), text)
    .replace(/\[[A-Z_]+\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\S*[/.]\S*/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/\b(id|jsonl|csv|JSONL|CSV|UTF-8|iconv|cp949|utf-8|tip-screen batch|nhrck-2016)\b/g, '')
    .match(/[A-Za-z]{4,}/g) ?? [];

describe('batch errors in Korean', () => {
  it('when an input name tells no format then the error is Korean, and the English is unchanged', async () => {
    const dir = testdir({ 'in.txt': jsonl(recs) });
    const r = await runCli(['batch', 'in.txt', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: in.txt의 이름으로는 형식을 알 수 없습니다.');
    expect(r.stderr).toContain('--in-format jsonl|csv로 형식을 지정하세요.');
    expect(englishWords(r.stderr)).toEqual([]);
    const en = await runCli(['batch', 'in.txt', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(
      'Usage error [USAGE]: Cannot tell the format of in.txt from its name.\n' +
        'Name it .jsonl or .csv, or say which with --in-format jsonl|csv.\n',
    );
  });

  it('when --jobs is out of range then the error is Korean', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const r = await runCli(['batch', 'in.jsonl', '--jobs', '0', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: --jobs는 1에서 64 사이의 정수여야 합니다.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when the CSV header has unknown columns and no id then each problem is Korean', async () => {
    const dir = testdir({ 'in.csv': 'case,agee,nhrck16.act.recruitmen\nc1,30,yes\n' });
    const r = await runCli(['batch', 'in.csv', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: in.csv의 헤더에 문제가 4개 있습니다.');
    expect(r.stderr).toContain('2번째 열 "agee"은(는) id도, nhrck-2016 세트의 사실 항목이나 지표도 아닙니다');
    expect(r.stderr).toContain('"nhrck16.act.recruitment"을(를) 말씀하신 건가요?');
    expect(r.stderr).toContain('"id" 열이 없습니다');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when a CSV input is not UTF-8 then the error and its hint are Korean', async () => {
    const dir = testdir({});
    // "이름" as Excel saves it on Korean Windows (CP949).
    writeFileSync(join(dir, 'in.csv'), Buffer.from([0xc0, 0xcc, 0xb8, 0xa7, 0x2c, 0x69, 0x64, 0x0a]));
    const r = await runCli(['batch', 'in.csv', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: in.csv은(는) UTF-8 텍스트가 아닙니다');
    expect(r.stderr).toContain('엑셀에서 "CSV UTF-8"로 저장하거나');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when a value looks like a phone number then the refusal and its problem are Korean, without the value', async () => {
    const lines = jsonl(recs).trim().split('\n');
    const third = JSON.parse(lines[2]!) as Record<string, unknown>;
    lines[2] = JSON.stringify({ ...third, notes: 'call 010-9876-5432' });
    const dir = testdir({ 'in.jsonl': lines.join('\n') + '\n' });
    const r = await runCli(['batch', 'in.jsonl', '--quiet', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '[PII_DETECTED]: 입력에 식별 정보로 보이는 값이 있어 점수를 내지 않았습니다. 아무것도 쓰지 않았습니다.',
    );
    expect(r.stderr).toContain('notes에 전화번호처럼 보이는 값이 있습니다 (3번째 줄)');
    expect(r.stderr).not.toContain('9876');
    expect(englishWords(r.stderr, ['notes'])).toEqual([]);
  });

  it('when ids repeat under --unique-ids then the refusal is Korean and names the line only', async () => {
    const lines = jsonl(recs).trim().split('\n');
    const id = (JSON.parse(lines[1]!) as { id: string }).id;
    lines[5] = JSON.stringify({ ...(JSON.parse(lines[5]!) as object), id });
    const dir = testdir({ 'in.jsonl': lines.join('\n') + '\n' });
    const r = await runCli(['batch', 'in.jsonl', '--unique-ids', '--quiet', '--lang', 'ko'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_IDS]: 6번째 줄에 있는 레코드의 id가 앞선 레코드와 같습니다');
    expect(r.stderr).not.toContain(id);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when a record is bad then the error that ends the run is Korean', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) + '{"id":"x1","answers":[]}\n' });
    const r = await runCli(['batch', 'in.jsonl', '--out', 'rows.jsonl', '--quiet', '--lang', 'ko'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const block = errorBlock(r.stderr, 'BATCH_RECORDS');
    expect(block).toContain('레코드 1건을 채점할 수 없었습니다. 나머지 레코드는 모두 채점해서 썼습니다.');
    expect(block).toContain('--errors 파일이름을 붙이세요.');
    expect(englishWords(block)).toEqual([]);
  });
});

describe('case code and terminal errors in Korean', () => {
  it('when the case code is not a code then the error is Korean', async () => {
    const r = await runCli(['screen', '--case', 'abc', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: 주어진 사례 코드는 올바른 사례 코드가 아닙니다.');
    expect(r.stderr).not.toContain('abc');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when there is no terminal then the reason is Korean too', async () => {
    const r = await runCli(['screen', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[NO_TTY]: 대화형 선별은 터미널에서만 할 수 있습니다 (터미널 없음).');
    expect(englishWords(r.stderr.replace('tip-screen score ANSWERS_FILE', ''))).toEqual([]);
  });
});
