/**
 * Under --lang ko the errors about files and sessions read in Korean from the title to the hint,
 * problems included; the stable code stays, and the English stays for English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/io/input-file.js';
import { runCli, testdir } from '../helpers/cli.js';
import { freshStore, sampleSession, sessionsCli } from '../helpers/sessions.js';

/**
 * English words left once error codes, paths, flags, command names, setting names and codes in
 * capitals (YAML, UTF-8, an environment variable) are taken out.
 */
const englishWords = (text: string) =>
  text
    .replace(/\[[A-Z_]+\]/g, '')
    .replace(/\S*[/.]\S*/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/tip-screen( [a-z]+)*/g, '')
    .replace(/\b[A-Z][A-Z0-9_-]+\b/g, '')
    .replace(/\b(encrypt|true|false|lang|set|ko|en)\b/g, '')
    .match(/[A-Za-z]{4,}/g) ?? [];

describe('file and session errors in Korean', () => {
  it('when no session has the id then SESSION_NOT_FOUND reads in Korean', async () => {
    const { root } = freshStore();
    const r = await sessionsCli(root, ['show', '20261102-000000', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('세션을 찾을 수 없습니다 [SESSION_NOT_FOUND]:');
    expect(r.stderr).toContain('"20261102-000000" 세션이 없습니다.');
    expect(r.stderr).toContain('저장된 세션 목록은 tip-screen sessions list로 볼 수 있습니다.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when an id matches two sessions then SESSION_AMBIGUOUS and the sessions listed read in Korean', async () => {
    const { root, store } = freshStore();
    store.save(sampleSession({ id: '20261102-aa1234' }));
    store.save(sampleSession({ id: '20261102-bb1234' }));
    const r = await sessionsCli(root, ['show', '1234', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_AMBIGUOUS]: "1234"에 맞는 세션이 2개 있습니다.');
    expect(r.stderr).toMatch(/20261102-aa1234 {2}사례 T-001 {2}변경 /);
    expect(r.stderr).toContain('원하는 세션의 id 전체를 주세요.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when an answers file is over the limit then FILE_TOO_LARGE reads in Korean', async () => {
    const file = join(testdir({}), 'big.yaml');
    writeFileSync(file, 'answers: {}\n#' + 'x'.repeat(INPUT_LIMITS.answers));
    const r = await runCli(['score', file, '--lang', 'ko']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('파일이 너무 큽니다 [FILE_TOO_LARGE]:');
    expect(r.stderr).toContain('은(는) 답변 파일의 한도인 2 MiB보다 큽니다.');
    expect(r.stderr).toContain('답변 파일은(는) 이렇게 크지 않습니다.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when an answers file is not UTF-8 then NOT_UTF8 and its problem read in Korean', async () => {
    const file = join(testdir({}), 'latin1.yaml');
    writeFileSync(file, Buffer.from('answers:\n  caf\xe9: yes\n', 'latin1'));
    const r = await runCli(['score', file, '--lang', 'ko']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[NOT_UTF8]:');
    expect(r.stderr).toContain('은(는) UTF-8 텍스트가 아닙니다.');
    expect(r.stderr).toContain('latin1.yaml:2:6: 이 바이트는 올바른 UTF-8이 아닙니다');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when the settings file is not valid YAML then CONFIG_INVALID and the syntax error read in Korean', async () => {
    const dir = testdir({ 'data/config.yaml': 'encrypt: true\nset: [unclosed\n' });
    const r = await runCli(['screen', '--data-dir', join(dir, 'data'), '--no-input', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('설정 파일에 오류가 있습니다 [CONFIG_INVALID]: 설정 파일 ');
    expect(r.stderr).toContain('이(가) 올바르지 않습니다.');
    expect(r.stderr).toMatch(/config\.yaml:3:1: 들여쓰기가 잘못되었습니다 \(BAD_INDENT\)/);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when the settings file is not valid YAML then the English text is unchanged under --lang en', async () => {
    const dir = testdir({ 'data/config.yaml': 'encrypt: true\nset: [unclosed\n' });
    const r = await runCli(['screen', '--data-dir', join(dir, 'data'), '--no-input', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Settings file has errors [CONFIG_INVALID]: The settings file ${join(dir, 'data', 'config.yaml')} is not valid.`,
    );
    expect(r.stderr).toContain(
      'Fix the lines listed; the settings are encrypt (true or false), set (a set id or file) and lang (ko or en).',
    );
    expect(r.stderr).toContain('config.yaml:3:1: wrong indentation (BAD_INDENT)');
  });
});
