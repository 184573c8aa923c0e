/**
 * The indicator-set format. A set is data: facts to ask, indicators, decision rules, and the
 * protection actions, legal notes and referrals to print. Conditions are a small declarative
 * expression form (see condition-schema.ts); nothing in a set is ever executed as code.
 */
import { z } from 'zod';
import { conditionSchema } from './condition-schema.js';

import {
  ANSWER_VALUES,
  ELEMENTS,
  OUTCOMES,
  type AnswerValue,
  type Element,
  type Outcome,
} from './vocabulary.js';

export { ANSWER_VALUES, ELEMENTS, OUTCOMES, type AnswerValue, type Element, type Outcome };

/** A number fact known only as a range, as saved in sessions, scenarios and results. */
export const numberRangeSchema = z
  .strictObject({ min: z.number(), max: z.number() })
  .refine((r) => r.min <= r.max, 'a range needs min ≤ max');
/** A saved fact value: a number, a range {min, max}, or a text (an option id, yes/no, unknown...). */
export const savedFactValueSchema = z.union([z.number(), z.string(), numberRangeSchema]);

const idPattern = /^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/;
export const idSchema = z
  .string({ error: 'an id must be a quoted string' })
  .regex(idPattern, 'ids use lower-case letters, digits and . _ - (for example "nhrck16.act.recruitment")');
const factIdSchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'fact ids are camelCase words, e.g. foreignNational');

/** Text in several languages; Korean and English are always required. */
export const textSchema = z
  .object({
    ko: z.string().min(1, 'Korean text (ko) must not be empty'),
    en: z.string().min(1, 'English text (en) must not be empty'),
  })
  .catchall(z.string().min(1));
export type Text = z.infer<typeof textSchema>;

/**
 * A legal citation as a reader of each language writes it ("인신매매방지법 제4조제1항" /
 * "Anti-Trafficking Act Art. 4(1)"). A single string is accepted from older or private sets and
 * then printed as it is in every language.
 */
export const citationSchema = z.union([z.string().min(1), textSchema]);

/** A short label (a few words) for reasons and lists: "passport or ID taken" / "여권ㆍ신분증을 빼앗김". */
const shortSchema = textSchema.refine(
  (t) => Object.values(t).every((v) => v.length <= 60),
  'a short label has at most 60 characters in each language',
);

export const sourceDocSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  citation: z.string().min(1),
  url: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const sourceRefSchema = z.strictObject({
  doc: idSchema,
  item: z.string().optional(),
  article: z.string().optional(),
  note: z.string().optional(),
});

export const WORDING = ['official', 'reconstructed'] as const;

export const factSchema = z.strictObject({
  id: factIdSchema,
  type: z.enum(['number', 'tristate', 'choice']),
  /** A short name for the fact, used in reasons ("age", "disability"). */
  label: textSchema.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z
    .array(
      z.strictObject({
        id: idSchema,
        label: textSchema,
        /**
         * Indicator tags this answer makes the likelier ones to ask about (a fishing vessel:
         * labour, fishing, movement): "ask next" puts those first among equally decisive items.
         */
        tags: z.array(idSchema).optional(),
      }),
    )
    .min(1)
    .optional(),
  question: textSchema,
  help: textSchema.optional(),
  askWhen: conditionSchema.optional(),
});
export type FactDef = z.infer<typeof factSchema>;

export const TIERS = ['high', 'plausible'] as const;

export const indicatorSchema = z.strictObject({
  id: idSchema,
  element: z.enum(ELEMENTS),
  tier: z.enum(TIERS).optional(),
  group: z.string().optional(),
  tags: z.array(idSchema).default([]),
  /** A few words naming the item in reasons and lists, in place of its id. */
  short: shortSchema,
  question: textSchema,
  help: textSchema,
  source: sourceRefSchema,
  wording: z.enum(WORDING),
  askWhen: conditionSchema.optional(),
  /** Not one of the source instrument's own items: added by this set for field coverage. */
  added: z.boolean().default(false),
});
export type IndicatorDef = z.infer<typeof indicatorSchema>;

/**
 * A note, action or contact printed when its condition holds. With `ifUndecided` it is also
 * printed while its condition is still undecided, marked with that text ("if the person is under
 * 19"), so that help which may apply is not held back until a fact is established.
 */
const conditionalTextBase = {
  id: idSchema,
  when: conditionSchema.default(true),
  ifUndecided: textSchema.optional(),
  text: textSchema,
  citation: citationSchema.optional(),
  source: sourceRefSchema.optional(),
  wording: z.enum(WORDING).default('reconstructed'),
};

export const protectionSchema = z.strictObject({
  ...conditionalTextBase,
  category: z.enum(['shelter', 'police', 'immigration', 'medical', 'further-harm']),
});

export const legalSchema = z.strictObject({
  ...conditionalTextBase,
  title: textSchema,
  /**
   * The right this note gives the person, said to them in plain words ("You will not be punished
   * for selling sex."): the read-aloud summary names the key rights from these.
   */
  right: textSchema.optional(),
  /** The note says the person is a victim: it may only print with a victim-likely outcome. */
  declaresVictim: z.boolean().default(false),
});

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const referralSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  contact: z.string().min(1),
  text: textSchema,
  when: conditionSchema.default(true),
  ifUndecided: textSchema.optional(),
  priority: z.number().int().default(50),
  emergency: z.boolean().default(false),
  /** The date of the newest source for the entry, only as precise as that source is. */
  sourceDate: z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? "sourceDate is required: the date of the newest source, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"
          : "sourceDate must be a quoted string: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'",
    })
    .regex(
      SOURCE_DATE,
      "sourceDate is written as precisely as the source is dated: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'",
    ),
  /** Recorded only when someone actually checked the entry (by calling, on the official site...). */
  verified: z
    .strictObject({
      on: z.string().regex(DAY, "verified.on is the day the entry was checked: 'YYYY-MM-DD'"),
      method: z.string().min(1, 'verified.method says how it was checked, e.g. "by phone"'),
    })
    .optional(),
  confidence: z.enum(['verified', 'single-source']),
  sourceNote: z.string().optional(),
});
export type ReferralDef = z.infer<typeof referralSchema>;

/**
 * Keys older set files used, with what to write instead. Reported at the key in place of a bare
 * "unknown key", and the problems the rename causes (a missing sourceDate) are not repeated.
 */
export function retiredKey(
  path: readonly PropertyKey[],
  key: string,
): { message: string; replacedBy: string } | undefined {
  if (key === 'verifiedOn' && path[path.length - 2] === 'referrals')
    return {
      replacedBy: 'sourceDate',
      message:
        "verifiedOn is no longer used: write sourceDate ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD', the date of the newest source, as precisely as it is known), and add verified: { on: 'YYYY-MM-DD', method: ... } only if someone actually checked the entry",
    };
  return undefined;
}

export const waiverSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema,
  label: textSchema,
  citation: citationSchema.optional(),
});
export type WaiverDef = z.infer<typeof waiverSchema>;

/**
 * A rule that comes from statute rather than from the index: where it holds, the outcome is
 * victim-likely whatever the index threshold says (a child used in commercial sex is a victim by
 * law). The report names the rule and its citation as what decided the outcome.
 */
export const statuteRuleSchema = z.strictObject({
  id: idSchema,
  basis: z.literal('statute'),
  when: conditionSchema,
  label: textSchema,
  citation: citationSchema,
  source: sourceRefSchema.optional(),
});

export const rulesSchema = z.strictObject({
  elements: z.strictObject({ act: conditionSchema, means: conditionSchema, purpose: conditionSchema }),
  waiver: z.array(waiverSchema).default([]),
  statute: z.array(statuteRuleSchema).default([]),
  /**
   * Whether the person counts as a child for this set, from the facts alone. Undecided (an age
   * range across the child age, or age and apparent age both unknown) makes the assessment say
   * the age must be established.
   */
  child: conditionSchema.optional(),
  combination: conditionSchema,
  outcomes: z.strictObject({
    'victim-likely': conditionSchema,
    possible: conditionSchema,
    'insufficient-information': conditionSchema,
  }),
});

export const TIER_READINGS = ['cumulative', 'strict'] as const;
/**
 * How tiered thresholds are read, and whether the split of items into tiers is the source's own
 * (official) or this set's reconstruction.
 */
export const tiersSchema = z.strictObject({
  reading: z.enum(TIER_READINGS).default('cumulative'),
  basis: z.enum(WORDING).default('reconstructed'),
});

export const setSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  title: textSchema,
  version: z.string().min(1),
  framework: z.string().min(1),
  description: textSchema.optional(),
  languages: z.array(z.string()).min(2),
  sources: z.array(sourceDocSchema).min(1),
  childAge: z.number().int().positive().optional(),
  tiers: tiersSchema.default({ reading: 'cumulative', basis: 'reconstructed' }),
  facts: z.array(factSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  rules: rulesSchema,
  protection: z.array(protectionSchema).default([]),
  legal: z.array(legalSchema).default([]),
  referrals: z.array(referralSchema).default([]),
});
export type IndicatorSet = z.infer<typeof setSchema>;
