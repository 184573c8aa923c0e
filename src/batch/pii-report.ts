/**
 * The message for input refused by the identifying-data guard: each field and the first few
 * line numbers, what it seems to hold, and what was (not) written. Never a value.
 */
import { UserError, type Problem } from '../base/errors.js';
import { KIND_TEXT as KIND_WORDS } from '../guard/find.js';
import type { PiiFinding, PiiFindings } from '../guard/records.js';

const KIND_TEXT = (kind: PiiFinding['kind']): string => KIND_WORDS[kind].en;

export function piiError(
  findings: PiiFindings,
  files: Map<PiiFinding, string>,
  many: boolean,
  refusedAt: { input: string; line: number } | undefined,
  partial: boolean,
): UserError {
  const problems: Problem[] = findings.list().map((f) => {
    const lines = f.lines.length === 1 ? `line ${f.lines[0]}` : `lines ${f.lines.join(', ')}`;
    const rest = f.count > f.lines.length ? ` and ${f.count - f.lines.length} more` : '';
    const what =
      f.via === 'name'
        ? `is named like a field for ${KIND_TEXT(f.kind)}`
        : `has values that look like ${KIND_TEXT(f.kind)}`;
    const file = files.get(f);
    return { ...(many && file ? { file } : {}), message: `${f.field} ${what} (${lines}${rest})` };
  });
  if (findings.overflow)
    problems.push({ message: `… and ${findings.overflow} finding(s) in further fields` });
  const written =
    partial && refusedAt && refusedAt.line > 1
      ? ` Rows for the records before line ${refusedAt.line} were already written to standard output; nothing was written for that record or after it.`
      : ' Nothing was written.';
  return new UserError(
    'PII_DETECTED',
    `The input seems to hold identifying data, so it was not scored.${written}`,
    {
      problems,
      hint:
        'Remove these fields, or replace them with codes, before scoring (record ids must not be names, phone or registration numbers either). ' +
        'If they are not identifying and you may process them, run again with --allow-identifiers.',
    },
  );
}
