/**
 * Messages for schema problems that never include the value found: zod's defaults are built from
 * the schema (expected types, allowed values, limits), but a value in a file can be a name or a
 * phone number, so the messages are the tool's own and name only the kind of value. Messages a
 * schema sets itself take precedence (zod applies this map only where none is given).
 *
 *   schema.safeParse(data, SAFE_PARSE)
 */
import type { z } from 'zod';
import { say } from './catalogue/index.js';

/** The kind of a value, never the value: a key of the catalogue's `schemaProblems.kind`. */
function kindKey(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'boolean';
  return typeof v === 'number' ? 'number' : typeof v;
}

/** The kind of a value in English ("a text"), never the value. */
export function kindOf(v: unknown): string {
  const key = kindKey(v);
  return EN.kind[key] ?? `a ${key}`;
}

const EN = say('en').schemaProblems;
const KO = say('ko').schemaProblems;
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));
const typeIn = (w: typeof EN, t: string) => w.type[t] ?? t;

function message(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined
        ? EN.required(typeIn(EN, iss.expected))
        : EN.expected(typeIn(EN, iss.expected), kindOf(iss.input));
    case 'invalid_value':
      // The allowed values come from the schema.
      return iss.values.length === 1
        ? EN.one(show(iss.values[0]))
        : EN.oneOf(iss.values.map(show).join(', '));
    case 'invalid_format':
      return iss.format === 'regex' ? EN.form : EN.format(iss.format);
    case 'invalid_union':
      return EN.union;
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      // Sizes and counts (too_big, too_small, not_multiple_of...) quote only the schema's limits.
      return undefined;
  }
}

export const SAFE_PARSE = { error: message } as const;

/**
 * The Korean of a problem this map worded (or of a size limit), read back from the issue; none
 * for a message the schema sets itself, which is the set format's own and stays as written.
 */
export function koreanOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeIn(EN, issue.expected);
      if (issue.message === EN.required(expected)) return KO.required(typeIn(KO, issue.expected));
      const got = Object.keys(EN.kind).find((k) => issue.message === EN.expected(expected, EN.kind[k]!));
      return got ? KO.expected(typeIn(KO, issue.expected), KO.kind[got]!) : undefined;
    }
    case 'invalid_value': {
      const values = issue.values.map(show);
      if (values.length === 1 && issue.message === EN.one(values[0]!)) return KO.one(values[0]!);
      return issue.message === EN.oneOf(values.join(', ')) ? KO.oneOf(values.join(', ')) : undefined;
    }
    case 'invalid_format':
      if (issue.message === EN.form) return KO.form;
      return issue.message === EN.format(issue.format) ? KO.format(issue.format) : undefined;
    case 'invalid_union':
      return issue.message === EN.union ? KO.union : undefined;
    case 'too_small':
      return /^Too small/.test(issue.message) ? KO.atLeast(String(issue.minimum), issue.origin) : undefined;
    case 'too_big':
      return /^Too big/.test(issue.message) ? KO.atMost(String(issue.maximum), issue.origin) : undefined;
    default:
      return undefined;
  }
}
