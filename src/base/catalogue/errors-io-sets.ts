/**
 * The errors raised in src/io/ about what a file holds: indicator sets and their translations,
 * answers files, scenarios, crosswalks and training results. Keyed by their code, in Korean and
 * English. A message names where a value is and what kind it looks like, never the value itself.
 */
import type { Said } from './said.js';

const fixLinesKo = '위에 표시된 줄을 하나씩 고치세요.';

const ko = {
  NOT_A_SET: (file: string): Said => ({
    message: `${file}은(는) 지표 세트가 아닙니다.`,
    hint: '지표 세트는 "id"와 "indicators"가 있는 YAML 매핑입니다 (오버레이는 "id"와 "extends"). 형식은 "tip-screen indicators schema"로 볼 수 있습니다.',
  }),
  SET_INVALID: {
    problems: (file: string, n: number): Said => ({
      message: `지표 세트 ${file}에 문제가 ${n}개 있습니다.`,
      hint: `${fixLinesKo} "tip-screen indicators schema"는 형식을 JSON 스키마로 보여 줍니다.`,
    }),
    translation: (file: string): Said => ({ message: `번역 파일 ${file}의 형식이 올바르지 않습니다.` }),
  },
  SET_YAML: (file: string): Said => ({
    message: `${file}은(는) 올바른 YAML이 아닙니다.`,
    hint: '표시된 위치의 YAML 문법을 고치세요 (콜론이 들어간 id와 글은 따옴표로 감싸세요).',
  }),
  NOT_ANSWERS: (file: string): Said => ({
    message: `${file}은(는) 답변 파일이 아닙니다.`,
    hint: '답변 파일은 "answers"(보통 "facts"도)가 있는 매핑입니다. 예: { facts: {...}, answers: {...} }.',
  }),
  ANSWERS_INVALID: {
    frameworks: (file: string, n: number, setId: string): Said => ({
      message: `${file}에 문제가 ${n}개 있습니다.`,
      hint: `${setId}의 질문에 답하세요 ("tip-screen indicators list"). 다른 기준이 그 질문을 어떻게 쓰는지는 "tip-screen indicators crosswalk"에 나옵니다.`,
    }),
    screening: (n: number): Said => ({ message: `선별 내용에 문제가 ${n}개 있습니다.` }),
  },
  USAGE: {
    noScenario: (ref: string): Said => ({
      message: `시나리오 모음에 "${ref}"(이)라는 시나리오가 없습니다.`,
      hint: '"tip-screen scenarios list"로 id를 확인하거나, 직접 만든 파일의 경로를 주세요 (예: ./my-scenario.yaml).',
    }),
    noScenarioFile: (ref: string): Said => ({
      message: `시나리오 파일 ${ref}이(가) 없습니다.`,
      hint: '경로를 확인하거나 "tip-screen scenarios list"에 나오는 id를 쓰세요.',
    }),
    noTranslation: (lang: string, setId: string, available: string): Said => ({
      message: `${setId} 세트에는 ${lang} 번역이 없습니다.`,
      hint: `있는 번역: ${available}.`,
    }),
    results: (n: number): Said => ({
      message: `결과 파일에 문제가 ${n}개 있습니다.`,
      hint: '"tip-screen train --out FILE"이 쓴 JSON 파일을 주세요.',
    }),
  },
  SCENARIO_INVALID: (file: string, n: number): Said => ({
    message: `시나리오 ${file}에 문제가 ${n}개 있습니다.`,
    hint: `${fixLinesKo} "tip-screen scenarios schema"는 형식을 JSON 스키마로 보여 줍니다.`,
  }),
  CROSSWALK_INVALID: {
    problems: (file: string, n: number): Said => ({
      message: `대응표 ${file}에 문제가 ${n}개 있습니다.`,
      hint: `${fixLinesKo} 각 기준의 항목 id를 기본 세트의 질문 id에 대응시키세요.`,
    }),
    yaml: (file: string): Said => ({ message: `${file}은(는) 올바른 YAML이 아닙니다.` }),
    /** A problem at the line naming a set that could not be loaded, with the reason. */
    cannotLoad: (ref: string, why: string) => `"${ref}" 세트를 불러올 수 없습니다: ${why}`,
  },
};

const fixLinesEn = 'Fix each line listed above';

const en: typeof ko = {
  NOT_A_SET: (file) => ({
    message: `${file} is not an indicator set.`,
    hint: 'An indicator set is a YAML mapping with "id" and "indicators" (an overlay: "id" and "extends"); "tip-screen indicators schema" prints the format.',
  }),
  SET_INVALID: {
    problems: (file, n) => ({
      message: `The indicator set ${file} has ${n} problem(s).`,
      hint: `${fixLinesEn}; "tip-screen indicators schema" prints the format as JSON Schema.`,
    }),
    translation: (file) => ({ message: `The translation file ${file} is not in the expected form.` }),
  },
  SET_YAML: (file) => ({
    message: `${file} is not valid YAML.`,
    hint: 'Fix the YAML syntax at the positions listed (quote ids and text that contain a colon).',
  }),
  NOT_ANSWERS: (file) => ({
    message: `${file} is not an answers file.`,
    hint: 'An answers file is a mapping with "answers" (and usually "facts"), e.g. { facts: {...}, answers: {...} }.',
  }),
  ANSWERS_INVALID: {
    frameworks: (file, n, setId) => ({
      message: `${file} has ${n} problem(s).`,
      hint: `Answer the questions of ${setId} ("tip-screen indicators list"); "tip-screen indicators crosswalk" shows how the other frameworks use them.`,
    }),
    screening: (n) => ({ message: `The screening has ${n} problem(s).` }),
  },
  USAGE: {
    noScenario: (ref) => ({
      message: `There is no scenario called "${ref}" in the library.`,
      hint: `Run "tip-screen scenarios list" to see the ids, or give the path of your own file (e.g. ./my-scenario.yaml).`,
    }),
    noScenarioFile: (ref) => ({
      message: `The scenario file ${ref} does not exist.`,
      hint: 'Check the path, or use a library id from "tip-screen scenarios list".',
    }),
    noTranslation: (lang, setId, available) => ({
      message: `There is no ${lang} translation for set ${setId}.`,
      hint: `Available: ${available}.`,
    }),
    results: (n) => ({
      message: `${n} problem(s) in the result files.`,
      hint: 'Give the JSON files written by "tip-screen train --out FILE".',
    }),
  },
  SCENARIO_INVALID: (file, n) => ({
    message: `The scenario ${file} has ${n} problem(s).`,
    hint: `${fixLinesEn}; "tip-screen scenarios schema" prints the format as JSON Schema.`,
  }),
  CROSSWALK_INVALID: {
    problems: (file, n) => ({
      message: `The crosswalk ${file} has ${n} problem(s).`,
      hint: `${fixLinesEn}. Map framework item ids to question ids of the primary set.`,
    }),
    yaml: (file) => ({ message: `${file} is not valid YAML.` }),
    cannotLoad: (ref, why) => `cannot load set "${ref}": ${why}`,
  },
};

export const ioSetErrors = { ko, en };
