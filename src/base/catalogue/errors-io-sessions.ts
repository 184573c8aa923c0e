/**
 * The errors raised in src/io/ about saved sessions: finding one, its lock, its encryption and
 * the checks that refuse a file that is not the session it is named after. Keyed by their code,
 * in Korean and English. A message names where a value is and what kind it looks like, never the
 * value itself.
 */
import type { Said } from './said.js';

/** Why an encrypted file's header is refused. */
const headerFaultKo = {
  keyRange: '키 매개변수가 허용 범위를 벗어났습니다',
  keyUnusable: '키 매개변수를 쓸 수 없습니다',
  unknownFormat: '알려진 형식 표시로 시작하지 않습니다',
  tooShort: '너무 짧습니다',
  unknownRole: '알 수 없는 종류의 파일이라고 적혀 있습니다',
  idNotText: 'id가 텍스트가 아닙니다',
};
export type HeaderFault = keyof typeof headerFaultKo;

const headerFaultEn: typeof headerFaultKo = {
  keyRange: 'its key parameters are out of range',
  keyUnusable: 'its key parameters cannot be used',
  unknownFormat: 'it does not start with a known format tag',
  tooShort: 'it is too short',
  unknownRole: 'it names an unknown kind of file',
  idNotText: 'its id is not text',
};

const listKo = '저장된 세션 목록은 tip-screen sessions list로 볼 수 있습니다.';
const unchangedKo = '아무것도 바꾸지 않았습니다.';

const ko = {
  SESSION_AMBIGUOUS: {
    empty: (): Said => ({
      message: '빈 세션 id는 모든 세션에 맞게 됩니다.',
      hint: '세션 하나의 id나 사례 코드를 주세요. 세션 목록은 tip-screen sessions list로 볼 수 있습니다.',
    }),
    several: (ref: string, n: number): Said => ({
      message: `"${ref}"에 맞는 세션이 ${n}개 있습니다.`,
      hint: '원하는 세션의 id 전체를 주세요.',
    }),
  },
  SESSION_NOT_FOUND: {
    noMatch: (ref: string, dir: string): Said => ({
      message: `${dir}에 "${ref}" 세션이 없습니다.`,
      hint: listKo,
    }),
    gone: (id: string, dir: string): Said => ({
      message: `세션 ${id}이(가) 더 이상 ${dir}에 없습니다.`,
      hint: listKo,
    }),
  },
  BAD_PASSPHRASE: {
    encrypted: (id: string): Said => ({
      message: `세션 ${id}은(는) 암호화되어 있습니다.`,
      hint: '암호를 주세요 (묻는 화면에서 입력하거나 TIP_SCREEN_PASSPHRASE를 설정하세요).',
    }),
    wrong: (): Said => ({
      message: '암호가 틀렸거나, 파일이 바뀌었거나 손상되었습니다.',
      hint: '아무것도 보여 주거나 바꾸지 않았습니다. 암호를 다시 입력해 보세요. 암호가 맞다면 이 파일은 믿을 수 없습니다.',
    }),
  },
  ROLLBACK: (id: string): Said => ({
    message: `세션 ${id}의 파일이 이 컴퓨터에서 이미 열었던 것보다 오래되었습니다.`,
    hint:
      '세션 자리에 이전 복사본이 놓여 있어, 그 뒤에 한 답변이 사라지게 됩니다. ' +
      `백업에서 일부러 복원했다면 --accept-older를 붙이세요. ${unchangedKo}`,
  }),
  SESSION_DAMAGED: (id: string): Said => ({
    message: `세션 ${id}이(가) 손상되어 읽을 수 없습니다.`,
    hint: '파일이 tip-screen 밖에서 바뀌었습니다. 다른 세션은 영향을 받지 않습니다.',
  }),
  SESSION_SWAPPED: (id: string): Said => ({
    message: `세션 ${id}의 파일에 다른 세션이 들어 있습니다.`,
    hint:
      'tip-screen 밖에서 복사되었거나 이름이 바뀐 파일이어서, 보여 주지도 그 안에 쓰지도 않았습니다. ' +
      '맞는 파일을 되돌려 놓거나, 이 파일을 tip-screen sessions delete ID --force로 지우세요.',
  }),
  FILE_ROLE_MISMATCH: (id: string): Said => ({
    message: `세션 ${id}의 파일은 세션이 아닙니다 (보고서나 내보낸 파일일 수 있습니다).`,
    hint: `다른 종류의 tip-screen 파일이 세션 이름으로 놓여 있어 열지 않았습니다. ${unchangedKo}`,
  }),
  ENCRYPTED_HEADER: (fault: HeaderFault): Said => ({
    message: `암호화 파일의 머리말이 손상되었습니다: ${headerFaultKo[fault]}.`,
    hint: `파일이 tip-screen 밖에서 바뀌었거나 잘려서 열 수 없습니다. ${unchangedKo}`,
  }),
  NOT_ENCRYPTED: (): Said => ({
    message: '암호화된 파일이어야 하는데 암호화되어 있지 않습니다.',
    hint: `tip-screen이 암호화된 파일을 두는 자리에 일반 파일이 놓여 있어 읽지 않았습니다. ${unchangedKo}`,
  }),
  SESSION_LOCKED: {
    held: (id: string, pid: number, host: string, since: string): Said => ({
      message: `세션 ${id}이(가) 다른 tip-screen에서 열려 있습니다 (${host}의 프로세스 ${pid}, ${since}부터).`,
      hint: '먼저 그곳에서 마치거나 멈추세요. 더 이상 실행되지 않는 프로세스가 남긴 잠금은 자동으로 넘겨받습니다.',
    }),
    unknown: (id: string, lockFile: string): Said => ({
      message: `세션 ${id}이(가) 다른 tip-screen에서 열려 있습니다 (어떤 프로세스인지 알 수 없습니다).`,
      hint: `실행 중인 tip-screen이 없다면 잠금 파일을 지우고 다시 해 보세요: ${lockFile}`,
    }),
  },
  words: {
    /** One session in a list of those a reference matches: id, case code, last change. */
    sessionLine: (id: string, caseCode: string, changed: string) =>
      `${id}  사례 ${caseCode}  변경 ${changed}`,
    encrypted: '(암호화됨)',
  },
};

const listEn = 'List the saved sessions with: tip-screen sessions list';
const unchangedEn = 'Nothing was changed.';

const en: typeof ko = {
  SESSION_AMBIGUOUS: {
    empty: () => ({
      message: 'An empty session id would match every session.',
      hint: 'Give the id or case code of one session; list them with: tip-screen sessions list',
    }),
    several: (ref, n) => ({
      message: `"${ref}" matches ${n} sessions.`,
      hint: 'Give the whole id of the one you mean.',
    }),
  },
  SESSION_NOT_FOUND: {
    noMatch: (ref, dir) => ({ message: `No session "${ref}" in ${dir}.`, hint: listEn }),
    gone: (id, dir) => ({ message: `Session ${id} is no longer in ${dir}.`, hint: listEn }),
  },
  BAD_PASSPHRASE: {
    encrypted: (id) => ({
      message: `Session ${id} is encrypted.`,
      hint: 'Give the passphrase (you will be asked, or set TIP_SCREEN_PASSPHRASE).',
    }),
    wrong: () => ({
      message: 'The passphrase is wrong, or the file was changed or damaged.',
      hint: 'Nothing was shown or changed. Try the passphrase again; if it is right, the file cannot be trusted.',
    }),
  },
  ROLLBACK: (id) => ({
    message: `The file of session ${id} is older than one already opened here.`,
    hint:
      'An older copy was put in place of the session, and answers given since would be lost. ' +
      `If you restored it from a backup on purpose, add --accept-older. ${unchangedEn}`,
  }),
  SESSION_DAMAGED: (id) => ({
    message: `Session ${id} is damaged and cannot be read.`,
    hint: 'The file was changed outside tip-screen. Other sessions are not affected.',
  }),
  SESSION_SWAPPED: (id) => ({
    message: `The file of session ${id} holds a different session.`,
    hint:
      'It was copied or renamed outside tip-screen, and was neither shown nor written into. ' +
      'Put the right file back, or remove this one with: tip-screen sessions delete ID --force',
  }),
  FILE_ROLE_MISMATCH: (id) => ({
    message: `The file of session ${id} is not a session (a report or export?).`,
    hint: `Another kind of tip-screen file was put under a session name; it was not opened. ${unchangedEn}`,
  }),
  ENCRYPTED_HEADER: (fault) => ({
    message: `The encrypted file's header is damaged: ${headerFaultEn[fault]}.`,
    hint: `The file was changed or cut short outside tip-screen and cannot be opened. ${unchangedEn}`,
  }),
  NOT_ENCRYPTED: () => ({
    message: 'The file is not encrypted, but an encrypted file was expected.',
    hint: `A plain file was put where tip-screen keeps an encrypted one; it was not read. ${unchangedEn}`,
  }),
  SESSION_LOCKED: {
    held: (id, pid, host, since) => ({
      message: `Session ${id} is open in another tip-screen (process ${pid} on ${host}, since ${since}).`,
      hint: 'Finish or pause it there first. A lock left by a process that no longer runs is taken over automatically.',
    }),
    unknown: (id, lockFile) => ({
      message: `Session ${id} is open in another tip-screen (a process that cannot be identified).`,
      hint: `If no tip-screen is running, remove the lock file and try again: ${lockFile}`,
    }),
  },
  words: {
    sessionLine: (id, caseCode, changed) => `${id}  case ${caseCode}  changed ${changed}`,
    encrypted: '(encrypted)',
  },
};

export const ioSessionErrors = { ko, en };
