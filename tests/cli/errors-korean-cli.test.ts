/**
 * The commands' own errors (wrong flags, a missing folder or item, an uncovered crosswalk item, an
 * encrypted file without a passphrase) read in Korean under --lang ko from the title to the hint,
 * and as before under --lang en. Ids, paths, codes, flags and commands are not words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CROSSWALK_FILE } from '../../src/io/load-crosswalk.js';
import { encrypt } from '../../src/io/crypto.js';
import { runCli, testdir } from '../helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '../../indicators/examples/child-chat-app.yaml');

/**
 * Runs of English letters left once quoted text, [CODES], ENV_NAMES, flags, commands, paths and ids
 * are taken out.
 */
const englishWords = (text: string) =>
  text
    .replace(/"[^"]*"/g, '')
    .replace(/\[[A-Z_]+\]/g, '')
    .replace(/[A-Z]+(?:_[A-Z]+)+/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/tip-screen( [a-z]+)*/g, '')
    .replace(/\S*[-/.]\S*/g, '')
    .replace(/\b(palermo)\b/g, '')
    .match(/[A-Za-z]{4,}/g) ?? [];

describe('command errors in Korean', () => {
  it('when --jobs is not a whole number then the usage error is Korean, and English under --lang en', async () => {
    const r = await runCli(['batch', '-', '--jobs', 'many', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('명령 사용법 오류 [USAGE]: --jobs에는 1부터 64까지의 정수를 주세요.');
    expect(r.stderr).not.toContain('many');
    expect(englishWords(r.stderr)).toEqual([]);
    const en = await runCli(['batch', '-', '--jobs', 'many', '--lang', 'en']);
    expect(en.stderr).toBe('Usage error [USAGE]: --jobs must be a whole number from 1 to 64.\n');
  });

  it('when screen is given both --set and --frameworks then the error and its hint are Korean', async () => {
    const args = ['screen', '--set', 'nhrck-2016', '--frameworks', 'kr-2023'];
    const r = await runCli([...args, '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: --set과 --frameworks 중 하나만 쓰세요.');
    expect(r.stderr).toContain('대응표가 정한 기본 세트에서 나옵니다.');
    expect(englishWords(r.stderr)).toEqual([]);
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stderr).toBe(
      'Usage error [USAGE]: Use either --set or --frameworks, not both.\n' +
        "Drop --set: with --frameworks the questions come from the crosswalk's primary set.\n",
    );
  });

  it('when score is given both --set and --frameworks then the error is Korean', async () => {
    const r = await runCli([
      'score',
      EXAMPLE,
      '--set',
      'nhrck-2016',
      '--frameworks',
      'kr-2023',
      '--lang',
      'ko',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]: --set과 --frameworks 중 하나만 쓰세요.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when indicators show names no item of the set then the error and its hint are Korean', async () => {
    const r = await runCli(['indicators', 'show', 'nhrck16.act.nothing', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nhrck-2016 세트에 "nhrck16.act.nothing" 항목이 없습니다.');
    expect(r.stderr).toContain('"tip-screen indicators list"를 실행하면 id를 볼 수 있습니다.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when train --out names a folder that does not exist then the error is Korean', async () => {
    const out = join(testdir({}), 'missing', 'result.json');
    const r = await runCli(['train', '--out', out, '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[USAGE]: 결과를 ${out}에 저장할 수 없습니다: 그 폴더가 없습니다.`);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when training has no terminal then the reason is named in Korean too', async () => {
    const r = await runCli(['train', '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[NO_TTY]: 훈련은 터미널에서만 할 수 있습니다 (터미널 없음).');
    expect(englishWords(r.stderr)).toEqual([]);
    const en = await runCli(['train', '--lang', 'en']);
    expect(en.stderr).toContain('[NO_TTY]: Training needs a terminal (no terminal).');
  });

  it('when a crosswalk item is covered by no question then the error, its problem and the listing are Korean', async () => {
    const text = readFileSync(CROSSWALK_FILE, 'utf8').replace(
      /^ {4}palermo\.purpose\.organ-removal:.*\n/m,
      '',
    );
    const file = join(testdir({ 'crosswalk.yaml': text }), 'crosswalk.yaml');
    const r = await runCli(['indicators', 'crosswalk', '--file', file, '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('palermo.purpose.organ-removal (purpose) <- 없음: 따로 물어야 합니다');
    expect(r.stderr).toContain(
      '대응표에 빈 항목이 있습니다 [CROSSWALK_GAPS]: 어떤 면접 질문으로도 확인되지 않는 기준 항목이 1개 있습니다.',
    );
    expect(r.stderr).toContain(
      'palermo: "palermo.purpose.organ-removal" (목적)은(는) 어떤 면접 질문으로도 확인되지 않습니다',
    );
    expect(r.stderr).toContain('각 항목을 nhrck-2016의 질문 하나 이상에 연결하세요.');
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('when an encrypted file is decrypted with no passphrase and no terminal then the error is Korean', async () => {
    const dir = testdir({});
    const file = join(dir, 'report.md.enc');
    writeFileSync(file, encrypt(Buffer.from('# report\n'), 'a long enough passphrase'));
    const r = await runCli(['decrypt', file, '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[BAD_PASSPHRASE]: 암호화된 파일인데 암호가 주어지지 않았습니다.');
    expect(r.stderr).toContain('TIP_SCREEN_PASSPHRASE를 설정하거나');
    expect(englishWords(r.stderr)).toEqual([]);
  });
});
