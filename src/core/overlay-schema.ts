/** The overlay format: a file that extends a built-in (or another file) set without copying it. */
import { z } from 'zod';
import {
  factSchema,
  idSchema,
  indicatorSchema,
  legalSchema,
  protectionSchema,
  referralSchema,
  sourceDocSchema,
  textSchema,
  TIER_READINGS,
} from './schema.js';

/** An overlay extends a built-in (or another file) set without copying it. */
export const overlaySchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z.string().min(1),
  id: idSchema,
  title: textSchema.optional(),
  version: z.string().min(1),
  sources: z.array(sourceDocSchema).default([]),
  /** Read the base set's tiered thresholds another way (the strict reading, say). */
  tiers: z.strictObject({ reading: z.enum(TIER_READINGS) }).optional(),
  add: z
    .strictObject({
      facts: z.array(factSchema).default([]),
      indicators: z.array(indicatorSchema).default([]),
      protection: z.array(protectionSchema).default([]),
      legal: z.array(legalSchema).default([]),
      referrals: z.array(referralSchema).default([]),
    })
    .default({ facts: [], indicators: [], protection: [], legal: [], referrals: [] }),
  reword: z
    .record(
      idSchema,
      z.strictObject({
        question: textSchema.optional(),
        help: textSchema.optional(),
        note: z.string().optional(),
      }),
    )
    .default({}),
  remove: z.strictObject({ referrals: z.array(idSchema).default([]) }).default({ referrals: [] }),
});
export type Overlay = z.infer<typeof overlaySchema>;
