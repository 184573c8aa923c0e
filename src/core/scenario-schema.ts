/**
 * The training-scenario format. A scenario is a fictional person a trainee screens: what they see
 * on arrival, what the person says to each question, and how an expert codes every reply and why.
 * It targets one indicator set; load-scenario.ts checks every id and value against that set.
 */
import { z } from 'zod';
import { ANSWER_VALUES, numberRangeSchema, OUTCOMES, textSchema } from './schema.js';
import { DEFAULT_SET } from './loaded-set.js';

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** What the person says when asked about something the scenario does not cover. */
export const NEUTRAL_REPLY = {
  ko: '무슨 말씀인지 잘 모르겠어요.',
  en: "I don't know what you mean.",
} as const;

const factReplySchema = z.strictObject({
  reply: textSchema,
  /** The expert's value: a number, a range ("17-19", {min, max}), an option id, yes/no, or unknown/declined. */
  value: z.union([z.number(), z.string().min(1), numberRangeSchema], {
    error:
      'value is the expert value of the fact: a number, a range such as 17-19, an option id, yes, no, unknown or declined',
  }),
  rationale: textSchema.optional(),
});

const indicatorReplySchema = z.strictObject({
  reply: textSchema,
  coding: z.enum(ANSWER_VALUES, { error: `coding must be one of ${ANSWER_VALUES.join(', ')}` }),
  rationale: textSchema,
});

const scenarioIdSchema = z
  .string({ error: 'id must be a quoted string' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a scenario id uses lower-case letters, digits and - (e.g. e62-club)');

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: scenarioIdSchema,
  title: textSchema,
  level: z.enum(LEVELS, { error: `level must be one of ${LEVELS.join(', ')}` }),
  learningGoals: z.array(textSchema).min(1, 'give at least one learning goal'),
  set: z.string().min(1).default(DEFAULT_SET),
  languages: z.array(z.string().min(2)).min(2).default(['ko', 'en']),
  /** What the trainee sees on arrival: a situation, never the answers. */
  narrative: textSchema,
  person: z.strictObject({
    /** Overrides the neutral reply to questions the scenario does not list. */
    defaultReply: textSchema.optional(),
    facts: z.record(z.string(), factReplySchema).default({}),
  }),
  /** Keyed by indicator id. Indicators not listed get the neutral reply and the coding unknown. */
  replies: z.record(z.string(), indicatorReplySchema),
  expected: z.strictObject({
    outcome: z.enum(OUTCOMES, { error: `outcome must be one of ${OUTCOMES.join(', ')}` }),
  }),
  debrief: z.strictObject({
    /** The indicator (or fact) ids the expected outcome turns on. */
    decisive: z.array(z.string()).min(1, 'name at least one decisive indicator'),
    legalPoints: z.array(textSchema).default([]),
    commonMistakes: z.array(textSchema).default([]),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The format as JSON Schema, for editor validation and completion. */
export function scenarioJsonSchema(): unknown {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'tip-screen training scenario' };
}
