/** Reading training results back for a class report (the format: report/training-result.ts). */
import { isUserError, UserError, type Problem } from '../base/errors.js';
import { SAFE_PARSE } from '../base/zod-messages.js';
import { resultSchema, type TrainingResult } from '../report/training-result.js';
import { say } from '../base/catalogue/index.js';
import { readInputFile, refusalProblem } from './input-file.js';
import { zodProblems } from './zod-problems.js';
import { parseYamlSource } from './yaml-source.js';

/** Reads result files; throws one UserError listing the problems of every bad file. */
export function readResults(files: string[]): TrainingResult[] {
  const results: TrainingResult[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let src: ReturnType<typeof parseYamlSource>;
    try {
      src = parseYamlSource(readInputFile(file, 'result'), file);
    } catch (e) {
      // Too large, not UTF-8, hostile YAML: listed with the other files' problems.
      if (!isUserError(e)) throw e;
      problems.push(refusalProblem(file, e), ...e.problems);
      continue;
    }
    if (src.errors.length) {
      problems.push(...src.errors);
      continue;
    }
    const parsed = resultSchema.safeParse(src.data, SAFE_PARSE);
    if (parsed.success) results.push(parsed.data);
    else problems.push(...zodProblems(src, parsed.error.issues));
  }
  if (problems.length)
    throw new UserError('USAGE', (lang) => say(lang).ioSetErrors.USAGE.results(problems.length), {
      problems,
    });
  return results;
}
