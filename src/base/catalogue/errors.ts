/**
 * The errors about indicator sets, answers files, terminals, identifying data and output files,
 * keyed by their code: each entry gives the message and the hint. docs/errors.md explains each.
 * A message names where a value is and what kind it looks like, never the value itself.
 */
import type { Said } from './said.js';

const ko = {
  SET_NOT_FOUND: {
    builtIn: (ids: string): Said => ({
      message: '그런 이름의 기본 지표 세트가 없습니다.',
      hint: `기본 세트: ${ids}. 직접 만든 파일을 쓰려면 경로를 주세요 (예: ./my-set.yaml).`,
    }),
    file: (): Said => ({
      message: '주어진 경로에 지표 세트 파일이 없습니다.',
      hint: '경로를 확인하거나 nhrck-2016 같은 기본 세트 id를 쓰세요.',
    }),
  },
  FILE_READ: (file: string, code: string): Said => ({
    message: `${file}을(를) 읽을 수 없습니다: ${code}.`,
    hint: '파일 이름과 읽기 권한을 확인하세요.',
  }),
  ANSWERS_INVALID: {
    problems: (file: string, n: number): Said => ({
      message: `${file}에 문제가 ${n}개 있습니다.`,
      hint: '"tip-screen indicators list"에 나오는 id를 쓰고, 답은 yes, no, unknown, declined(또는 예, 아니오, 모름, 거부)로 적으세요.',
    }),
    keys: (file: string, n: number): Said => ({
      message: `${file}에 문제가 ${n}개 있습니다.`,
      hint: '답변 파일은 set, frameworks, case, facts, answers 키로 된 매핑입니다.',
    }),
  },
  ANSWERS_YAML: (file: string): Said => ({
    message: `${file}은(는) 올바른 YAML이나 JSON이 아닙니다.`,
    hint: '표시된 줄과 칸에서 파일을 고치세요.',
  }),
  NO_TTY: {
    /** Why there is no terminal, when it is neither --no-input nor CI. */
    noTerminal: '터미널 없음',
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
  SET_NOT_FOUND: {
    builtIn: (ids) => ({
      message: 'There is no built-in indicator set by that name.',
      hint: `Built-in sets: ${ids}. To use your own file, give its path (e.g. ./my-set.yaml).`,
    }),
    file: () => ({
      message: 'No indicator set file exists at the path given.',
      hint: 'Check the path, or use a built-in set id such as nhrck-2016.',
    }),
  },
  FILE_READ: (file, code) => ({
    message: `Cannot read ${file}: ${code}.`,
    hint: 'Check the file name and that you may read it.',
  }),
  ANSWERS_INVALID: {
    problems: (file, n) => ({
      message: `${file} has ${n} problem(s).`,
      hint: 'Use the ids from "tip-screen indicators list", and answer yes, no, unknown or declined.',
    }),
    keys: (file, n) => ({
      message: `${file} has ${n} problem(s).`,
      hint: 'An answers file is a mapping with the keys set, frameworks, case, facts and answers.',
    }),
  },
  ANSWERS_YAML: (file) => ({
    message: `${file} is not valid YAML or JSON.`,
    hint: 'Fix the file at the line and column shown.',
  }),
  NO_TTY: {
    noTerminal: 'no terminal',
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

export const commonErrors = { ko, en };
