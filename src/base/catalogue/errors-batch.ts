/**
 * The errors raised in src/batch/, src/guard/, src/frameworks/ and src/ui/, keyed by their code, in
 * Korean and English; those about batch's input and output files (their format, the CSV header,
 * the mapping, the folders written to) are in errors-batch-input.ts. A message names where a value
 * is and what kind it looks like, never the value itself.
 */
import type { Said } from './said.js';

/** Where a record is: its line, and its input's name when there is more than one input. */
const whereKo = (line: number, input: string | undefined) =>
  input !== undefined ? `${input}의 ${line}번째 줄` : `${line}번째 줄`;
const whereEn = (line: number, input: string | undefined) =>
  `line ${line}${input !== undefined ? ` of ${input}` : ''}`;

/** The lines a finding was on: the first few, and how many more. */
const linesKo = (lines: number[], more: number) =>
  `${lines.join(', ')}번째 줄${more > 0 ? ` 외 ${more}건` : ''}`;
const linesEn = (lines: number[], more: number) =>
  `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;

/** The bad records not listed above, and where they all are. */
const unshownKo = (n: number, errors: string | undefined) =>
  errors
    ? `위에 나오지 않은 ${n}건이 더 있으며, 모두 ${errors}에 있습니다`
    : `위에 나오지 않은 ${n}건이 더 있습니다`;

const ko = {
  DUPLICATE_IDS: {
    refused: (line: number, input: string | undefined, streamedOut: boolean): Said => ({
      message: `${whereKo(line, input)}에 있는 레코드의 id가 앞선 레코드와 같습니다 (--unique-ids). ${streamedOut ? '그 앞의 행은 표준 출력에 이미 쓰였습니다.' : '아무것도 쓰지 않았습니다.'}`,
      hint: '레코드마다 고유한 id를 주거나, --unique-ids 없이 실행하면 경고와 함께 채점합니다.',
    }),
  },
  /** The words of the warning about repeated ids. */
  duplicates: { where: whereKo },
  PII_DETECTED: {
    input: (writtenBefore: number | undefined): Said => ({
      message: `입력에 식별 정보로 보이는 값이 있어 점수를 내지 않았습니다.${writtenBefore !== undefined ? ` ${writtenBefore}번째 줄 앞의 레코드 행은 표준 출력에 이미 쓰였고, 그 레코드부터는 아무것도 쓰지 않았습니다.` : ' 아무것도 쓰지 않았습니다.'}`,
      hint: '점수를 내기 전에 이 필드를 지우거나 코드로 바꾸세요 (레코드 id도 이름, 전화번호, 등록번호여서는 안 됩니다). 식별 정보가 아니고 처리해도 되는 값이라면 --allow-identifiers를 붙여 다시 실행하세요.',
    }),
    /** A field the guard refused: by its name, or by its values. */
    field: (field: string, kind: string, via: 'name' | 'value', lines: number[], more: number) =>
      via === 'name'
        ? `${field}은(는) 이름이 ${kind} 필드처럼 보입니다 (${linesKo(lines, more)})`
        : `${field}에 ${kind}처럼 보이는 값이 있습니다 (${linesKo(lines, more)})`,
    further: (n: number) => `… 그 밖의 필드에서 ${n}건이 더 발견되었습니다`,
    /** A field's place as the guard names it: a column's number, a key that is itself a value. */
    place: (field: string) =>
      field
        .replace(/^column (\d+)$/, '$1번째 열')
        .replace(/\(record\)/g, '(레코드)')
        .replace(/\(a field name\)/g, '(필드 이름)'),
  },
  BATCH_RECORDS: {
    stopped: (line: number, input: string | undefined, errors: string | undefined): Said => ({
      message: `${whereKo(line, input)}의 잘못된 레코드에서 멈췄습니다 (--strict). 그 앞의 레코드는 채점해서 썼습니다.`,
      ...(errors ? {} : { hint: '잘못된 레코드를 모두 JSONL로 받으려면 --errors 파일이름을 붙이세요.' }),
    }),
    bad: (n: number, unshown: number, errors: string | undefined): Said => ({
      message: `레코드 ${n}건을 채점할 수 없었습니다${unshown > 0 ? ` (${unshownKo(unshown, errors)})` : ''}. 나머지 레코드는 모두 채점해서 썼습니다.`,
      ...(errors ? {} : { hint: '잘못된 레코드를 모두 JSONL로 받으려면 --errors 파일이름을 붙이세요.' }),
    }),
  },
  /** Why there is nobody to answer, when it is not a flag (--no-input) or CI. */
  USAGE: {
    byFact: (by: string, set: string, facts: string): Said => ({
      message: `--by ${by}: ${set} 세트에는 그런 사실 항목이 없습니다.`,
      hint: `다음 중 하나로 묶으세요: ${facts}.`,
    }),
    stdinTwice: (): Said => ({ message: '표준 입력("-")은 한 번만 읽을 수 있습니다.' }),
    jobs: (): Said => ({ message: '--jobs는 1에서 64 사이의 정수여야 합니다.' }),
    setAndFrameworks: (): Said => ({ message: '--set과 --frameworks 중 하나만 쓰세요.' }),
    noWorker: (): Said => ({
      message: '--jobs를 쓰려면 컴파일된 작업 스레드 파일(dist/batch/worker.js)이 있어야 합니다.',
      hint: '먼저 "npm run build"를 실행하거나 --jobs 1을 쓰세요.',
    }),
    noFramework: (ids: string): Said => ({
      message: '프레임워크를 하나도 지정하지 않았습니다.',
      hint: `다음 중 하나 이상을 쉼표로 구분해 지정하세요: ${ids}.`,
    }),
    unknownFramework: (id: string, file: string, ids: string): Said => ({
      message: `"${id}"은(는) 대응표 ${file}의 프레임워크가 아닙니다.`,
      hint: `프레임워크: ${ids}.`,
    }),
    columns: (presets: string, names: string): Said => ({
      message: '--columns에 모르는 열 이름이 있습니다.',
      hint: `${presets} 중 하나, 또는 다음 열 이름을 쉼표로 구분해 쓰세요: ${names}.`,
    }),
    caseCode: (): Said => ({
      message: '주어진 사례 코드는 올바른 사례 코드가 아닙니다.',
      hint: '영문자·숫자·-·_로 된, 숫자가 하나 이상 있는 코드를 쓰세요 (예: SEOUL-2026-014). 이름은 안 됩니다.',
    }),
  },
};

const en: typeof ko = {
  DUPLICATE_IDS: {
    refused: (line, input, streamedOut) => ({
      message: `The record on ${whereEn(line, input)} has the same id as an earlier record (--unique-ids). ${streamedOut ? 'The rows before it were written to standard output.' : 'Nothing was written.'}`,
      hint: 'Give every record an id of its own, or leave out --unique-ids to score them with a warning.',
    }),
  },
  duplicates: { where: whereEn },
  PII_DETECTED: {
    input: (writtenBefore) => ({
      message: `The input seems to hold identifying data, so it was not scored.${writtenBefore !== undefined ? ` Rows for the records before line ${writtenBefore} were already written to standard output; nothing was written for that record or after it.` : ' Nothing was written.'}`,
      hint:
        'Remove these fields, or replace them with codes, before scoring (record ids must not be names, phone or registration numbers either). ' +
        'If they are not identifying and you may process them, run again with --allow-identifiers.',
    }),
    field: (field, kind, via, lines, more) =>
      `${field} ${via === 'name' ? `is named like a field for ${kind}` : `has values that look like ${kind}`} (${linesEn(lines, more)})`,
    further: (n) => `… and ${n} finding(s) in further fields`,
    place: (field) => field,
  },
  BATCH_RECORDS: {
    stopped: (line, input, errors) => ({
      message: `Stopped at the bad record on ${whereEn(line, input)} (--strict); the records before it were scored and written.`,
      ...(errors ? {} : { hint: 'Add --errors FILE to get every bad record as JSON lines.' }),
    }),
    bad: (n, unshown, errors) => ({
      message: `${n} record(s) could not be scored${unshown > 0 ? ` (${unshown} more not shown above${errors ? `; all are in ${errors}` : ''})` : ''}; all the others were scored and written.`,
      ...(errors ? {} : { hint: 'Add --errors FILE to get every bad record as JSON lines.' }),
    }),
  },
  USAGE: {
    byFact: (by, set, facts) => ({
      message: `--by ${by}: set ${set} has no such fact.`,
      hint: `Group by one of: ${facts}.`,
    }),
    stdinTwice: () => ({ message: 'Standard input ("-") can be read only once.' }),
    jobs: () => ({ message: '--jobs must be a whole number from 1 to 64.' }),
    setAndFrameworks: () => ({ message: 'Use either --set or --frameworks, not both.' }),
    noWorker: () => ({
      message: '--jobs needs the compiled worker (dist/batch/worker.js).',
      hint: 'Run "npm run build" first, or use --jobs 1.',
    }),
    noFramework: (ids) => ({
      message: 'No framework was named.',
      hint: `Name one or more of: ${ids} (comma-separated).`,
    }),
    unknownFramework: (id, file, ids) => ({
      message: `"${id}" is not a framework of the crosswalk ${file}.`,
      hint: `Frameworks: ${ids}.`,
    }),
    columns: (presets, names) => ({
      message: '--columns names a column that batch does not write.',
      hint: `Use ${presets}, or a comma-separated list of: ${names}.`,
    }),
    caseCode: () => ({
      message: 'The case code given is not a valid case code.',
      hint: 'Use a code with letters, digits, - or _ and at least one digit (for example SEOUL-2026-014). Never a name.',
    }),
  },
};

export const batchErrors = { ko, en };
