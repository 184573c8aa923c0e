/**
 * The errors the tool says in the screener's language, keyed by their code: each entry gives the
 * message and the hint. The code's title is in cli/error-text.ts; docs/errors.md explains each.
 * A message names where a value is and what kind it looks like, never the value itself.
 */
import type { Lang } from './i18n.js';

interface Said {
  message: string;
  hint: string;
}

const ko = {
  NO_TTY: {
    screening: (why: string, alternative: string): Said => ({
      message: `대화형 선별은 터미널에서만 할 수 있습니다 (${why}).`,
      hint: `답변 파일로 점수를 내려면: ${alternative}`,
    }),
    training: (why: string, alternative: string): Said => ({
      message: `훈련은 터미널에서만 할 수 있습니다 (${why}).`,
      hint: `훈련은 터미널에서 합니다. 시나리오와 전문가 코딩을 보려면: ${alternative}`,
    }),
  },
  PII_DETECTED: {
    answersFile: (file: string): Said => ({
      message: `${file}에 식별 정보로 보이는 값이 있어 점수를 내지 않았습니다.`,
      hint: '이름·번호·주소 대신 사례 코드(예: SEOUL-2026-014)를 쓰고, 답변 파일에는 식별 정보를 넣지 마세요.',
    }),
    caseCode: (what: string): Said => ({
      message: `사례 코드가 ${what}처럼 보여 쓰지 않았습니다.`,
      hint: '영문자·숫자·-·_로 된, 숫자가 하나 이상 있는 코드를 쓰세요 (예: SEOUL-2026-014). 이름이나 사람을 알아볼 수 있는 번호는 안 됩니다.',
    }),
    inKey: (what: string) => `키 이름이 ${what}처럼 보입니다`,
    inValue: (what: string) => `값이 ${what}처럼 보입니다`,
  },
  SAME_FILE: (what: string, role: string, otherRole: string): Said => ({
    message: `${what} (${role} 파일이 ${otherRole} 파일과 같습니다).`,
    hint: `${role}에 다른 파일 이름을 주세요. 아무것도 쓰지 않았습니다.`,
  }),
};

const en: typeof ko = {
  NO_TTY: {
    screening: (why, alternative) => ({
      message: `The interactive screening needs a terminal (${why}).`,
      hint: `To score answers without a terminal, use: ${alternative}`,
    }),
    training: (why, alternative) => ({
      message: `Training needs a terminal (${why}).`,
      hint: `Training runs in a terminal. To read a scenario with the expert codings, use: ${alternative}`,
    }),
  },
  PII_DETECTED: {
    answersFile: (file) => ({
      message: `${file} seems to hold identifying data, so it was not scored.`,
      hint: 'Use a case code such as SEOUL-2026-014 instead of names, numbers or addresses, and keep identifying details out of answers files.',
    }),
    caseCode: (what) => ({
      message: `The case code looks like ${what}, so it was not used.`,
      hint: 'Use a code with letters, digits, - or _ and at least one digit (for example SEOUL-2026-014). Never a name or a number that identifies someone.',
    }),
    inKey: (what) => `a key here looks like ${what}`,
    inValue: (what) => `the value looks like ${what}`,
  },
  SAME_FILE: (what, role) => ({
    message: `${what}; writing it would destroy the other.`,
    hint: `Give ${role} a file name of its own. Nothing was written.`,
  }),
};

export const errorMessages = (lang: Lang): typeof ko => (lang === 'ko' ? ko : en);
