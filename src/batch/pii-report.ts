/**
 * The message for input refused by the identifying-data guard: each field and the first few
 * line numbers, what it seems to hold, and what was (not) written. Never a value.
 */
import { UserError, type Problem } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import type { PiiFinding, PiiFindings } from '../guard/records.js';

export function piiError(
  findings: PiiFindings,
  files: Map<PiiFinding, string>,
  many: boolean,
  refusedAt: { input: string; line: number } | undefined,
  partial: boolean,
): UserError {
  const [ko, en] = [say('ko').batchErrors.PII_DETECTED, say('en').batchErrors.PII_DETECTED];
  const problems: Problem[] = findings.list().map((f) => {
    const more = Math.max(0, f.count - f.lines.length);
    const file = files.get(f);
    return {
      ...(many && file ? { file } : {}),
      message: en.field(en.place(f.field), say('en').identifyingKinds[f.kind], f.via, f.lines, more),
      ko: ko.field(ko.place(f.field), say('ko').identifyingKinds[f.kind], f.via, f.lines, more),
    };
  });
  if (findings.overflow)
    problems.push({ message: en.further(findings.overflow), ko: ko.further(findings.overflow) });
  const writtenBefore = partial && refusedAt && refusedAt.line > 1 ? refusedAt.line : undefined;
  return new UserError('PII_DETECTED', (lang) => say(lang).batchErrors.PII_DETECTED.input(writtenBefore), {
    problems,
  });
}
