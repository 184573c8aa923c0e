/**
 * The case file a worker files: its header, every question with its answer and notes, what is
 * still unknown or declined, the open questions, the assessment, notes, actions, referrals with
 * their source dates, and a line to sign. Readable as Markdown and as plain text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileMarkdown, sessionRecord } from '../../src/cli/case-record.js';
import { assess } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';
import { newSession, type Session } from '../../src/io/session.js';
import { buildReport } from '../../src/report/report.js';
import type { Lang } from '../../src/base/i18n.js';

const { set, compiled } = loadSet('nhrck-2016', process.cwd());

function session(lang: Lang): Session {
  const s = newSession({
    set: 'nhrck-2016',
    lang,
    caseCode: 'CASE-7',
    respondentLang: 'vi',
    now: new Date('2026-12-01T05:30:00Z'),
  });
  s.updatedAt = '2026-12-01T06:10:00Z';
  s.facts = {
    age: 24,
    disability: 'no',
    foreignNational: 'yes',
    immigrationStatus: 'e-6',
    sector: 'entertainment',
  };
  s.answers = {
    'nhrck16.act.recruitment': 'yes',
    'nhrck16.means.fraud-deception': 'yes',
    'nhrck16.purpose.documents-taken': 'yes',
    'nhrck16.purpose.wages-controlled': 'unknown',
    'nhrck16.purpose.forced-sex': 'declined',
    'nhrck16.purpose.excessive-hours': 'no',
  };
  s.notes = {
    'nhrck16.purpose.documents-taken': ['The manager keeps the passport in the office.', 'Said twice.'],
    age: 'Age from the registration card.',
  };
  return s;
}

const render = (lang: Lang) => {
  const s = session(lang);
  return caseFileMarkdown(buildReport(assess(compiled, s), set, lang), { set, compiled }, sessionRecord(s));
};

describe('the case file', () => {
  it.each<Lang>(['en', 'ko'])('when a session is filed in %s then every answer and note is in it', (lang) => {
    const md = render(lang);
    const s = session(lang);
    for (const id of Object.keys(s.answers)) {
      const question = set.indicators.find((i) => i.id === id)!.question[lang];
      const line = md.split('\n').find((l) => l.includes(question.replace(/([\\`*_[\]|<>])/g, '\\$1')));
      expect(line, id).toBeDefined();
      const word = {
        en: { yes: 'yes', no: 'no', unknown: 'unknown', declined: 'declined' },
        ko: { yes: '예', no: '아니오', unknown: '모름', declined: '답변 거부' },
      }[lang][s.answers[id]!];
      expect(line).toContain(`**${word}**`);
    }
    expect(md).toContain('The manager keeps the passport in the office.');
    expect(md).toContain('Said twice.');
    expect(md).toContain('Age from the registration card.');
    // The facts with their answers, an option by its label.
    expect(md).toContain(lang === 'en' ? '**Entertainment visa (E-6)**' : '**예술흥행(E-6)**');
  });

  it('when a session is filed then the header says who, when, in which languages, under which set and tool', () => {
    const md = render('en');
    expect(md).toContain('| Case code | CASE-7 |');
    expect(md).toMatch(/\| Started \| 2026-12-01 \d\d:30 \(UTC[+-]\d\d:\d\d\) \|/);
    expect(md).toMatch(/\| Saved \| 2026-12-01 \d\d:10 /);
    expect(md).toContain('| Screener language | English |');
    expect(md).toContain('| Respondent language | Tiếng Việt (vi) |');
    expect(md).toContain(`(nhrck-2016 ${set.version})`);
    expect(md).toMatch(/\| Tool \| tip-screen \d+\.\d+\.\d+ \|/);
  });

  it('when answers are unknown or declined then they are listed by label, and declining is said not to count', () => {
    const md = render('en');
    const unknown = md.split('\n').find((l) => l.startsWith('- **Unknown:**'))!;
    expect(unknown).toContain('pay withheld or controlled by others');
    const declined = md.split('\n').find((l) => l.startsWith('- **Declined:**'))!;
    expect(declined).toContain('made to sell sex or perform sexual acts');
    expect(md).toContain('Declined answers are never held against the person.');
    expect(md).toMatch(/### Open questions, in the order to ask them\n\n1\. /);
  });

  it('when a session is filed then referrals carry source dates and the file ends with a line to sign', () => {
    const md = render('en');
    expect(md).toMatch(
      /Police emergency \*\*112\*\* _\\\[source dated \d{4}-\d\d-\d\d, check before use\\\]_/,
    );
    expect(md).toContain("Screener's signature: ____");
    expect(md).toContain('Referred to: ____');
    expect(md).toMatch(/<details>\n<summary>Item ids \(technical\)<\/summary>/);
    // Ids only in the folded block at the end.
    const beforeIds = md.slice(0, md.indexOf('<details>'));
    for (const i of set.indicators) expect(beforeIds).not.toContain(i.id);
  });

  it('when a Korean case file is written then its words are Korean outside ids, numbers and names', () => {
    const s = session('ko');
    s.notes = { age: '외국인등록증으로 확인함.' };
    const md = caseFileMarkdown(
      buildReport(assess(compiled, s), set, 'ko'),
      { set, compiled },
      sessionRecord(s),
    );
    const body = md.slice(0, md.indexOf('<details>'));
    const english = [...body.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]);
    // The case code, the set id, the tool's name (tip-screen) and a KakaoTalk channel id (women1366).
    const allowed = new Set(['CASE', 'nhrck', 'screen', 'women']);
    expect(english.filter((w) => !allowed.has(w) && !/^\d/.test(w))).toEqual([]);
  });
});

describe('the tool version a case file records', () => {
  it('when the version is recorded then it is the package version', async () => {
    const { TOOL_VERSION } = await import('../../src/base/version.js');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(pkg.version);
  });

  it('when a question was ruled out by earlier answers then the case file says it did not apply, not that it was not asked', () => {
    const md = render('en');
    // Age is known (24): whether the person looks under 19 is not a question for this case.
    expect(md).toMatch(/under 19\?[^\n]*did not apply \(ruled out by earlier answers\)/);
    // A question the interview never reached is still "not asked".
    expect(md).toContain('_not asked_');
    const ko = render('ko');
    expect(ko).toContain('해당 없음 (앞의 답으로 제외됨)');
  });
});
