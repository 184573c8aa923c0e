/**
 * Everything the tool says, in Korean and English, in one catalogue: `say(lang)` gives the
 * language's texts, keyed by section and code. The sections are written in their own files, each
 * with the same keys in both languages (the English table is typed as the Korean one, so a key
 * missing in either does not compile). Set data (indicators, notes, referrals) carries its own
 * texts and is not here.
 */
import type { Lang } from '../i18n.js';
import { commonErrors } from './errors.js';
import { ioErrors } from './errors-io.js';
import { ioSetErrors } from './errors-io-sets.js';
import { ioSessionErrors } from './errors-io-sessions.js';
import { batchErrors } from './errors-batch.js';
import { batchInputErrors } from './errors-batch-input.js';
import { cliErrors } from './errors-cli.js';
import { errorTitles } from './error-titles.js';
import { errorWords } from './error-words.js';
import { frameworkTexts } from './frameworks.js';
import { caseFileTexts } from './case-file.js';
import { batchRunTexts } from './batch-run.js';
import { batchTexts } from './batch.js';
import { reportTexts } from './report.js';
import { trainingTexts } from './training.js';
import { interviewTexts } from './interview.js';
import { wordTexts } from './words.js';
import { keyTexts } from './keys.js';
import { schemaProblemTexts } from './schema-problems.js';
import { inputProblemTexts } from './input-problems.js';
import { identifyingKindTexts } from './identifying-kinds.js';
import { commandTexts } from './commands.js';

const build = (lang: Lang) => ({
  ...wordTexts[lang],
  // Each error's message and hint, keyed by its code, grouped by the layer that raises it (the
  // same code, USAGE say, is raised in several).
  errors: commonErrors[lang],
  ioErrors: ioErrors[lang],
  ioSetErrors: ioSetErrors[lang],
  ioSessionErrors: ioSessionErrors[lang],
  batchErrors: batchErrors[lang],
  batchInputErrors: batchInputErrors[lang],
  cliErrors: cliErrors[lang],
  errorTitle: errorTitles[lang],
  ...errorWords[lang],
  frameworks: frameworkTexts[lang],
  caseFile: caseFileTexts[lang],
  batchRun: batchRunTexts[lang],
  batch: batchTexts[lang],
  report: reportTexts[lang],
  training: trainingTexts[lang],
  interview: interviewTexts[lang],
  keys: keyTexts[lang],
  schemaProblems: schemaProblemTexts[lang],
  inputProblems: inputProblemTexts[lang],
  identifyingKinds: identifyingKindTexts[lang],
  commands: commandTexts[lang],
});

export type Catalogue = ReturnType<typeof build>;
export const catalogue: Record<Lang, Catalogue> = { ko: build('ko'), en: build('en') };
export const say = (lang: Lang): Catalogue => catalogue[lang];

/** A problem's message in English and its Korean, from the same entry: `inBoth((c) => c.x.y(…))`. */
export const inBoth = (text: (c: Catalogue) => string): { message: string; ko: string } => ({
  message: text(catalogue.en),
  ko: text(catalogue.ko),
});
