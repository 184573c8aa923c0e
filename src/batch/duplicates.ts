/**
 * Repeated record ids in batch input: finding them chunk by chunk (the scorer sends each scored
 * record's line and id hashes, see id-set.ts) and the refusal --unique-ids makes. Messages name
 * lines and files, never the id itself, which came from the data.
 */
import { EXIT, UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { shown } from '../io/file-checks.js';
import type { IdSet } from './id-set.js';

/** The lines (with the chunk's offset) of scored records whose id an earlier record had. */
export function repeatedIds(set: IdSet, ids: Uint32Array, offset: number): number[] {
  const lines: number[] = [];
  for (let k = 0; k + 2 < ids.length; k += 3)
    if (!set.add(ids[k + 1]!, ids[k + 2]!)) lines.push(offset + ids[k]!);
  return lines;
}

export function duplicateError(
  at: { input: string; line: number },
  many: boolean,
  streamedOut: boolean,
): UserError {
  const input = many ? shown(at.input) : undefined;
  return new UserError(
    'DUPLICATE_IDS',
    (lang) => say(lang).batchErrors.DUPLICATE_IDS.refused(at.line, input, streamedOut),
    { exitCode: EXIT.record },
  );
}
