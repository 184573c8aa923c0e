/**
 * The warnings a batch run prints on standard error as it goes, in Korean and English. The
 * summary's own words (table and report) are in render/batch-texts.ts.
 */

const en = {
  emptyInput: (name: string) => `Warning: ${name} has no records.`,
  repeatedIds: (n: number, where: string, errors: string | undefined) =>
    `Warning: ${n} record(s) repeat the id of an earlier record (first on ${where}). They were scored; ${errors ? `their lines are in ${errors}; ` : ''}add --unique-ids to refuse such input.`,
  idCheckPartial: (n: number) =>
    `Warning: too many records to check them all for repeated ids; the first ${n} were checked.`,
};

const ko: typeof en = {
  emptyInput: (name) => `경고: ${name}에 레코드가 없습니다.`,
  repeatedIds: (n, where, errors) =>
    `경고: 레코드 ${n}건의 id가 앞선 레코드와 같습니다 (처음: ${where}). 모두 선별했습니다. ${errors ? `해당 줄은 ${errors}에 있습니다. ` : ''}이런 입력을 거부하려면 --unique-ids를 쓰세요.`,
  idCheckPartial: (n) => `경고: 레코드가 너무 많아 id 중복은 처음 ${n}건만 확인했습니다.`,
};

export const batchRunTexts = { ko, en };
