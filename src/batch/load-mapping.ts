/**
 * Reads and checks a --map file (mapping.ts has its format); loaded only by a batch given one,
 * since it needs the YAML parser and zod.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { zodProblems } from '../io/zod-problems.js';
import { parseYamlSource } from '../io/yaml-source.js';
import { readInputFile } from '../io/input-file.js';
import { shown } from '../io/file-checks.js';
import type { Mapping } from './mapping.js';

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
