/**
 * Under --lang ko an error reads in Korean from its title to its hint: the words come from one
 * table keyed by error code, the English stays for English. Ids, paths and codes are not words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '../../indicators/examples/child-chat-app.yaml');

/** English words left once ids, paths, error codes, quoted keys and the command name are taken out. */
const englishWords = (text: string) =>
  text
    .replace(/\[[A-Z_]+\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\S*[/.]\S*/g, '')
    .replace(
      /\b(yes|no|unknown|declined|answers|facts|set|frameworks|case|ENOENT|nhrck-2016|kr-2023|palermo)\b/g,
      '',
    )
    .match(/[A-Za-z]{4,}/g) ?? [];

describe('errors in Korean', () => {
  it('when a set file has structural problems then validate lists each in Korean, at its line', async () => {
    const dir = testdir({
      'set.yaml': 'id: x\nversion: 1\nindicators:\n  - id: a\n    element: acts\n    extra: 1\n',
    });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml'), '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('set.yaml:2:10: 글자 값이어야 합니다 (받은 값: 숫자) (위치 version)');
    expect(r.stderr).toContain('set.yaml:5:14: 다음 중 하나여야 합니다: "act", "means", "purpose"');
    expect(r.stderr).toContain('set.yaml:6:5: 알 수 없는 키 "extra"');
    expect(r.stderr).toContain('필수 항목이 없습니다 (매핑 필요) (위치 title)');
    // Keys of the set format (title, indicators.0.short …) are names, not words.
    expect(englishWords(r.stderr.replace(/\(위치 [^)]*\)/g, ''))).toEqual([]);
    const en = await runCli(['indicators', 'validate', join(dir, 'set.yaml'), '--lang', 'en']);
    expect(en.stderr).toContain('set.yaml:2:10: expected string, got a number (at version)');
    expect(en.stderr).toContain('set.yaml:6:5: unknown key "extra"');
  });

  it('when the set id is unknown then the error and its hint are Korean', async () => {
    const r = await runCli(['score', EXAMPLE, '--set', 'no-such-set', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '지표 세트를 찾을 수 없습니다 [SET_NOT_FOUND]: 그런 이름의 기본 지표 세트가 없습니다.',
    );
    expect(r.stderr).not.toContain('no-such-set');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when the answers file names an unknown indicator or a wrong answer then every line is Korean', async () => {
    const dir = testdir({
      'a.yaml':
        "answers:\n  nhrck16.act.recruitmen: 'yes'\n  nhrck16.act.harbouring: maybe\nfacts:\n  age: old\n",
    });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--lang', 'ko']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('에 문제가 3개 있습니다.');
    expect(r.stderr).toContain(
      '"nhrck16.act.recruitmen"은(는) nhrck-2016 세트의 지표가 아닙니다; "nhrck16.act.recruitment"을(를) 말씀하신 건가요?',
    );
    expect(r.stderr).toContain('(받은 값: 다른 글자)');
    expect(r.stderr).not.toContain('maybe');
    expect(englishWords(r.stderr)).toEqual([]);
    const en = await runCli(['score', join(dir, 'a.yaml'), '--lang', 'en']);
    expect(en.stderr).toContain('has 3 problem(s).');
    expect(en.stderr).toContain('is not an indicator of set nhrck-2016');
  });

  it('when the answers file cannot be read then the error is Korean', async () => {
    const r = await runCli(['score', join(testdir({}), 'missing.yaml'), '--lang', 'ko']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('을(를) 읽을 수 없습니다: ENOENT.');
    expect(r.stderr).toContain('파일 이름과 읽기 권한을 확인하세요.');
    expect(englishWords(r.stderr)).toEqual([]);
  });
});
