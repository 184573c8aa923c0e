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
  /** One line for a problem that many records share, instead of a line per record. */
  repeatedProblem: (n: number, problem: string) =>
    `The same problem in ${n.toLocaleString('en-US')} records: ${problem}`,
  unknownKey: (key: string, n: number, set: string) =>
    `Key "${key}" unknown in ${n.toLocaleString('en-US')} records: it is not a field of set ${set}. Rename it to one of the set's ids (columns:) or drop it (ignore:) with --map FILE.`,
};

const ko: typeof en = {
  emptyInput: (name) => `경고: ${name}에 레코드가 없습니다.`,
  repeatedIds: (n, where, errors) =>
    `경고: 레코드 ${n}건의 id가 앞선 레코드와 같습니다 (처음: ${where}). 모두 선별했습니다. ${errors ? `해당 줄은 ${errors}에 있습니다. ` : ''}이런 입력을 거부하려면 --unique-ids를 쓰세요.`,
  idCheckPartial: (n) => `경고: 레코드가 너무 많아 id 중복은 처음 ${n}건만 확인했습니다.`,
  repeatedProblem: (n, problem) => `같은 문제가 레코드 ${n.toLocaleString('ko-KR')}건에 있습니다: ${problem}`,
  unknownKey: (key, n, set) =>
    `키 "${key}"을(를) 레코드 ${n.toLocaleString('ko-KR')}건에서 알 수 없습니다: ${set} 세트의 필드가 아닙니다. --map 파일에서 세트의 id로 이름을 바꾸거나(columns:) 빼십시오(ignore:).`,
};

export const batchRunTexts = { ko, en };
