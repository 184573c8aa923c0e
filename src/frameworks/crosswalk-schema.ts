/**
 * The crosswalk file format: which set's questions are asked (the primary set), and for each other
 * framework, which of those questions establish each of its items. Kept as data, like the sets.
 */
import { z } from 'zod';
import type { LoadedSet } from '../core/loaded-set.js';
import { textSchema, type Element, type Text } from '../core/schema.js';

const idSchema = z.string({ error: 'ids are quoted strings' }).min(1);

/**
 * A question answered yes counts once per element: where it establishes items of two elements of
 * one framework, only the element it has in the primary set (failing that, the first in file
 * order) gets the yes. `dualUse` on the other item's mapping lets it count there as well, on the
 * authority of the cited source.
 */
export const dualUseSchema = z.strictObject(
  {
    // One text for every language, or { ko, en } like a set's citations.
    citation: z.union(
      [
        z
          .string()
          .trim()
          .min(1, 'dualUse needs a citation: the source that counts the answer for both elements'),
        textSchema,
      ],
      { error: 'dualUse needs a citation: the source that counts the answer for both elements' },
    ),
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

export interface Mapping {
  /** Question ids: indicators of the primary set, or of the framework itself (asked separately). */
  from: string[];
  note: Text | undefined;
  /** The yes to a question may count here although it already counts for another element. */
  dualUse: DualUse | undefined;
}

export interface DualUse {
  citation: string | Text;
  note: Text | undefined;
}

/** The mapping in one shape; `dualUse` is the parsed mark (checked with dualUseSchema first). */
export function normaliseMapping(m: z.infer<typeof mappingSchema>, dualUse?: DualUse): Mapping {
  return Array.isArray(m)
    ? { from: m, note: undefined, dualUse: undefined }
    : { from: m.from, note: m.note, dualUse };
}

export interface FrameworkEntry {
  /** The set's id, used to name the framework on the command line and in reports. */
  id: string;
  loaded: LoadedSet;
  /** Item id -> the questions that establish it. Items not listed here are asked themselves. */
  items: Map<string, Mapping>;
  /**
   * Item id -> question id -> the element the question's yes already counts for, for each item
   * that a question establishes besides an item of another element. Without dualUse the yes
   * counts as unknown for the item; with it, it counts.
   */
  reuse: Map<string, Map<string, { usedFor: Element; dualUse: boolean }>>;
}

export interface Crosswalk {
  file: string;
  primary: LoadedSet;
  /** The other frameworks, in file order (the primary is not among them). */
  frameworks: Map<string, FrameworkEntry>;
  factNotes: Map<string, Text>;
}
