/**
 * Repeated record ids in batch input: finding them chunk by chunk (the scorer sends each scored
 * record's line and id hashes, see id-set.ts) and the refusal --unique-ids makes. Messages name
 * lines and files, never the id itself, which came from the data.
 */
import { EXIT, UserError } from '../base/errors.js';
import { shown } from '../io/file-checks.js';
import type { Lang } from '../base/i18n.js';
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
  lang: Lang,
): UserError {
  const where = `line ${at.line}${many ? ` of ${shown(at.input)}` : ''}`;
  const ko = lang === 'ko';
  const written = streamedOut
    ? ko
      ? '그 앞의 행은 표준 출력에 이미 쓰였습니다.'
      : 'The rows before it were written to standard output.'
    : ko
      ? '아무것도 쓰지 않았습니다.'
      : 'Nothing was written.';
  return new UserError(
    'DUPLICATE_IDS',
    ko
      ? `${where}의 레코드 id가 앞선 레코드와 같습니다 (--unique-ids). ${written}`
      : `The record on ${where} has the same id as an earlier record (--unique-ids). ${written}`,
    {
      exitCode: EXIT.record,
      hint: ko
        ? '레코드마다 고유한 id를 주거나, --unique-ids 없이 실행하면 경고와 함께 채점합니다.'
        : 'Give every record an id of its own, or leave out --unique-ids to score them with a warning.',
    },
  );
}
