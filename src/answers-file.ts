/**
 * Reads an answers file (YAML or JSON; "-" for standard input):
 *   { set?: ID|FILE, case?: CODE, facts: {...}, answers: { <indicatorId>: yes|no|unknown|declined } }
 * Problems are reported with file:line:col and exit code 1; nothing is scored from a bad file.
 */
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { checkInput } from './core/check-input.js';
import type { ScreeningInput } from './core/engine.js';
import type { IndicatorSet } from './core/schema.js';
import { EXIT, UserError } from './errors.js';
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

export async function readText(path: string, stdin: Readable): Promise<string> {
  if (path !== '-') {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new UserError(
        'FILE_READ',
        `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`,
        {
          exitCode: EXIT.record,
          hint: 'Check the file name and that you may read it.',
        },
      );
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export function parseAnswersFile(text: string, file: string): AnswersFile {
  const source = parseYamlSource(text, file);
  if (source.errors.length)
    throw new UserError('ANSWERS_YAML', `${file} is not valid YAML or JSON.`, {
      exitCode: EXIT.record,
      problems: source.errors,
    });
  const data = source.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UserError('ANSWERS_INVALID', `${file} must contain a mapping with "facts" and "answers".`, {
      exitCode: EXIT.record,
      problems: [source.problem([], 'expected a mapping such as { facts: {...}, answers: {...} }')],
    });
  const record = data as Record<string, unknown>;
  const problems = Object.keys(record)
    .filter((k) => !TOP_KEYS.includes(k))
    .map((k) => source.problem([k], `unknown key "${k}"; an answers file has ${TOP_KEYS.join(', ')}`));
  if (record.set !== undefined && typeof record.set !== 'string')
    problems.push(source.problem(['set'], 'set must be a set id or file path'));
  const fw = record.frameworks;
  if (fw !== undefined && !(Array.isArray(fw) && fw.every((f) => typeof f === 'string')))
    problems.push(source.problem(['frameworks'], 'frameworks must be a list of set ids'));
  if (problems.length)
    throw new UserError('ANSWERS_INVALID', `${file} has ${problems.length} problem(s).`, {
      exitCode: EXIT.record,
      problems,
    });
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
    throw new UserError('ANSWERS_INVALID', `${file.source.file} has ${problems.length} problem(s).`, {
      exitCode: EXIT.record,
      problems: problems.map((p) => file.source.problem(p.path, p.message)),
      hint: 'Use the ids from "tip-screen indicators list", and answer yes, no, unknown or declined.',
    });
  return input;
}
