/** How a user error reads: a short title per code (ko and en), then the message, problems and hint. */
import { formatProblem, type ErrorCode, type UserError } from '../base/errors.js';
import { escapeControls } from '../base/safe-text.js';
import type { Lang } from '../base/i18n.js';

const titles: Record<ErrorCode | 'INTERNAL', { ko: string; en: string }> = {
  SET_NOT_FOUND: { ko: '지표 세트를 찾을 수 없습니다', en: 'Indicator set not found' },
  SET_INVALID: { ko: '지표 세트에 오류가 있습니다', en: 'Indicator set has errors' },
  SET_YAML: { ko: '지표 세트의 YAML 문법 오류', en: 'Indicator set is not valid YAML' },
  ANSWERS_INVALID: { ko: '답변 파일에 오류가 있습니다', en: 'Answers file has errors' },
  ANSWERS_YAML: { ko: '답변 파일의 문법 오류', en: 'Answers file is not valid YAML or JSON' },
  FILE_READ: { ko: '파일을 읽을 수 없습니다', en: 'Cannot read file' },
  USAGE: { ko: '명령 사용법 오류', en: 'Usage error' },
  NO_TTY: { ko: '대화형 화면을 열 수 없습니다', en: 'No interactive terminal' },
  CANCELLED: { ko: '중단됨', en: 'Stopped' },
  SESSION_NOT_FOUND: { ko: '세션을 찾을 수 없습니다', en: 'Session not found' },
  SESSION_LOCKED: { ko: '세션이 사용 중입니다', en: 'Session in use' },
  BAD_PASSPHRASE: { ko: '암호가 틀렸거나 파일이 변경되었습니다', en: 'Wrong passphrase or modified file' },
  PII_DETECTED: { ko: '식별 정보가 포함되어 있습니다', en: 'Identifying data found' },
  BATCH_RECORDS: { ko: '잘못된 레코드가 있습니다', en: 'Some records are invalid' },
  SCENARIO_INVALID: { ko: '시나리오에 오류가 있습니다', en: 'Scenario has errors' },
  CROSSWALK_GAPS: { ko: '대응표에 빈 항목이 있습니다', en: 'Crosswalk has gaps' },
  CROSSWALK_INVALID: { ko: '대응표에 오류가 있습니다', en: 'Crosswalk has errors' },
  UNSAFE_PATH: { ko: '안전하지 않은 경로', en: 'Unsafe path' },
  DISK_FULL: { ko: '디스크가 가득 찼습니다', en: 'Disk full' },
  FILE_WRITE: { ko: '파일을 쓸 수 없습니다', en: 'Cannot write file' },
  // Session files
  SESSION_DAMAGED: { ko: '세션 파일이 손상되었습니다', en: 'Session file damaged' },
  SESSION_AMBIGUOUS: { ko: '세션 ID가 분명하지 않습니다', en: 'Ambiguous session id' },
  SESSION_SWAPPED: { ko: '다른 세션의 파일입니다', en: 'File belongs to another session' },
  FILE_ROLE_MISMATCH: { ko: '다른 종류의 파일입니다', en: 'Wrong kind of file' },
  ROLLBACK: { ko: '이전 버전의 세션 파일입니다', en: 'Older copy of a session' },
  ENCRYPTED_HEADER: { ko: '암호화 파일의 머리말이 손상되었습니다', en: 'Encrypted file header damaged' },
  NOT_ENCRYPTED: { ko: '암호화되지 않은 파일입니다', en: 'File is not encrypted' },
  // batch outputs and output streams
  SAME_FILE: { ko: '같은 파일을 입력과 출력에 함께 쓸 수 없습니다', en: 'Same file used twice' },
  DUPLICATE_IDS: { ko: '레코드 id가 중복됩니다', en: 'Duplicate record ids' },
  FILE_TOO_LARGE: { ko: '파일이 너무 큽니다', en: 'File too large' },
  RECORD_TOO_LARGE: { ko: '레코드가 너무 깁니다', en: 'Record too large' },
  NOT_UTF8: { ko: 'UTF-8 텍스트가 아닙니다', en: 'Not UTF-8 text' },
  BIDI_CONTROL: { ko: '양방향 제어 문자가 있습니다', en: 'Bidirectional control characters' },
  YAML_ALIASES: { ko: 'YAML 별칭이 너무 많습니다', en: 'Too many YAML aliases' },
  YAML_DEPTH: { ko: 'YAML 중첩이 너무 깊습니다', en: 'YAML nested too deeply' },
  CONFIG_INVALID: { ko: '설정 파일에 오류가 있습니다', en: 'Settings file has errors' },
  NOT_A_SET: { ko: '지표 세트 파일이 아닙니다', en: 'Not an indicator set' },
  NOT_ANSWERS: { ko: '답변 파일이 아닙니다', en: 'Not an answers file' },
  INTERNAL: { ko: '내부 오류', en: 'Internal error' },
};

export const errorTitle = (code: ErrorCode | 'INTERNAL', lang: Lang): string => titles[code][lang];
export const errorCodes = Object.keys(titles) as (ErrorCode | 'INTERNAL')[];

/** A user error as printed: title and stable code, the problems, the hint. */
export function describeUserError(error: UserError, lang: Lang): string {
  // The stable code goes with the title, so a user can quote it and a script can match it.
  // A message can name an id or path taken from a file: control characters are shown escaped.
  const said = error.localized?.(lang);
  const message = said ? said.message : error.message;
  const hint = said ? said.hint : error.hint;
  const lines = [`${errorTitle(error.code, lang)} [${error.code}]: ${escapeControls(message)}`];
  const listed = error.problems.filter((p) => p.more === undefined);
  const unlisted = error.problems.reduce((n, p) => n + (p.more ?? 0), 0);
  for (const p of listed.slice(0, 50)) lines.push(`  ${formatProblem(p, lang)}`);
  const more = Math.max(0, listed.length - 50) + unlisted;
  if (listed.length + unlisted > 50) lines.push(lang === 'ko' ? `  … 외 ${more}개` : `  … ${more} more`);
  if (hint) lines.push(hint);
  return lines.join('\n') + '\n';
}
