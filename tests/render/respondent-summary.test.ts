/**
 * With a respondent language, the summary read aloud is also said in the person's own language:
 * the same finding, rights and next step, in the translation's words. A right with no translation
 * is said in English and counted, so the screener knows to read that part themselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';
import { loadTranslation } from '../../src/io/translations.js';
import { renderText } from '../../src/render/text.js';
import { Chalk } from 'chalk';
import { buildReport, withRespondent } from '../../src/report/report.js';
import { caseFileMarkdown, sessionRecord } from '../../src/cli/case-record.js';
import { newSession } from '../../src/io/session.js';
import { answerUntil, finishReview, startInterview } from '../interview/drive.js';

const loaded = loadSet('nhrck-2016', process.cwd());
const plain = { chalk: new Chalk({ level: 0 }), width: 80 };
const { set } = loaded;
const vi = loadTranslation(set, 'vi');
const words = vi.summary!;
const example = parse(
  readFileSync(new URL('../../indicators/examples/child-chat-app.yaml', import.meta.url), 'utf8'),
) as {
  facts: Record<string, never>;
  answers: Record<string, never>;
};
const assessment = assess(loaded.compiled, { facts: example.facts, answers: example.answers });

describe('the summary in the respondent language', () => {
  it('when Vietnamese is set then the same finding, rights and next step are said in Vietnamese', () => {
    const report = withRespondent(buildReport(assessment, set, 'ko'), set, words);
    const theirs = report.respondentSummary!;
    expect(theirs).toMatchObject({ lang: 'vi', name: 'Tiếng Việt', untranslated: 0 });
    expect(theirs.lines[0]).toBe(words.finding[report.outcome]);
    expect(theirs.lines[1]).toBe(words.notLegal);
    // One right per right of the screener's summary, each the translation of that note's.
    const rights = theirs.lines.slice(2, -1);
    expect(rights).toHaveLength(report.summary.rights.length);
    report.summary.rights.forEach((r, i) =>
      expect(rights[i]).toBe(`${i === 0 ? words.rights : ''}${words.right(r.legal)}`),
    );
    const next = set.referrals.find((r) => r.id === report.summary.nextStep!.referral)!;
    expect(theirs.lines.at(-1)).toContain(next.contact);
    expect(theirs.lines.at(-1)).toContain(words.referralName(next.id)!);
    // Nothing of it is Korean or English.
    expect(theirs.lines.join(' ')).not.toMatch(/[\uac00-\ud7a3]/);
  });

  it('when a right has no translation then it is said in English and counted, never left out', () => {
    const report = buildReport(assessment, set, 'en');
    const missing = report.summary.rights[0]!.legal;
    const partial = { ...words, right: (id: string) => (id === missing ? undefined : words.right(id)) };
    const theirs = withRespondent(report, set, partial).respondentSummary!;
    expect(theirs.untranslated).toBe(1);
    expect(theirs.lines[2]).toBe(words.rights + set.legal.find((l) => l.id === missing)!.right!.en);
    const text = renderText(withRespondent(report, set, partial), plain);
    expect(text).toContain('1 part(s) without a translation are shown in English');
  });

  it('when the respondent language is the report language then nothing is added', () => {
    const report = buildReport(assessment, set, 'ko');
    expect(withRespondent(report, set, loadTranslation(set, 'ko').summary)).toBe(report);
    expect(buildReport(assessment, set, 'ko').respondentSummary).toBeUndefined();
  });

  it('when the report is printed and filed then both summaries are there, each within six lines', () => {
    const report = withRespondent(buildReport(assessment, set, 'en'), set, words);
    const text = renderText(report, plain);
    const heading = `${words.heading} (Tiếng Việt)`;
    expect(text).toContain(heading);
    const after = text.slice(text.indexOf(heading)).split('\n').slice(1);
    const block = after.slice(
      0,
      after.findIndex((l) => !l.startsWith('  ')),
    );
    expect(block.length).toBeGreaterThan(2);
    expect(block.length).toBeLessThanOrEqual(6);
    expect(block.join(' ')).toContain(words.finding[report.outcome].slice(0, 30));
    const session = newSession({ set: 'nhrck-2016', lang: 'en', respondentLang: 'vi', now: new Date() });
    Object.assign(session, { facts: example.facts, answers: example.answers });
    const md = caseFileMarkdown(report, loaded, sessionRecord(session));
    expect(md).toContain(`## ${heading}`);
    expect(md).toContain(words.notLegal);
  });

  it('when an interview in Korean with Vietnamese for the person ends then its report says the summary in Vietnamese', async () => {
    const d = startInterview(undefined, 'ko', vi);
    await answerUntil(d, (k) =>
      k === 'safety'
        ? 'n'
        : k === 'opening'
          ? 'c'
          : k === 'fact:age'
            ? '30'
            : k.startsWith('fact:')
              ? 'u'
              : 'n',
    );
    await finishReview(d);
    expect(d.output()).toContain(`${words.heading} (Tiếng Việt)`);
    // The terminal text is wrapped: compare with its line breaks and indents folded.
    expect(d.output().replace(/\s+/g, ' ')).toContain(words.notLegal);
  });
});
