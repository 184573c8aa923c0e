/**
 * The crosswalk file format: which set's questions are asked (the primary set), and for each other
 * framework, which of those questions establish each of its items. Kept as data, like the sets.
 */
import { z } from 'zod';
import { textSchema, type Text } from '../core/schema.js';

const idSchema = z.string({ error: 'ids are quoted strings' }).min(1);

/** Either a plain list of question ids, or the list with a note on how the item differs. */
const mappingSchema = z.union(
  [
    z.array(idSchema).min(1, 'list at least one question id'),
    z.strictObject({
      from: z.array(idSchema).min(1, 'list at least one question id'),
      note: textSchema.optional(),
    }),
  ],
  { error: 'a mapping is a list of question ids, or { from: [ids], note: { ko, en } }' },
);

export const crosswalkSchema = z.strictObject({
  $schema: z.string().optional(),
  primary: z.string().min(1),
  facts: z.record(z.string(), z.strictObject({ note: textSchema })).default({}),
  frameworks: z.record(z.string(), z.record(z.string(), mappingSchema)),
});
export type CrosswalkFile = z.infer<typeof crosswalkSchema>;

export interface Mapping {
  /** Question ids: indicators of the primary set, or of the framework itself (asked separately). */
  from: string[];
  note: Text | undefined;
}

export function normaliseMapping(m: z.infer<typeof mappingSchema>): Mapping {
  return Array.isArray(m) ? { from: m, note: undefined } : { from: m.from, note: m.note };
}
