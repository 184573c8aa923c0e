/**
 * The message for input refused by the identifying-data guard: each field and the first few
 * line numbers, what it seems to hold, and what was (not) written. Never a value.
 */
import { UserError, type Problem } from '../base/errors.js';
import { inBoth, say } from '../base/catalogue/index.js';
import type { PiiFinding, PiiFindings } from '../guard/records.js';

export function piiError(
  findings: PiiFindings,
  files: Map<PiiFinding, string>,
  many: boolean,
  refusedAt: { input: string; line: number } | undefined,
  partial: boolean,
): UserError {
  const problems: Problem[] = findings.list().map((f) => {
    const more = Math.max(0, f.count - f.lines.length);
    const file = files.get(f);
    return {
      ...(many && file ? { file } : {}),
      ...inBoth((c) => {
        const t = c.batchErrors.PII_DETECTED;
        return t.field(t.place(f.field), c.identifyingKinds[f.kind], f.via, f.lines, more);
      }),
    };
  });
  if (findings.overflow) problems.push(inBoth((c) => c.batchErrors.PII_DETECTED.further(findings.overflow)));
  const writtenBefore = partial && refusedAt && refusedAt.line > 1 ? refusedAt.line : undefined;
  return new UserError('PII_DETECTED', (lang) => say(lang).batchErrors.PII_DETECTED.input(writtenBefore), {
    problems,
  });
}
