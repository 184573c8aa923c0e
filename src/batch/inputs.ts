/**
 * The inputs of a batch run: each one's format (from --in-format or its name) and, for a file,
 * that it can be read and its size (for the progress line), all checked before anything is read.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Io } from '../io/streams.js';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { cannotRead, shown } from '../io/file-checks.js';
import type { Source } from './chunks.js';
import type { Format } from './chunk-result.js';

export interface Input {
  name: string;
  source: Source;
  format: Format;
  bytes: number | undefined;
}

export function formatOf(path: string, given: Format | undefined): Format {
  if (given) return given;
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json' || path === '-') return 'jsonl';
  throw new UserError('USAGE', (lang) => say(lang).batchInputErrors.USAGE.format(shown(path)));
}

/** Each input in turn: its format, then (a file) that it is a file one may read. "-" is stdin. */
export function findInputs(names: string[], inFormat: Format | undefined, io: Io): Input[] {
  return names.map((name): Input => {
    const format = formatOf(name, inFormat);
    if (name === '-') return { name: '<stdin>', source: { stream: io.stdin }, format, bytes: undefined };
    const path = resolve(io.cwd, name);
    let bytes: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
      bytes = st.size;
    } catch (e) {
      // Named as given (escaped for the terminal), not as resolved.
      throw cannotRead(name, e);
    }
    return { name, source: { path }, format, bytes };
  });
}
