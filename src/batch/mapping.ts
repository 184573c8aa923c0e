/**
 * `--map FILE`: lets an existing data set be scored as it is, by naming which of its columns are
 * which of ours and what its values mean. A YAML file:
 *
 *   columns:            # their column or field name: our name (id, a fact id or an indicator id)
 *     case_no: id
 *     recruited: nhrck16.act.recruitment
 *   ignore: [wave]      # columns that are not part of the screening (still checked for PII)
 *   values:
 *     Y: yes            # a text value: applies to every column
 *     industry:         # a mapping: applies to that column only (their name or ours)
 *       boat: fishing
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { zodProblems } from '../io/load-set.js';
import { parseYamlSource } from '../io/yaml-source.js';
import { readInputFile } from '../io/input-file.js';
import { shown } from '../io/file-checks.js';

export interface Mapping {
  columns: Record<string, string>;
  ignore: string[];
  values: Record<string, string>;
  columnValues: Record<string, Record<string, string>>;
}

export const EMPTY_MAPPING: Mapping = { columns: {}, ignore: [], values: {}, columnValues: {} };

// A YAML scalar such as 1, true or yes may be read as a number or boolean; we compare text.
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const mappingSchema = z.strictObject({
  columns: z.record(z.string(), z.string().min(1, 'a column must map to a name')).default({}),
  ignore: z.array(scalar).default([]),
  values: z.record(z.string(), z.union([scalar, z.record(z.string(), scalar)])).default({}),
});

export function loadMapping(path: string, cwd: string): Mapping {
  const file = resolve(cwd, path);
  // The same reader as every other input: size limit, UTF-8 and no bidirectional controls.
  const text = readInputFile(file, 'mapping');
  const src = parseYamlSource(text, path);
  if (src.errors.length)
    throw new UserError('USAGE', (lang) => say(lang).batchInputErrors.USAGE.mappingYaml(shown(path)), {
      problems: src.errors,
    });
  const parsed = mappingSchema.safeParse(src.data ?? {});
  if (!parsed.success)
    throw new UserError(
      'USAGE',
      (lang) => say(lang).batchInputErrors.USAGE.mapping(shown(path), parsed.error.issues.length),
      { problems: zodProblems(src, parsed.error.issues) },
    );
  const mapping: Mapping = {
    columns: parsed.data.columns,
    ignore: parsed.data.ignore,
    values: {},
    columnValues: {},
  };
  for (const [key, v] of Object.entries(parsed.data.values))
    if (typeof v === 'string') mapping.values[key] = v;
    else mapping.columnValues[key] = v;
  return mapping;
}
