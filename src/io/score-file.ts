/** Scores an answers file under several frameworks: checks it, derives, assesses, reports. */
import { capProblems, type AnswersFile } from './answers-file.js';
import { EXIT, UserError } from '../base/errors.js';
import { shown } from './file-checks.js';
import { say } from '../base/catalogue/index.js';
import type { InputProblem } from '../core/check-input.js';
import type { Lang } from '../base/i18n.js';
import { assessFrameworks } from '../frameworks/assess.js';
import { checkInterviewInput } from '../frameworks/interview-input.js';
import type { Crosswalk } from '../frameworks/crosswalk-schema.js';
import { buildFrameworksReport, type FrameworksReport } from '../report/frameworks.js';
import { parseFrameworkList } from '../frameworks/select.js';

export function scoreFrameworksFile(
  file: AnswersFile,
  list: string | string[],
  lang: Lang,
  cw: Crosswalk,
): FrameworksReport {
  const ids = parseFrameworkList(cw, list);
  return scoreInterview(ids, file.facts, file.answers, lang, cw, (problems) => {
    const said = (userLang: Lang) =>
      say(userLang).ioSetErrors.ANSWERS_INVALID.frameworks(
        shown(file.source.file),
        problems.length,
        cw.primary.set.id,
      );
    throw new UserError('ANSWERS_INVALID', said, {
      exitCode: EXIT.record,
      problems: capProblems(problems, (p) => file.source.problem(p.path, p.message, p.ko)),
    });
  });
}

/**
 * The same scoring for facts and answers held in memory, such as a saved screening session, so
 * that a session and an answers file exported from it give the same report.
 */
export function scoreInterview(
  ids: string[],
  facts: unknown,
  answers: unknown,
  lang: Lang,
  cw: Crosswalk,
  onProblems: (problems: InputProblem[]) => never = (problems) => {
    throw new UserError(
      'ANSWERS_INVALID',
      (userLang) => say(userLang).ioSetErrors.ANSWERS_INVALID.screening(problems.length),
      {
        exitCode: EXIT.record,
        problems: problems.map((p) => ({ path: p.path.join('.'), message: p.message, ko: p.ko })),
      },
    );
  },
): FrameworksReport {
  const { input, problems } = checkInterviewInput(cw, ids, facts, answers);
  if (problems.length) onProblems(problems);
  return buildFrameworksReport(assessFrameworks(ids, input.facts ?? {}, input.answers ?? {}, cw), lang);
}
