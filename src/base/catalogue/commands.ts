/**
 * The plain output of the commands that list, show and check things (sessions, decrypt, the
 * translation and scenario listings, a batch's bad records), in Korean and English. The first
 * word of a line a script reads ("ok", "bad", "FAIL", "invalid:") is the same in both languages;
 * ids, codes and paths are passed in, never translated.
 */
const ko = {
  /** `tip-screen sessions list|show|delete|export`. */
  sessions: {
    none: (dir: string) => `${dir}에 저장된 세션이 없습니다.`,
    /** The list's column heads: id, status, case code, answers, last changed. */
    columns: ['ID', '상태', '사례 코드', '답변 수', '마지막 변경'],
    /** A session's status as shown; the file keeps the code. */
    status: { 'in-progress': '진행 중', paused: '일시정지', done: '완료' } as Record<string, string>,
    encrypted: '암호화됨',
    damaged: (reason: string) => `손상됨: ${reason}`,
    cannotOpen: (n: number) =>
      `세션 파일 ${n}개를 열 수 없습니다. 이유와 해결 방법을 보려면 "tip-screen sessions show ID"를 실행하세요.`,
    caseCode: (code: string) => `사례 코드 ${code}`,
    frameworks: (ids: string) => `기준 ${ids}`,
    set: (id: string) => `지표 세트 ${id}`,
    progress: (answered: number, facts: number, updated: string) =>
      `답변 ${answered}개, 사실 ${facts}개, 마지막 저장 ${updated}`,
    outcomeSoFar: (label: string) => `지금까지의 결과: ${label}`,
    kept: (id: string) => `세션 ${id}을(를) 삭제하지 않았습니다.`,
    deleted: (id: string) => `세션 ${id}을(를) 삭제했습니다.`,
    exportEncrypted: '내보낸 파일은 세션의 암호로 암호화되어 있습니다.',
    exportDecrypted: (id: string) =>
      `세션 ${id}은(는) 암호화되어 있지만, 이 내보내기는 복호화한 평문입니다 (--decrypt).`,
  },
  /** `tip-screen decrypt --out FILE`. */
  decryptedInto: (file: string) => `${file}에 복호화했습니다 (평문, 파일 권한 0600).`,
  /** `tip-screen indicators i18n`: whether a translation was reviewed, and what it lacks. */
  translations: {
    reviewed: '검토됨',
    notReviewed: '검토되지 않음 (reviewed: false)',
    missing: (ids: string) => `번역 없음 (영어로 표시): ${ids}`,
  },
  /** `tip-screen scenarios list|validate|check`. */
  scenarios: {
    bad: (file: string, n: number) => `bad ${file}: 문제 ${n}개`,
    invalid: (file: string) =>
      `invalid: ${file} (자세히 보려면 "tip-screen scenarios validate ${file}"을(를) 실행하세요)`,
    valid: (file: string, id: string, replies: number, set: string) =>
      `ok  ${file}: ${id}, 응답 ${replies}개, 지표 세트 ${set}`,
    /** An outcome as these lines show it: its label in Korean, its id in English. */
    outcome: (_id: string, label: string) => label,
    passed: (id: string, outcome: string) => `ok    ${id}: ${outcome}`,
    failed: (id: string, expected: string, actual: string, file: string) =>
      `FAIL  ${id}: 기대한 결과 ${expected}, 채점 결과 ${actual} (${file})`,
    summary: (passed: number, total: number) => `시나리오 ${total}개 중 ${passed}개가 기대한 결과를 냅니다.`,
  },
  /** `batch --allow-identifiers`: said before anything is read. */
  identifiersAllowed:
    '경고: 식별 정보 검사가 꺼져 있습니다(--allow-identifiers). 이 자료를 처리할 권한이 있는지 확인하고, 결과 파일도 입력 파일만큼 안전하게 보관하세요.',
  /** Where a bad record of a batch is: the file when there are several, the line, the id. */
  badRecord: (file: string | undefined, line: number, id: string | undefined) =>
    `${file ? `${file}:` : ''}${line}번째 줄${id ? ` (id ${id})` : ''}`,
};

const en: typeof ko = {
  sessions: {
    none: (dir) => `No saved sessions in ${dir}.`,
    columns: ['ID', 'STATUS', 'CASE', 'ANSWERS', 'LAST CHANGED'],
    status: { 'in-progress': 'in-progress', paused: 'paused', done: 'done' },
    encrypted: 'encrypted',
    damaged: (reason) => `damaged: ${reason}`,
    cannotOpen: (n) =>
      `${n} session file${n === 1 ? '' : 's'} cannot be opened; run "tip-screen sessions show ID" for the reason and the fix.`,
    caseCode: (code) => `case ${code}`,
    frameworks: (ids) => `frameworks ${ids}`,
    set: (id) => `set ${id}`,
    progress: (answered, facts, updated) => `${answered} answered, ${facts} facts, updated ${updated}`,
    outcomeSoFar: (label) => `outcome so far: ${label}`,
    kept: (id) => `kept ${id}`,
    deleted: (id) => `deleted ${id}`,
    exportEncrypted: "The export is encrypted with the session's passphrase.",
    exportDecrypted: (id) => `Session ${id} is encrypted; this export is decrypted plain text (--decrypt).`,
  },
  decryptedInto: (file) => `Decrypted into ${file} (plain text, mode 0600).`,
  translations: {
    reviewed: 'reviewed',
    notReviewed: 'NOT REVIEWED (reviewed: false)',
    missing: (ids) => `missing (shown in English): ${ids}`,
  },
  scenarios: {
    bad: (file, n) => `bad ${file}: ${n} problem(s)`,
    invalid: (file) => `invalid: ${file} (run "tip-screen scenarios validate ${file}")`,
    valid: (file, id, replies, set) => `ok  ${file}: ${id}, ${replies} replies, set ${set}`,
    outcome: (id) => id,
    passed: (id, outcome) => `ok    ${id}: ${outcome}`,
    failed: (id, expected, actual, file) =>
      `FAIL  ${id}: expected ${expected}, the scorer gives ${actual} (${file})`,
    summary: (passed, total) => `${passed} of ${total} scenario(s) give the expected outcome.`,
  },
  identifiersAllowed:
    'Warning: the identifying-data check is off (--allow-identifiers). Make sure you are allowed to process this data, and keep the output as safe as the input.',
  badRecord: (file, line, id) => `${file ? `${file}:` : ''}line ${line}${id ? ` (id ${id})` : ''}`,
};

export const commandTexts = { ko, en };
