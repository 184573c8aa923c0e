/**
 * The full checks of data files (the YAML parser with positions, zod and the schemas), loaded
 * only by a run that needs them: one that reads a user's file, or a built-in file that changed
 * since the build. Loading them costs more than most commands take, so a command that runs on the
 * built-in data alone (score, batch, indicators list) never does. The loaders stay synchronous:
 * a command awaits loadFullChecks() before it loads, and the loaders then find them here.
 */
import type * as Checks from './check-files.js';

let checks: typeof Checks | undefined;

export async function loadFullChecks(): Promise<void> {
  checks ??= await import('./check-files.js');
}

/** The loaded checks; asking before loadFullChecks() is a bug in the command, not the user's error. */
export function fullChecks(): typeof Checks {
  if (!checks) throw new Error('a data file needs the full checks, which were not loaded');
  return checks;
}
