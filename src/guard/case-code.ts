import { UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import { caseCodeKind } from './find.js';
import { say } from '../base/catalogue/index.js';

/** Case codes are for finding a file again; they must not carry a name. */
export function checkCaseCode(code: string, lang: Lang = 'en'): string {
  const kind = caseCodeKind(code);
  if (kind) {
    const said = say(lang).errors.PII_DETECTED.caseCode(say(lang).identifyingKinds[kind]);
    throw new UserError('PII_DETECTED', said.message, { hint: said.hint });
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code) || !/\d/.test(code))
    // Not repeated back: a wrong code is often a detail the screener should not have typed.
    throw new UserError('USAGE', (l) => say(l).batchErrors.USAGE.caseCode());
  return code;
}
