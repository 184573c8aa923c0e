/** Where the package keeps its data: the same two levels above this file in src/ and in dist/. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built-in sets, the crosswalk, the scenarios and the translations, as YAML. */
export const INDICATORS_DIR = resolve(ROOT, 'indicators');

/** The same files as the build checked them, as JSON (written by .config/build.mjs). */
export const BUILTIN_DIR = resolve(ROOT, 'dist', 'builtin');
