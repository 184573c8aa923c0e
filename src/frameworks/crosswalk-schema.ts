/**
 * The crosswalk file format: which set's questions are asked (the primary set), and for each other
 * framework, which of those questions establish each of its items. Kept as data, like the sets.
 */
import { z } from 'zod';
import { textSchema, type Text } from '../core/schema.js';

const idSchema = z.string({ error: 'ids are quoted strings' }).min(1);

/**
 * A question answered yes counts once per element: where it establishes items of two elements of
 * one framework, only the element it has in the primary set (failing that, the first in file
 * order) gets the yes. `dualUse` on the other item's mapping lets it count there as well, on the
 * authority of the cited source.
 */
export const dualUseSchema = z.strictObject(
  {
    citation: z
      .string({ error: 'dualUse needs a citation: the source that counts the answer for both elements' })
      .trim()
      .min(1, 'dualUse needs a citation: the source that counts the answer for both elements'),
    note: textSchema.optional(),
  },
  { error: 'dualUse is { citation: "...", note: { ko, en } } (the note is optional)' },
);

/** Either a plain list of question ids, or the list with a note on how the item differs. */
const mappingSchema = z.union(
  [
    z.array(idSchema).min(1, 'list at least one question id'),
    z.strictObject({
      from: z.array(idSchema).min(1, 'list at least one question id'),
      note: textSchema.optional(),
      // Checked on its own by the loader, so that its problems are reported at their own line.
      dualUse: z.unknown().optional(),
    }),
  ],
  {
    error: 'a mapping is a list of question ids, or { from: [ids], note: { ko, en }, dualUse: { citation } }',
  },
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
  /** The yes to a question may count here although it already counts for another element. */
  dualUse: DualUse | undefined;
}

export interface DualUse {
  citation: string;
  note: Text | undefined;
}

/** The mapping in one shape; `dualUse` is the parsed mark (checked with dualUseSchema first). */
export function normaliseMapping(m: z.infer<typeof mappingSchema>, dualUse?: DualUse): Mapping {
  return Array.isArray(m)
    ? { from: m, note: undefined, dualUse: undefined }
    : { from: m.from, note: m.note, dualUse };
}
