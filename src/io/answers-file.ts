/**
 * Reads an answers file (YAML or JSON; "-" for standard input):
 *   { set?: ID|FILE, case?: CODE, facts: {...}, answers: { <indicatorId>: yes|no|unknown|declined } }
 * Problems are reported with file:line:col and exit code 1; nothing is scored from a bad file.
 */
import type { Readable } from 'node:stream';
import { checkInput } from '../core/check-input.js';
import type { ScreeningInput } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import { EXIT, UserError, type Problem } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { shown } from './file-checks.js';
import { readInputFile, readInputStream } from './input-file.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

const TOP_KEYS = ['set', 'frameworks', 'case', 'facts', 'answers'];

export interface AnswersFile {
  source: YamlSource;
  setRef: string | undefined;
  frameworks: string[] | undefined;
  caseCode: string | undefined;
  facts: unknown;
  answers: unknown;
}

/** The answers file's text, size-checked before reading and checked to be UTF-8. */
export async function readText(path: string, stdin: Readable): Promise<string> {
  if (path === '-') return readInputStream(stdin, '<stdin>', 'answers');
  return readInputFile(path, 'answers');
}

export function parseAnswersFile(text: string, file: string): AnswersFile {
  const source = parseYamlSource(text, file, { exitCode: EXIT.record });
  if (source.errors.length)
    throw new UserError('ANSWERS_YAML', (lang) => say(lang).errors.ANSWERS_YAML(shown(file)), {
      exitCode: EXIT.record,
      problems: source.errors,
    });
  const data = source.data;
  // Another kind of file given by mistake (or on purpose, as "set:" or on the command line) is
  // refused as such: listing its keys as unknown would print its content.
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !('answers' in data || 'facts' in data)
  )
    throw new UserError('NOT_ANSWERS', (lang) => say(lang).ioSetErrors.NOT_ANSWERS(shown(file)), {
      exitCode: EXIT.record,
    });
  const record = data as Record<string, unknown>;
  const problems = Object.keys(record)
    .filter((k) => !TOP_KEYS.includes(k))
    .map((k) =>
      source.problem(
        [k],
        `unknown key "${k}"; an answers file has ${TOP_KEYS.join(', ')}`,
        `알 수 없는 키 "${k}"; 답변 파일의 키는 ${TOP_KEYS.join(', ')}입니다`,
      ),
    );
  if (record.set !== undefined && typeof record.set !== 'string')
    problems.push(
      source.problem(['set'], 'set must be a set id or file path', 'set은 세트 id나 파일 경로여야 합니다'),
    );
  const fw = record.frameworks;
  if (fw !== undefined && !(Array.isArray(fw) && fw.every((f) => typeof f === 'string')))
    problems.push(
      source.problem(
        ['frameworks'],
        'frameworks must be a list of set ids',
        'frameworks는 세트 id 목록이어야 합니다',
      ),
    );
  if (problems.length)
    throw new UserError(
      'ANSWERS_INVALID',
      (lang) => say(lang).errors.ANSWERS_INVALID.keys(shown(file), problems.length),
      {
        exitCode: EXIT.record,
        problems: capProblems(problems, (p) => p),
      },
    );
  return {
    source,
    setRef: record.set as string | undefined,
    frameworks: fw as string[] | undefined,
    caseCode: typeof record.case === 'string' ? record.case : undefined,
    facts: record.facts,
    answers: record.answers,
  };
}

/** Checks the file's facts and answers against a set, failing with every problem at once. */
export function answersFor(file: AnswersFile, set: IndicatorSet): ScreeningInput {
  const { input, problems } = checkInput(set, file.facts, file.answers);
  if (problems.length)
    throw new UserError(
      'ANSWERS_INVALID',
      (lang) => say(lang).errors.ANSWERS_INVALID.problems(shown(file.source.file), problems.length),
      {
        exitCode: EXIT.record,
        problems: capProblems(problems, (p) => file.source.problem(p.path, p.message, p.ko)),
      },
    );
  return input;
}

/** At most this many problems are located and kept; the rest are counted. */
export const MAX_PROBLEMS = 1000;

/** The first MAX_PROBLEMS problems, located, and a line counting the rest. */
export function capProblems<T>(all: T[], toProblem: (p: T) => Problem): Problem[] {
  const kept = all.slice(0, MAX_PROBLEMS).map(toProblem);
  const more = all.length - MAX_PROBLEMS;
  if (more > 0) kept.push({ message: `and ${more} more problem(s)`, more });
  return kept;
}
