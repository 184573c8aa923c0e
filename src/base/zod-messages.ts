/**
 * Messages for schema problems that never include the value found: zod's defaults are built from
 * the schema (expected types, allowed values, limits), but a value in a file can be a name or a
 * phone number, so the messages are the tool's own and name only the kind of value. Messages a
 * schema sets itself take precedence (zod applies this map only where none is given).
 *
 *   schema.safeParse(data, SAFE_PARSE)
 */
import type { z } from 'zod';

/** The kind of a value, never the value. */
export function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'a text';
  if (typeof v === 'boolean') return 'true or false';
  return `a ${typeof v}`;
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

function message(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined
        ? `required: expected ${iss.expected}`
        : `expected ${iss.expected}, got ${kindOf(iss.input)}`;
    case 'invalid_value':
      // The allowed values come from the schema.
      return iss.values.length === 1
        ? `expected ${show(iss.values[0])}`
        : `expected one of ${iss.values.map(show).join(', ')}`;
    case 'invalid_format':
      return iss.format === 'regex' ? 'not in the expected form' : `not a valid ${iss.format}`;
    case 'invalid_union':
      return 'not one of the accepted forms';
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      // Sizes and counts (too_big, too_small, not_multiple_of...) quote only the schema's limits.
      return undefined;
  }
}

export const SAFE_PARSE = { error: message } as const;
