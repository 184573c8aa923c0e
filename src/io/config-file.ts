/**
 * Reads the organisation's settings file (<data dir>/config.yaml) as every other input is read:
 * size-checked, UTF-8, parsed with positions, so a syntax error names its line instead of
 * surfacing as an internal error. The settings themselves are checked by the command that uses
 * them.
 */
import { UserError, type Problem } from '../base/errors.js';
import { shown } from './file-checks.js';
import { readInputFile } from './input-file.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export function configInvalid(file: string, problems: Problem[]): UserError {
  return new UserError('CONFIG_INVALID', `The settings file ${shown(file)} is not valid.`, {
    problems,
    hint: 'Fix the lines listed; the settings are encrypt (true or false), set (a set id or file) and lang (ko or en).',
  });
}

export function readSettingsSource(file: string): YamlSource {
  const src = parseYamlSource(readInputFile(file, 'config'), file);
  if (src.errors.length) throw configInvalid(file, src.errors);
  return src;
}
