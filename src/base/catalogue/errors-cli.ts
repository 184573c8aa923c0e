/**
 * The errors and small texts of src/cli/ (the commands' own checks, sessions and passphrases, the
 * crosswalk listing), keyed by the error code or the text's use, in Korean and English. A message
 * names where a value is and what kind it looks like, never the value itself.
 */
import type { Said } from './said.js';

const ko = {
  USAGE: {
    setAndFrameworks: (): Said => ({ message: '--set과 --frameworks 중 하나만 쓰세요.' }),
    setAndFrameworksScreen: (): Said => ({
      message: '--set과 --frameworks 중 하나만 쓰세요.',
      hint: '--set을 빼세요. --frameworks를 쓰면 질문은 대응표가 정한 기본 세트에서 나옵니다.',
    }),
    noResultFolder: (out: string): Said => ({
      message: `결과를 ${out}에 저장할 수 없습니다: 그 폴더가 없습니다.`,
    }),
    emptyLibrary: (): Said => ({ message: '시나리오 모음에 시나리오가 하나도 없습니다.' }),
    noSuchItem: (set: string, id: string): Said => ({
      message: `${set} 세트에 "${id}" 항목이 없습니다.`,
      hint: '"tip-screen indicators list"를 실행하면 id를 볼 수 있습니다.',
    }),
    jobs: (): Said => ({ message: '--jobs에는 1부터 64까지의 정수를 주세요.' }),
    deleteUnconfirmed: (id: string): Said => ({
      message: `세션 ${id}을(를) 삭제하려면 확인이 필요합니다.`,
      hint: '터미널이 없으면 --yes를 붙여 확인하세요. 아무것도 삭제하지 않았습니다.',
    }),
    exportEncrypted: (id: string): Said => ({
      message: `세션 ${id}은(는) 암호화되어 있어 내보내는 파일도 암호화됩니다.`,
      hint: '--out으로 저장할 파일을 주거나(나중에 tip-screen decrypt로 엽니다), 평문으로 내보내려면 --decrypt를 붙이세요.',
    }),
  },
  SET_INVALID: {
    filesFailed: (failed: number, total: number): Said => ({
      message: `파일 ${total}개 중 ${failed}개에 문제가 있습니다.`,
    }),
  },
  SCENARIO_INVALID: {
    library: (n: number): Said => ({ message: `시나리오 모음에서 시나리오 ${n}개에 문제가 있습니다.` }),
    filesFailed: (failed: number, total: number): Said => ({
      message: `파일 ${total}개 중 ${failed}개에 문제가 있습니다.`,
    }),
    files: (n: number): Said => ({ message: `시나리오 파일 ${n}개에 문제가 있습니다.` }),
    wrongOutcome: (n: number, ids: string): Said => ({
      message: `시나리오 ${n}개가 더 이상 기대한 결과를 내지 않습니다: ${ids}.`,
      hint: '세트가 이 사례들의 점수를 매기는 방식이 바뀌었거나, 시나리오를 고쳐야 합니다. 전문가 코딩을 보려면 "tip-screen scenarios show ID"를 실행하세요.',
    }),
  },
  CROSSWALK_GAPS: {
    uncovered: (n: number, primary: string): Said => ({
      message: `어떤 면접 질문으로도 확인되지 않는 기준 항목이 ${n}개 있습니다.`,
      hint: `대응표의 "frameworks" 아래에서 각 항목을 ${primary}의 질문 하나 이상에 연결하세요.`,
    }),
    /** One item no question covers, as a problem; `element` is the element's name. */
    item: (framework: string, item: string, element: string) =>
      `${framework}: "${item}" (${element})은(는) 어떤 면접 질문으로도 확인되지 않습니다`,
  },
  BAD_PASSPHRASE: {
    noPassphrase: (): Said => ({
      message: '암호화된 파일인데 암호가 주어지지 않았습니다.',
      hint: 'TIP_SCREEN_PASSPHRASE를 설정하거나, 터미널에서 명령을 실행해 암호를 입력하세요.',
    }),
  },
  SESSION_NOT_FOUND: {
    noPaused: (dir: string): Said => ({
      message: `${dir}에 일시정지한 세션이 없습니다.`,
      hint: '새로 시작하려면: tip-screen screen (끝난 세션: tip-screen sessions list)',
    }),
  },
  FILE_READ: {
    noFile: (file: string): Said => ({
      message: `${file} 파일이 없습니다.`,
      hint: '경로를 확인하세요. 저장한 보고서는 데이터 폴더 안의 reports 폴더에 있습니다.',
    }),
  },
  /** `tip-screen sessions delete`: the question asked, and the hint when the session stays shut. */
  /** `tip-screen indicators validate`: one line per file, "ok" or "bad" first for scripts. */
  validate: {
    ok: (file: string, id: string, version: string, n: number) =>
      `ok  ${file}: ${id} ${version}, 지표 ${n}개`,
    bad: (file: string, message: string) => `bad ${file}: ${message}`,
  },
  deleteSession: {
    confirm: (id: string) => `세션 ${id}을(를) 삭제할까요?`,
    needsPassphrase:
      '암호화된 세션을 삭제하려면 그 암호가 필요합니다. 암호 없이 삭제하려면 --force를 붙이세요. 아무것도 삭제하지 않았습니다.',
  },
  /** The words of `tip-screen indicators crosswalk`. */
  crosswalk: {
    file: (file: string) => `대응표: ${file}`,
    primary: (id: string, questions: number, facts: number) =>
      `면접 질문: ${id} (${questions}개, 공통 사실 ${facts}개)`,
    covered: (covered: number, total: number) => `${total}개 항목 중 ${covered}개가 면접 질문으로 확인됨`,
    alsoCountedFor: (id: string, element: string) => `${id} [${element}에도 반영]`,
    countedFor: (id: string, element: string) => `${id} [${element}에 반영됨: 여기서는 '모름']`,
    notCovered: '없음: 따로 물어야 합니다',
    dualUse: '양쪽 반영 근거',
    allCovered: '모든 기준의 모든 항목이 면접 질문으로 확인됩니다.',
    gaps: (n: number) => `면접 질문으로 확인되지 않는 항목: ${n}개`,
  },
};

const en: typeof ko = {
  USAGE: {
    setAndFrameworks: () => ({ message: 'Use either --set or --frameworks, not both.' }),
    setAndFrameworksScreen: () => ({
      message: 'Use either --set or --frameworks, not both.',
      hint: "Drop --set: with --frameworks the questions come from the crosswalk's primary set.",
    }),
    noResultFolder: (out) => ({ message: `Cannot save the result to ${out}: the folder does not exist.` }),
    emptyLibrary: () => ({ message: 'The scenario library is empty.' }),
    noSuchItem: (set, id) => ({
      message: `Set ${set} has no item "${id}".`,
      hint: 'Run "tip-screen indicators list" to see the ids.',
    }),
    jobs: () => ({ message: '--jobs must be a whole number from 1 to 64.' }),
    deleteUnconfirmed: (id) => ({
      message: `Deleting session ${id} needs a confirmation.`,
      hint: 'Without a terminal, add --yes to confirm. Nothing was deleted.',
    }),
    exportEncrypted: (id) => ({
      message: `Session ${id} is encrypted, so its export is encrypted too.`,
      hint: 'Give a file with --out FILE (open it later with: tip-screen decrypt FILE), or add --decrypt to export plain text.',
    }),
  },
  SET_INVALID: {
    filesFailed: (failed, total) => ({ message: `${failed} of ${total} file(s) have problems.` }),
  },
  SCENARIO_INVALID: {
    library: (n) => ({ message: `${n} library scenario(s) have problems.` }),
    filesFailed: (failed, total) => ({ message: `${failed} of ${total} file(s) have problems.` }),
    files: (n) => ({ message: `${n} scenario file(s) have problems.` }),
    wrongOutcome: (n, ids) => ({
      message: `${n} scenario(s) no longer give the expected outcome: ${ids}.`,
      hint: 'Either the set changed how these cases score, or the scenario needs updating. Run "tip-screen scenarios show ID" to see the expert codings.',
    }),
  },
  CROSSWALK_GAPS: {
    uncovered: (n, primary) => ({
      message: `${n} framework item(s) are covered by no interview question.`,
      hint: `Map each item to at least one question of ${primary} under "frameworks" in the crosswalk.`,
    }),
    item: (framework, item, element) => `${framework}: "${item}" (${element}) is not covered`,
  },
  BAD_PASSPHRASE: {
    noPassphrase: () => ({
      message: 'This file is encrypted and no passphrase was given.',
      hint: 'Set TIP_SCREEN_PASSPHRASE, or run the command in a terminal to be asked.',
    }),
  },
  SESSION_NOT_FOUND: {
    noPaused: (dir) => ({
      message: `There is no paused session in ${dir}.`,
      hint: 'Start one with: tip-screen screen (finished sessions: tip-screen sessions list)',
    }),
  },
  FILE_READ: {
    noFile: (file) => ({
      message: `There is no file ${file}.`,
      hint: 'Check the path; saved reports are in the reports folder of the data folder.',
    }),
  },
  validate: {
    ok: (file, id, version, n) => `ok  ${file}: ${id} ${version}, ${n} indicators`,
    bad: (file, message) => `bad ${file}: ${message}`,
  },
  deleteSession: {
    confirm: (id) => `Delete session ${id}?`,
    needsPassphrase:
      'Deleting an encrypted session needs its passphrase; to delete it without, add --force. Nothing was deleted.',
  },
  crosswalk: {
    file: (file) => `Crosswalk: ${file}`,
    primary: (id, questions, facts) =>
      `Interview questions: ${id} (${questions}, plus ${facts} shared facts)`,
    covered: (covered, total) => `${covered} of ${total} items covered by interview questions`,
    alsoCountedFor: (id, element) => `${id} [also counted for ${element}]`,
    countedFor: (id, element) => `${id} [counted for ${element}: unknown here]`,
    notCovered: 'NOT COVERED: must be asked separately',
    dualUse: 'Dual use',
    allCovered: 'Every framework item is covered by at least one interview question.',
    gaps: (n) => `Items no interview question covers: ${n}`,
  },
};

export const cliErrors = { ko, en };
