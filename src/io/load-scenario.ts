/**
 * Finds, reads and checks training scenarios: a library id (a file under indicators/scenarios/)
 * or a trainer's own file. A library file unchanged since the build comes from the build's
 * artefact; any other gets the full check (check-scenario.ts), every problem with file:line:col.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { assess } from '../core/engine.js';
import { UserError } from '../base/errors.js';
import { loadSet } from './load-set.js';
import { shown } from './file-checks.js';
import { say } from '../base/catalogue/index.js';
import { expertCodings } from '../report/expert.js';
import type { Scenario } from '../core/scenario-schema.js';
import { builtinValue } from './builtin-artefact.js';
import { fullChecks } from './full-checks.js';
import { SCENARIOS_DIR, type CheckedFile, type LoadedScenario } from './scenario-file.js';

export { SCENARIOS_DIR } from './scenario-file.js';
export type { CheckedFile, LoadedScenario } from './scenario-file.js';

/** The library's scenario files, in file-name order. */
export function libraryFiles(): string[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(SCENARIOS_DIR, f));
}

export const libraryIds = (): string[] => libraryFiles().map((f) => basename(f).replace(/\.ya?ml$/, ''));

export function resolveScenarioFile(ref: string, cwd: string): string {
  if (!/[/\\]|\.(ya?ml|json)$/i.test(ref)) {
    const file = libraryFiles().find((f) => basename(f).replace(/\.ya?ml$/, '') === ref);
    if (file) return file;
    throw new UserError('USAGE', (lang) => say(lang).ioSetErrors.USAGE.noScenario(shown(ref)));
  }
  const file = isAbsolute(ref) ? ref : resolve(cwd, ref);
  if (!existsSync(file))
    throw new UserError('USAGE', (lang) => say(lang).ioSetErrors.USAGE.noScenarioFile(shown(ref)));
  return file;
}

/** Loads a scenario; throws a UserError listing every problem found. */
export function loadScenario(ref: string, cwd: string): LoadedScenario {
  const checked = checkScenarioFile(resolveScenarioFile(ref, cwd));
  if (checked.ok) return checked.ok;
  const n = checked.problems.length;
  throw new UserError('SCENARIO_INVALID', (lang) => say(lang).ioSetErrors.SCENARIO_INVALID(checked.file, n), {
    problems: checked.problems,
  });
}

/** Reads and checks one file without throwing, so a command can report many files at once. */
export function checkScenarioFile(file: string): CheckedFile {
  const built = builtinValue<Scenario>(file);
  if (!built) return fullChecks().checkScenarioSource(file);
  const scenario = built.value;
  return { file, ok: { scenario, loaded: loadSet(scenario.set, dirname(file)), file }, problems: [] };
}

export interface CheckResult {
  id: string;
  file: string;
  expected: string;
  actual: string;
  ok: boolean;
}

/** Runs the expert's codings through the scorer: the regression test for anyone editing a set. */
export function checkOutcome({ scenario, loaded, file }: LoadedScenario): CheckResult {
  const actual = assess(loaded.compiled, expertCodings(scenario, loaded.set)).outcome;
  return {
    id: scenario.id,
    file,
    expected: scenario.expected.outcome,
    actual,
    ok: actual === scenario.expected.outcome,
  };
}
