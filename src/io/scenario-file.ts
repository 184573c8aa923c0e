/**
 * What reading a scenario file gives, and where the library of scenarios is: shared by the loader
 * (load-scenario.ts) and the full check (check-scenario.ts), which must not import each other.
 */
import { join } from 'node:path';
import type { Problem } from '../base/errors.js';
import type { LoadedSet } from '../core/loaded-set.js';
import type { Scenario } from '../core/scenario-schema.js';
import { INDICATORS_DIR } from './package-dirs.js';

export const SCENARIOS_DIR = join(INDICATORS_DIR, 'scenarios');

export interface LoadedScenario {
  scenario: Scenario;
  loaded: LoadedSet;
  file: string;
}

export interface CheckedFile {
  file: string;
  ok?: LoadedScenario;
  problems: Problem[];
}
