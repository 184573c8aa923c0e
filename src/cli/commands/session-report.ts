/** A saved session's assessment and summary, as `sessions show` and `sessions export` print them. */
import { stringify } from 'yaml';
import type { Lang } from '../../base/i18n.js';
import { assess } from '../../core/engine.js';
import { sessionFrameworksReport } from '../../interview/frameworks.js';
import type { Session } from '../../io/session.js';
import { caseFileHtml, caseFileMarkdown, sessionRecord } from '../case-record.js';
import type { FrameworksReport } from '../../report/frameworks.js';
import { buildReport, withRespondent, type Report } from '../../report/report.js';
import type { RespondentWords } from '../../report/summary.js';
import type { IndicatorSet } from '../../core/schema.js';
import { availableTranslations, loadTranslation } from '../../io/translations.js';
import { interviewSetup } from '../../interview/setup.js';

export function exportBody(
  session: Session,
  format: 'answers' | 'json' | 'markdown' | 'html',
  cwd: string,
  lang: Lang,
): string {
  if (format === 'answers')
    // With the frameworks, `tip-screen score` on this file gives the same side-by-side report.
    return stringify({
      set: session.set,
      ...(session.frameworks ? { frameworks: session.frameworks } : {}),
      ...(session.caseCode ? { case: session.caseCode } : {}),
      facts: session.facts,
      answers: session.answers,
    });
  const report = assessSession(session, cwd, lang);
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const caseFile = format === 'html' ? caseFileHtml : caseFileMarkdown;
  return caseFile(report, interviewSetup(session, cwd).loaded, sessionRecord(session));
}

/** The session's assessment: one report, or the side-by-side report of a frameworks session. */
export function assessSession(session: Session, cwd: string, lang: Lang): Report | FrameworksReport {
  const { loaded, frameworks } = interviewSetup(session, cwd);
  const words = respondentWords(loaded.set, session.respondentLang);
  if (frameworks) {
    const fr = sessionFrameworksReport(frameworks, session, lang);
    const [primary, ...others] = fr.frameworks;
    return { ...fr, frameworks: [withRespondent(primary!, loaded.set, words), ...others] };
  }
  return withRespondent(buildReport(assess(loaded.compiled, session), loaded.set, lang), loaded.set, words);
}

/** The summary's words in the session's respondent language, if it has one that is still shipped. */
function respondentWords(set: IndicatorSet, code: string | undefined): RespondentWords | undefined {
  if (!code) return undefined;
  if (code !== 'ko' && code !== 'en' && !availableTranslations(set.id).includes(code)) return undefined;
  return loadTranslation(set, code).summary;
}

export const isFrameworks = (r: Report | FrameworksReport): r is FrameworksReport => 'disagreements' in r;

export function summary(s: Session) {
  return {
    id: s.id,
    caseCode: s.caseCode,
    set: s.set,
    ...(s.frameworks ? { frameworks: s.frameworks } : {}),
    status: s.status,
    answered: Object.keys(s.answers).length,
    facts: Object.keys(s.facts).length,
    updatedAt: s.updatedAt,
    outcome: s.outcome,
  };
}
