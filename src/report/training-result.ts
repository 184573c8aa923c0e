/**
 * The saved result of one training run, and reading it back for a class report. It records the
 * scenario, both sets of codings, the outcomes, the score and the time taken, and nothing about
 * who the trainee is: a trainer collects the files, and the file name is theirs to choose.
 * Reading the files back is io/result-file.ts.
 */
import { z } from 'zod';
import {
  ANSWER_VALUES,
  OUTCOMES,
  savedFactValueSchema,
  textSchema,
  type IndicatorSet,
} from '../core/schema.js';
import type { Lang } from '../base/i18n.js';
import type { Codings } from './expert.js';
import type { Debrief } from './debrief.js';
import { LEVELS, type Scenario } from '../core/scenario-schema.js';

export const RESULT_FORMAT = 'tip-screen-training-result';

const codingsSchema = z.strictObject({
  facts: z.record(z.string(), savedFactValueSchema),
  answers: z.record(z.string(), z.enum(ANSWER_VALUES)),
});
const partSchema = z.strictObject({ agreed: z.number().int().min(0), total: z.number().int().min(0) });
const outcomeSchema = z.enum(OUTCOMES);

export const resultSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT, { error: `not a training result (format must be ${RESULT_FORMAT})` }),
  version: z.literal(1),
  scenario: z.strictObject({
    id: z.string().min(1),
    title: textSchema,
    level: z.enum(LEVELS),
    set: z.string(),
    setVersion: z.string(),
  }),
  language: z.enum(['ko', 'en']),
  timestamp: z.iso.datetime(),
  durationSeconds: z.number().int().min(0),
  finishedEarly: z.boolean(),
  decisive: z.array(z.string()),
  trainee: codingsSchema,
  /** Only the questions the expert's questionnaire asks this person. */
  expert: codingsSchema,
  outcomes: z.strictObject({ trainee: outcomeSchema, expert: outcomeSchema, expected: outcomeSchema }),
  score: z.strictObject({
    total: z.number().min(0).max(100),
    decisive: partSchema,
    other: partSchema,
    outcome: z.boolean(),
  }),
});
export type TrainingResult = z.infer<typeof resultSchema>;

export function toResult(
  scenario: Scenario,
  set: IndicatorSet,
  d: Debrief,
  trainee: Codings,
  lang: Lang,
  finishedAt: Date,
): TrainingResult {
  const expert: Codings = { facts: {}, answers: {} };
  for (const item of d.items)
    if (item.kind === 'fact') expert.facts[item.id] = item.expert;
    else expert.answers[item.id] = item.expert as Codings['answers'][string];
  return {
    format: RESULT_FORMAT,
    version: 1,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      level: scenario.level,
      set: set.id,
      setVersion: set.version,
    },
    language: lang,
    timestamp: finishedAt.toISOString(),
    durationSeconds: d.durationSeconds,
    finishedEarly: d.finishedEarly,
    decisive: scenario.debrief.decisive,
    trainee,
    expert,
    outcomes: d.outcomes,
    score: d.score,
  };
}
