/**
 * The declarative condition form used by sets for rules, skip logic and printed notes.
 *
 *   true | false
 *   { all: [c...] }  { any: [c...] }  { not: c }
 *   { atLeast: N, of: { ids: [...] } | { element, tier?, tags? }, id?, label? }   count of "yes" answers
 *   { answer: ID }                         the indicator was answered yes (three-valued)
 *   { answer: ID, is: [states] }           the recorded state is one of these (two-valued)
 *   { fact: ID, is: value|[values] }       a fact equals one of these values
 *   { fact: ID, lt|lte|gt|gte: N }         numeric comparison
 *   { fact: ID, known: true|false }        whether the fact was established
 *   { rule: NAME, is?: [statuses] }        status of act | means | purpose | waiver | combination
 *   { outcome: [outcomes] }                only in protection, legal and referral conditions
 *   { possibly: c }                        c is true or still undecided (printed items only)
 *   { tiered: { of: selector, need: [{ tier, atLeast, id?, label? }, ...] } }
 *       a threshold over tiers, highest first; the set's tiers.reading says whether a higher-tier
 *       item also counts towards a lower tier's count (cumulative) or not (strict)
 */
import { z } from 'zod';
import { ANSWER_VALUES, ELEMENTS, OUTCOMES, STATUSES, type Element } from './vocabulary.js';

const oneOrMany = <T extends z.ZodType>(s: T) => z.union([s, z.array(s).min(1)]);

export type Selector =
  | { ids: string[] }
  | {
      element: Element | Element[];
      tier?: string | string[];
      tags?: string[];
    };

export type Condition =
  | boolean
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { atLeast: number; of: Selector; id?: string; label?: { ko: string; en: string } }
  | { answer: string; is?: Array<(typeof ANSWER_VALUES)[number]> }
  | {
      fact: string;
      is?: string | number | Array<string | number>;
      lt?: number;
      lte?: number;
      gt?: number;
      gte?: number;
      known?: boolean;
    }
  | { rule: string; is?: Array<(typeof STATUSES)[number]> }
  | { outcome: Array<(typeof OUTCOMES)[number]> }
  | { possibly: Condition }
  | { tiered: Tiered };

export interface TierNeed {
  tier: string;
  atLeast: number;
  id?: string;
  label?: { ko: string; en: string };
}
export interface Tiered {
  of: Extract<Selector, { element: unknown }>;
  need: TierNeed[];
}

const elementEnum = z.enum(ELEMENTS);
const elementSelectorSchema = z.strictObject({
  element: oneOrMany(elementEnum),
  tier: oneOrMany(z.string()).optional(),
  tags: z.array(z.string()).min(1).optional(),
});
const selectorSchema = z.union([z.strictObject({ ids: z.array(z.string()).min(1) }), elementSelectorSchema]);
const labelSchema = z.strictObject({ ko: z.string(), en: z.string() });
const tieredSchema = z.strictObject({
  of: elementSelectorSchema,
  need: z
    .array(
      z.strictObject({
        tier: z.string(),
        atLeast: z.number().int().min(1),
        id: z.string().optional(),
        label: labelSchema.optional(),
      }),
    )
    .min(1),
});

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.boolean(),
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
      z.strictObject({
        atLeast: z.number().int().min(1),
        of: selectorSchema,
        id: z.string().optional(),
        label: labelSchema.optional(),
      }),
      z.strictObject({ answer: z.string(), is: z.array(z.enum(ANSWER_VALUES)).min(1).optional() }),
      z
        .strictObject({
          fact: z.string(),
          is: oneOrMany(z.union([z.string(), z.number()])).optional(),
          lt: z.number().optional(),
          lte: z.number().optional(),
          gt: z.number().optional(),
          gte: z.number().optional(),
          known: z.boolean().optional(),
        })
        .refine(
          (c) => [c.is, c.lt, c.lte, c.gt, c.gte, c.known].filter((v) => v !== undefined).length === 1,
          'a fact condition needs exactly one test: is, lt, lte, gt, gte or known',
        ),
      z.strictObject({ rule: z.string(), is: z.array(z.enum(STATUSES)).min(1).optional() }),
      z.strictObject({ outcome: z.array(z.enum(OUTCOMES)).min(1) }),
      z.strictObject({ possibly: conditionSchema }),
      z.strictObject({ tiered: tieredSchema }),
    ],
    { error: 'not a valid condition (see "tip-screen indicators schema" for the forms)' },
  ),
);
