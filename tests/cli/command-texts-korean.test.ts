/**
 * Under --lang ko the plain output of the listing and checking commands reads in Korean too:
 * sessions, translations, scenario checks and a batch's bad records. The first word a script
 * reads (ok, bad, FAIL) stays, ids, paths and codes are not words, and the English is unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { freshStore, sampleSession, sessionsCli } from '../helpers/sessions.js';

const HANGUL = /[\uac00-\ud7a3]/;

/** English words left once paths, ids, codes, flags, keys, quoted names and the line tokens are taken out. */
const englishWords = (text: string) =>
  text
    .replace(/\[[A-Z_]+\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/--[a-z-]+/g, '')
    .replace(/\S*[/.]\S*/g, '')
    .replace(/\S+-\S+/g, '')
    .replace(/^(ok|bad|FAIL)\b/gm, '')
    .replace(/\b(ID|id|facts|answers|yes|no|unknown|declined|reviewed: false|English)\b/g, '')
    .match(/[A-Za-z]{4,}/g) ?? [];

describe('command output in Korean', () => {
  it('when there are no saved sessions then the list says so in Korean, and in English as before', async () => {
    const { root } = freshStore();
    const ko = await sessionsCli(root, ['list', '--lang', 'ko']);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toBe(`${join(root, 'sessions')}에 저장된 세션이 없습니다.\n`);
    const en = await sessionsCli(root, ['list', '--lang', 'en']);
    expect(en.stdout).toBe(`No saved sessions in ${join(root, 'sessions')}.\n`);
  });

  it('when sessions are listed, shown and deleted then the headings, states and lines are Korean', async () => {
    const { root, store } = freshStore();
    const good = sampleSession({ caseCode: 'GOOD-1' });
    const sealed = sampleSession();
    const junk = sampleSession();
    store.save(good);
    store.save(junk);
    store.save(sealed, 'pw');
    writeFileSync(join(store.dir, `${junk.id}.json`), '{ not json');

    const list = await sessionsCli(root, ['list', '--lang', 'ko']);
    expect(list.code).toBe(0);
    const lines = list.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +상태 +사례 코드 +답변 수 +마지막 변경$/);
    expect(lines.find((l) => l.startsWith(good.id))).toMatch(/진행 중 +GOOD-1 +1 /);
    expect(lines.find((l) => l.startsWith(sealed.id))).toContain('암호화됨');
    expect(lines.find((l) => l.startsWith(junk.id))).toContain('손상됨: ');
    expect(list.stderr).toContain('세션 파일 1개를 열 수 없습니다.');
    expect(englishWords(list.stdout + list.stderr)).toEqual([]);

    const show = await sessionsCli(root, ['show', good.id, '--lang', 'ko']);
    const head = show.stdout.split('\n').slice(0, 3).join('\n');
    expect(head).toContain('사례 코드 GOOD-1  지표 세트 nhrck-2016');
    expect(head).toContain('답변 1개, 사실 2개, 마지막 저장 ');
    expect(head).toContain('지금까지의 결과: 피해 가능성 있음');
    expect(englishWords(head)).toEqual([]);

    const del = await sessionsCli(root, ['delete', good.id, '--yes', '--lang', 'ko']);
    expect(del.stdout).toBe(`세션 ${good.id}을(를) 삭제했습니다.\n`);
    const en = await sessionsCli(root, ['list', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe(
      'ID                 STATUS       CASE             ANSWERS  LAST CHANGED',
    );
    expect(en.stderr).toBe(
      '1 session file cannot be opened; run "tip-screen sessions show ID" for the reason and the fix.\n',
    );
  });

  it('when the translations are listed then whether each was reviewed is said in Korean', async () => {
    const r = await runCli(['indicators', 'i18n', '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ko .* 검토됨$/m);
    expect(r.stdout).toContain('검토되지 않음 (reviewed: false)');
    expect(HANGUL.test(r.stdout)).toBe(true);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it('when the scenario library is checked then each line shows the outcome label and the total in Korean', async () => {
    const r = await runCli(['scenarios', 'check', '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok    control-labour-dispute: 피해 가능성 있음\n');
    expect(r.stdout).toMatch(/^시나리오 (\d+)개 중 \1개가 기대한 결과를 냅니다\.$/m);
    expect(englishWords(r.stdout + r.stderr)).toEqual([]);
    const en = await runCli(['scenarios', 'check', '--lang', 'en']);
    expect(en.stdout).toContain('ok    control-labour-dispute: possible\n');
    expect(en.stdout).toMatch(/^(\d+) of \1 scenario\(s\) give the expected outcome\.$/m);
  });

  it('when a batch has a bad record then its line is Korean and --errors keeps the English', async () => {
    const dir = testdir({
      'in.jsonl':
        JSON.stringify({ id: 'a1', answers: { 'nhrck16.act.recruitment': 'yes' } }) +
        '\n' +
        JSON.stringify({ id: 'bad-id', answers: { 'nhrck16.act.recruitmnet': 'yes' } }) +
        '\n',
    });
    const args = ['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'];
    const errors = join(dir, 'errors.jsonl');
    const ko = await runCli([...args, '--errors', errors, '--lang', 'ko']);
    expect(ko.code).toBe(1);
    const line = ko.stderr.split('\n')[0]!;
    expect(line).toBe(
      '2번째 줄 (id bad-id): answers.nhrck16.act.recruitmnet: "nhrck16.act.recruitmnet"은(는) nhrck-2016 세트의 지표가 아닙니다; "nhrck16.act.recruitment"을(를) 말씀하신 건가요?',
    );
    expect(englishWords(ko.stderr)).toEqual([]);
    const english = {
      line: 2,
      id: 'bad-id',
      problems: [
        {
          path: 'answers.nhrck16.act.recruitmnet',
          message:
            '"nhrck16.act.recruitmnet" is not an indicator of set nhrck-2016; did you mean "nhrck16.act.recruitment"?',
        },
      ],
    };
    expect(readFileSync(errors, 'utf8')).toBe(JSON.stringify(english) + '\n');
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stderr.split('\n')[0]).toBe(
      'line 2 (id bad-id): answers.nhrck16.act.recruitmnet: "nhrck16.act.recruitmnet" is not an indicator of set nhrck-2016; did you mean "nhrck16.act.recruitment"?',
    );
  });
});
