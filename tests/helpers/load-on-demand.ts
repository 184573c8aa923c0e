/**
 * Vitest setup file: loads what the CLI loads on demand before a command's action (the full
 * checks of data files, the full display-width measure, chalk), so that tests calling the loaders
 * and renderers directly find them as a command would. The built CLI, run by other tests, still
 * loads each of them only where it needs it.
 */
import { loadFullChecks } from '../../src/io/full-checks.js';
import { loadColour, loadDisplayWidth } from '../../src/ui/output.js';

await Promise.all([
  loadFullChecks(),
  loadDisplayWidth(),
  loadColour([{ isTTY: true, write: () => true }], { TERM: 'xterm' }),
]);
