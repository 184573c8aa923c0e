import { describe, expect, it } from 'vitest';
import { loadTranslation, translationCompleteness } from '../../src/io/translations.js';
import { loadSet } from '../../src/io/load-set.js';
import { runCli } from '../helpers/cli.js';
import { answerUntil, screen, startInterview } from './drive.js';

const { set } = loadSet('nhrck-2016');

describe('respondent language', () => {
  it('when Vietnamese is chosen then questions and answer labels also show in Vietnamese', async () => {
    const vi = loadTranslation(set, 'vi');
    expect(vi.reviewed).toBe(false);
    const d = startInterview(undefined, 'ko', vi);
    expect(screen.getScreen()).toContain('예 · Có');
    await answerUntil(d, (k) => (k === 'safety' ? 'n' : k === 'opening' ? 'c' : '30'), 'fact:disability');
    const question = vi.question('fact', 'disability');
    expect(question.fallback).toBe(false);
    expect(d.output()).toContain(`(vi) ${question.text.slice(0, 20)}`);
    screen.keypress('p');
    await d.end;
  });

  it('when a text is not translated then English is shown with a visible marker, never a blank', () => {
    const extra = {
      ...set,
      indicators: [
        ...set.indicators,
        {
          ...set.indicators[0]!,
          id: 'org.act.extra',
          question: { ko: '추가 질문', en: 'An extra question?' },
        },
      ],
    };
    const vi = loadTranslation(extra, 'vi');
    expect(vi.question('indicator', 'org.act.extra')).toEqual({ text: 'An extra question?', fallback: true });
    const rows = translationCompleteness(extra);
    const viRow = rows.find((r) => r.lang === 'vi')!;
    expect(viRow.missing).toContain('org.act.extra.question');
    expect(viRow.translated).toBeLessThan(viRow.total);
  });

  it('when translation completeness is asked then every language of the set is listed', async () => {
    const r = await runCli(['indicators', 'i18n', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as {
      languages: { lang: string; translated: number; total: number; reviewed: boolean }[];
    };
    expect(data.languages.map((l) => l.lang)).toEqual(['ko', 'en', 'vi']);
    const vi = data.languages.find((l) => l.lang === 'vi')!;
    expect(vi.translated).toBe(vi.total);
    expect(vi.reviewed).toBe(false);
  });

  it('when an unknown respondent language is asked then the error lists the available ones', () => {
    expect(() => loadTranslation(set, 'xx')).toThrow(
      expect.objectContaining({ code: 'USAGE', hint: expect.stringContaining('Available: ko, en, vi') }),
    );
  });
});
