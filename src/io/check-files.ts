/**
 * The full checks of the data files in one module, so that full-checks.ts loads them (and with
 * them the YAML parser and zod) with one import, only when a run needs them.
 */
export { loadSetFile } from './check-set.js';
export { readCrosswalk } from './check-crosswalk.js';
export { checkScenarioSource } from './check-scenario.js';
export { readTranslation } from './check-translation.js';
