/** Scores an answers file under several frameworks: checks it, derives, assesses, reports. */
import type { AnswersFile } from '../answers-file.js';
import { EXIT, UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { assessFrameworks } from './assess.js';
import { checkInterviewInput } from './interview-input.js';
import { loadCrosswalk, type Crosswalk } from './load-crosswalk.js';
import { buildFrameworksReport, type FrameworksReport } from './report.js';
import { parseFrameworkList } from './select.js';

export function scoreFrameworksFile(
  file: AnswersFile,
  list: string | string[],
  lang: Lang,
  cw: Crosswalk = loadCrosswalk(),
): FrameworksReport {
  const ids = parseFrameworkList(cw, list);
  const { input, problems } = checkInterviewInput(cw, ids, file.facts, file.answers);
  if (problems.length)
    throw new UserError('ANSWERS_INVALID', `${file.source.file} has ${problems.length} problem(s).`, {
      exitCode: EXIT.record,
      problems: problems.map((p) => file.source.problem(p.path, p.message)),
      hint: `Answer the questions of ${cw.primary.set.id} ("tip-screen indicators list"); "tip-screen indicators crosswalk" shows how the other frameworks use them.`,
    });
  return buildFrameworksReport(assessFrameworks(ids, input.facts ?? {}, input.answers ?? {}, cw), lang);
}
