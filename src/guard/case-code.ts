import { UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import { caseCodeKind, KIND_TEXT } from './find.js';

/** Case codes are for finding a file again; they must not carry a name. */
export function checkCaseCode(code: string, lang: Lang = 'en'): string {
  const kind = caseCodeKind(code);
  if (kind)
    throw new UserError(
      'PII_DETECTED',
      lang === 'ko'
        ? `사례 코드가 ${KIND_TEXT[kind].ko}처럼 보여 쓰지 않았습니다.`
        : `The case code looks like ${KIND_TEXT[kind].en}, so it was not used.`,
      {
        hint:
          lang === 'ko'
            ? '영문자·숫자·-·_로 된, 숫자가 하나 이상 있는 코드를 쓰세요 (예: SEOUL-2026-014). 이름이나 사람을 알아볼 수 있는 번호는 안 됩니다.'
            : 'Use a code with letters, digits, - or _ and at least one digit (for example SEOUL-2026-014). Never a name or a number that identifies someone.',
      },
    );
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(code) || !/\d/.test(code))
    // Not repeated back: a wrong code is often a detail the screener should not have typed.
    throw new UserError('USAGE', 'The case code given is not a valid case code.', {
      hint: 'Use a code with letters, digits, - or _ and at least one digit (for example SEOUL-2026-014). Never a name.',
    });
  return code;
}
