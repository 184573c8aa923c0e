/**
 * The errors about batch's input and output files, raised in src/batch/ and keyed by their code, in
 * Korean and English: an input's format and encoding, its CSV header, a record too long, the
 * mapping file, an output that cannot be written. A message names where a value is and what kind
 * it looks like, never the value itself; column names are the user's own names, not data.
 */
import type { Said } from './said.js';

const ko = {
  USAGE: {
    format: (path: string): Said => ({
      message: `${path}의 이름으로는 형식을 알 수 없습니다.`,
      hint: '이름이 .jsonl이나 .csv로 끝나게 하거나, --in-format jsonl|csv로 형식을 지정하세요.',
    }),
    /** `stem` is the file's name without .csv; undefined for standard input. */
    notUtf8: (name: string, stem: string | undefined): Said => ({
      message: `${name}은(는) UTF-8 텍스트가 아닙니다 (엑셀이 저장하는 CP949 / EUC-KR일 수 있습니다).`,
      hint:
        stem === undefined
          ? '엑셀에서 "CSV UTF-8"로 저장하거나, 먼저 변환하세요: iconv -f cp949 -t utf-8 파일이름 | tip-screen batch - ...'
          : `엑셀에서 "CSV UTF-8"로 저장하거나, 변환하세요: iconv -f cp949 -t utf-8 ${name} > ${stem}-utf8.csv`,
    }),
    csvHeader: (name: string, syntax: string): Said => ({
      message: `${name}의 헤더 줄이 올바른 CSV가 아닙니다: ${syntax}.`,
    }),
    header: (name: string, n: number): Said => ({
      message: `${name}의 헤더에 문제가 ${n}개 있습니다.`,
      hint: '열 이름은 id, 사실 항목 id, 지표 id("tip-screen indicators list"에 나옵니다)여야 합니다. 다른 이름의 열은 --map으로 이름을 바꾸거나 무시하세요.',
    }),
    mappingYaml: (path: string): Said => ({ message: `매핑 파일 ${path}은(는) 올바른 YAML이 아닙니다.` }),
    mapping: (path: string, n: number): Said => ({
      message: `매핑 파일 ${path}에 문제가 ${n}개 있습니다.`,
      hint: '매핑 파일에는 columns: {데이터의 이름: 도구의 이름}, ignore: [무시할 열], values: {데이터의 값: 도구의 값}을 씁니다.',
    }),
    cannotWrite: (path: string, code: string): Said => ({
      message: `${path}에 쓸 수 없습니다: ${code}.`,
      hint: '폴더가 있는지, 그곳에 쓸 권한이 있는지 확인하세요.',
    }),
  },
  /** What is wrong with a CSV record. */
  csvSyntax: {
    unclosed: '따옴표로 묶은 필드가 닫히지 않았습니다',
    afterQuote: '따옴표로 묶은 필드 뒤에는 쉼표나 줄 끝이 와야 합니다',
    strayQuote: '따옴표는 따옴표로 묶은 필드 안에만 올 수 있습니다',
  },
  /** The problems of a CSV header, each naming its column by number and name. */
  header: {
    unknown: (column: number, name: string, label: string | undefined, set: string, suggestion?: string) =>
      `${column}번째 열 "${name}"은(는) id${label ? `, ${label}` : ''}도, ${set} 세트의 사실 항목이나 지표도 아닙니다${suggestion ? `; "${suggestion}"을(를) 말씀하신 건가요?` : ''}`,
    twice: (column: number, name: string, earlier: string, ours: string) =>
      `${column}번째 열 "${name}"과(와) "${earlier}" 열이 모두 ${ours}입니다`,
    noId: '"id" 열이 없습니다 (다른 이름의 열이면 --map으로 지정하세요)',
  },
  /** The problems of one bad record, located by the caller at a field; values are never quoted. */
  record: {
    notObject: '레코드는 "id", "facts", "answers"가 있는 JSON 객체여야 합니다',
    badId: '레코드 id는 비어 있지 않은 글자나 숫자여야 합니다',
    noIdField: '레코드에 "id"가 없습니다',
    noId: '레코드에 id가 없습니다',
    factsNotMapping: 'facts는 사실 id와 값의 매핑이어야 합니다',
    answersNotMapping: 'answers는 지표 id와 답의 매핑이어야 합니다',
    fields: (cells: number, header: number) => `이 행의 필드는 ${cells}개인데 헤더는 ${header}개입니다`,
    notAField: (path: string, set: string, suggestion?: string) =>
      `"${path}"은(는) 배치 레코드의 필드가 아닙니다: id, facts, answers나 ${set} 세트의 사실 항목 또는 지표 id여야 합니다${suggestion ? `; "${suggestion}"을(를) 말씀하신 건가요?` : ''}`,
    unreadable: '레코드를 읽을 수 없습니다',
    notJson: (column?: number) =>
      `올바른 JSON이 아닙니다${column === undefined ? '' : ` (${column}번째 글자에서 오류)`}`,
    notCsv: '이 행은 올바른 CSV가 아닙니다',
  },
  RECORD_TOO_LARGE: {
    record: (): Said => ({
      message: '입력에 1 MiB보다 긴 레코드가 있습니다.',
      hint: '레코드 하나는 한 줄(JSONL) 또는 한 행(CSV)입니다. 줄바꿈이 빠졌거나 닫히지 않은 따옴표가 있는지 확인하세요.',
    }),
  },
};

const en: typeof ko = {
  USAGE: {
    format: (path) => ({
      message: `Cannot tell the format of ${path} from its name.`,
      hint: 'Name it .jsonl or .csv, or say which with --in-format jsonl|csv.',
    }),
    notUtf8: (name, stem) => ({
      message: `${name} is not UTF-8 text (it may be CP949 / EUC-KR, as Excel saves it).`,
      hint:
        stem === undefined
          ? 'Save it as "CSV UTF-8" in Excel, or convert it first: iconv -f cp949 -t utf-8 FILE | tip-screen batch - ...'
          : `Save it as "CSV UTF-8" in Excel, or convert it: iconv -f cp949 -t utf-8 ${name} > ${stem}-utf8.csv`,
    }),
    csvHeader: (name, syntax) => ({ message: `${name}: the header line: ${syntax}.` }),
    header: (name, n) => ({
      message: `The header of ${name} has ${n} problem(s).`,
      hint: 'Columns must be id, fact ids and indicator ids ("tip-screen indicators list"); use --map to rename or ignore yours.',
    }),
    mappingYaml: (path) => ({ message: `The mapping file ${path} is not valid YAML.` }),
    mapping: (path, n) => ({
      message: `The mapping file ${path} has ${n} problem(s).`,
      hint: 'A mapping file has columns: {theirs: ours}, ignore: [columns] and values: {theirs: ours}.',
    }),
    cannotWrite: (path, code) => ({
      message: `Cannot write ${path}: ${code}.`,
      hint: 'Check that the folder exists and that you may write there.',
    }),
  },
  csvSyntax: {
    unclosed: 'a quoted field is not closed',
    afterQuote: 'a quoted field must be followed by a comma or the end of the line',
    strayQuote: 'a quote may only appear inside a quoted field',
  },
  header: {
    unknown: (column, name, label, set, suggestion) =>
      `column ${column} "${name}" is not id${label ? `, ${label}` : ''}, a fact or an indicator of set ${set}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    twice: (column, name, earlier, ours) =>
      `column ${column} "${name}" and column "${earlier}" are both ${ours}`,
    noId: 'there is no "id" column (use --map to name yours)',
  },
  record: {
    notObject: 'a record must be a JSON object with "id", "facts" and "answers"',
    badId: 'the record id must be a non-empty text or a number',
    noIdField: 'the record has no "id"',
    noId: 'the record has no id',
    factsNotMapping: 'facts must be a mapping of fact id to value',
    answersNotMapping: 'answers must be a mapping of indicator id to answer',
    fields: (cells, header) => `the row has ${cells} fields; the header has ${header}`,
    notAField: (path, set, suggestion) =>
      `"${path}" is not a field of a batch record: id, facts, answers, or a fact or indicator id of set ${set}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    unreadable: 'the record could not be read',
    notJson: (column) =>
      column === undefined ? 'not valid JSON' : `not valid JSON (error at column ${column})`,
    notCsv: 'the row is not valid CSV',
  },
  RECORD_TOO_LARGE: {
    record: () => ({
      message: 'A record in the input is longer than 1 MiB.',
      hint: 'Each record is one line (JSONL) or one row (CSV); check for a missing line break or an unclosed quote.',
    }),
  },
};

export const batchInputErrors = { ko, en };
