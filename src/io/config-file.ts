/**
 * Reads the organisation's settings file (<data dir>/config.yaml) as every other input is read:
 * size-checked, UTF-8, parsed with positions, so a syntax error names its line instead of
 * surfacing as an internal error, then checks the settings.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError, type Problem } from '../base/errors.js';
import { SAFE_PARSE } from '../base/zod-messages.js';
import { zodProblems } from './zod-problems.js';
import { shown } from './file-checks.js';
import { say } from '../base/catalogue/index.js';
import { readInputFile } from './input-file.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export function configInvalid(file: string, problems: Problem[]): UserError {
  return new UserError('CONFIG_INVALID', (lang) => say(lang).ioErrors.CONFIG_INVALID(shown(file)), {
    problems,
  });
}

export function readSettingsSource(file: string): YamlSource {
  const src = parseYamlSource(readInputFile(file, 'config'), file);
  if (src.errors.length) throw configInvalid(file, src.errors);
  return src;
}

/** Organisation settings in <data dir>/config.yaml, e.g. `encrypt: true`. */
const configSchema = z.strictObject({
  encrypt: z.boolean().default(false),
  set: z.string().optional(),
  lang: z.enum(['ko', 'en']).optional(),
});

export function readConfig(root: string): z.infer<typeof configSchema> {
  const file = join(root, 'config.yaml');
  if (!existsSync(file)) return { encrypt: false };
  const src = readSettingsSource(file);
  const parsed = configSchema.safeParse(src.data, SAFE_PARSE);
  if (!parsed.success) throw configInvalid(file, zodProblems(src, parsed.error.issues));
  return parsed.data;
}
