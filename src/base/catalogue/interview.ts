/** What the interview says to the screener, in Korean and English. Prompt lines stay short. */

/** What a screener sees of a session before continuing it. */
export interface ResumeHeader {
  id: string;
  caseCode: string | undefined;
  started: string;
  changed: string;
  answers: number;
}

const ko = {
  answers: { yes: '예', no: '아니오', unknown: '모름', declined: '답변 거부' },
  actions: { note: '메모', back: '이전', review: '검토', pause: '일시정지', quickExit: '긴급 종료' },
  help: '도움말',
  continue: '계속',
  safetyQuestion: '지금 즉시 위험한 상황입니까?',
  safetyHelp: '가해자가 근처에 있거나, 다쳤거나, 돌아가면 위험한지 먼저 확인하십시오.',
  emergencyTitle: '긴급 연락처 — 안전할 때만 전화하십시오',
  pauseOffer: '지금 멈추고 나중에 이어서 할까요?',
  pauseNow: '멈추고 저장',
  keepGoing: '계속 진행',
  openingTitle: '시작 안내 (읽어 주십시오)',
  openingHelp:
    '천천히 소리 내어 읽어 주십시오. 통역이 있으면 한 문장씩 통역하게 하십시오. 당사자가 멈추고 싶어 하면 p로 일시정지합니다.',
  factHelp:
    '당사자가 말한 대로 고르십시오. 모르면 "모름", 답하고 싶지 않으면 "답변 거부"이며, 어느 쪽도 불리하게 쓰이지 않습니다.',
  ageHelpKey: '(? 를 입력하고 Enter: 도움말)',
  noTranslation: '번역 없음',
  unreviewed: (name: string) =>
    `${name} 문장은 아직 원어민 검토를 받지 않았습니다. 중요한 내용은 통역인과 확인하십시오.`,
  opening: [
    '이 질문은 당신이 도움이나 보호가 필요한지 알아보기 위한 것입니다.',
    '참여는 자유이며 언제든지 멈출 수 있습니다.',
    '대답하고 싶지 않은 질문에는 대답하지 않아도 되고, 그것이 불리하게 쓰이지 않습니다.',
    '이름은 기록하지 않으며, 기록은 암호로 보호할 수 있습니다.',
  ],
  sections: { facts: '기본 사항', act: '행위', means: '수단', purpose: '목적' },
  agePrompt: '만 나이 (17-19, 약 18도 가능 · 모르면 Enter, 거부는 d)',
  ageInvalid:
    '0~120 사이의 숫자, 범위(17-19), 추정(약 18, 18세쯤: 앞뒤 2살로 읽음), 빈칸(모름) 또는 d(거부)를 입력하십시오.',
  chooseFirst: '(↑↓로 고른 뒤 Enter)',
  choiceUnknown: '모름',
  choiceDeclined: '답변 거부',
  notePrompt: '메모 (이름ㆍ연락처는 적지 마십시오)',
  noteRefused: (what: string) => `메모에 ${what}처럼 보이는 것이 있습니다. 식별 정보는 빼고 적으십시오.`,
  noteMaybeName: '사람 이름처럼 보입니다. 지울까요?',
  noteRemoveName: '예, 이름을 지움',
  noteNotAName: '아니오, 이름이 아님',
  noteMenu: '이 질문의 메모',
  noteAdd: '메모 더하기',
  noteDelete: (text: string) => `지우기: ${text}`,
  noteBack: '질문으로 돌아가기',
  orientation: '현재 판단',
  askNext: '다음에 물어볼 것',
  reviewTitle: '답변 검토',
  reviewUnanswered: (n: number) => `답하지 않은 질문 계속하기 (${n}개)`,
  reviewFinish: '선별 마치기',
  reviewChange: '답변 바꾸기',
  reviewPick: '바꿀 질문을 고르십시오',
  showDetails: '전체 보고서(판단 근거, 보호 조치와 연락처 설명 전체)를 볼까요?',
  saveReport: '결과를 Markdown 보고서로 저장할까요?',
  reportPath: '저장할 파일 경로',
  savedReport: (p: string) => `보고서를 저장했습니다: ${p}`,
  paused: (command: string) => `일시정지했습니다. 이어서 하려면: ${command}`,
  saved: '저장됨',
  passphrase: '암호',
  passphraseAgain: '암호 확인',
  passphraseRule:
    '암호를 정하십시오: 12자 이상, 또는 네 단어 이상(예: 기억하기 쉬운 네 단어). 잊으면 되찾을 수 없습니다.',
  passphraseWeak: '너무 짧습니다. 12자 이상이거나 띄어 쓴 네 단어 이상이어야 합니다.',
  passphraseEmpty: '암호를 입력하십시오.',
  passphraseMismatch: (left: number) => `두 암호가 다릅니다. 다시 입력하십시오 (남은 기회 ${left}번).`,
  passphraseMismatchEnd: '두 암호가 세 번 모두 달랐습니다. 아무것도 저장하지 않았습니다.',
  passphraseMismatchHint: '다시 시작하고, 암호를 천천히 두 번 똑같이 입력하십시오.',
  passphraseWrong: (left: number) =>
    `암호가 틀렸거나 파일이 바뀌었습니다. 다시 입력하십시오 (남은 기회 ${left}번).`,
  progress: (n: number, total: number) => `질문 ${n} / 약 ${total}`,
  notAnswered: '미응답',
  respondentFallback: '번역 없음, 영어로 표시',
  caseWord: '사례',
  shortPathTitle: '지금까지의 답으로 인신매매 피해자로 볼 요건이 충족되었습니다.',
  shortPathQuestion: '의뢰하기에 충분합니다. 어떻게 할까요?',
  shortPathRefer: (n: number) => `보호와 의뢰로 바로 가기 (남은 질문 ${n}개는 나중에 물을 수 있음)`,
  shortPathContinue: '남은 질문 계속하기',
  shortPathLeft: (n: number, command: string) =>
    `묻지 않은 질문 ${n}개가 남아 있습니다. 나중에 이어서 물으려면: ${command}`,
  resumePick: '이어서 할 세션을 고르십시오 (최근 변경 순)',
  resumeNone: '그만두기 (아무것도 바꾸지 않음)',
  resumeHeader: (h: ResumeHeader) =>
    `사례 ${h.caseCode ?? '-'} · 시작 ${h.started} · 마지막 변경 ${h.changed} · 답변 ${h.answers}개`,
  resumeChoice: (h: ResumeHeader) =>
    `사례 ${h.caseCode ?? '-'} · 마지막 변경 ${h.changed} · 답변 ${h.answers}개 · ${h.id}`,
  resumeEncryptedChoice: (id: string, changed: string) => `(암호화됨) · 마지막 변경 ${changed} · ${id}`,
  resumeUnreadable: '열 수 없음',
  resumeConfirm: '이 세션을 이어서 할까요?',
  resumeLeft: '아무것도 바꾸지 않았습니다. 세션 목록: tip-screen sessions list',
};

const en: typeof ko = {
  answers: { yes: 'Yes', no: 'No', unknown: "Don't know", declined: 'Declined' },
  actions: { note: 'note', back: 'back', review: 'review', pause: 'pause', quickExit: 'quick exit' },
  help: 'help',
  continue: 'Continue',
  safetyQuestion: 'Is the person in immediate danger right now?',
  safetyHelp:
    'Check first whether the trafficker is nearby, the person is hurt, or going back would be dangerous.',
  emergencyTitle: 'Emergency contacts: call only when it is safe',
  pauseOffer: 'Stop now and continue later?',
  pauseNow: 'Pause and save',
  keepGoing: 'Keep going',
  openingTitle: 'Opening (read aloud)',
  openingHelp:
    'Read it aloud, slowly. With an interpreter, let each sentence be interpreted before the next. If the person wants to stop, pause with p.',
  factHelp:
    'Choose what the person says. "Don\'t know" and "Declined" are always fine, and neither counts against them.',
  ageHelpKey: '(type ? and Enter for help)',
  noTranslation: 'no translation',
  unreviewed: (name: string) =>
    `The ${name} texts have not been checked by a native speaker yet: check what matters with an interpreter.`,
  opening: [
    'These questions help us find out whether you need help or protection.',
    'Taking part is voluntary and you can stop at any time.',
    'You do not have to answer any question, and not answering will never be held against you.',
    'Your name is not recorded, and the record can be protected with a passphrase.',
  ],
  sections: { facts: 'Basic facts', act: 'Act', means: 'Means', purpose: 'Purpose' },
  agePrompt: 'Age in years, or 17-19, about 18 (Enter if unknown, d if declined)',
  ageInvalid:
    'Type a number from 0 to 120, a range (17-19), an estimate (about 18, read as 16-20), leave it empty (unknown) or type d (declined).',
  chooseFirst: '(choose with ↑↓, then Enter)',
  choiceUnknown: "Don't know",
  choiceDeclined: 'Declined',
  notePrompt: 'Note (no names or contact details)',
  noteRefused: (what: string) => `The note seems to hold ${what}. Leave identifying details out.`,
  noteMaybeName: 'This looks like a name: remove it?',
  noteRemoveName: 'yes, remove the name',
  noteNotAName: 'no, not a name',
  noteMenu: 'Notes to this question',
  noteAdd: 'Add a note',
  noteDelete: (text: string) => `Delete: ${text}`,
  noteBack: 'Back to the question',
  orientation: 'Where it stands',
  askNext: 'Ask next',
  reviewTitle: 'Review answers',
  reviewUnanswered: (n: number) => `Continue with the unanswered questions (${n})`,
  reviewFinish: 'Finish the screening',
  reviewChange: 'Change an answer',
  reviewPick: 'Pick the question to change',
  showDetails: 'Show the full report (every reason, protection action and contact)?',
  saveReport: 'Save the result as a Markdown report?',
  reportPath: 'File to save to',
  savedReport: (p: string) => `Report saved: ${p}`,
  paused: (command: string) => `Paused. To continue: ${command}`,
  saved: 'saved',
  passphrase: 'Passphrase',
  passphraseAgain: 'Passphrase again',
  passphraseRule:
    'Choose a passphrase: at least 12 characters, or four words (four words you will remember). It cannot be recovered if forgotten.',
  passphraseWeak: 'Too short: use at least 12 characters, or four words separated by spaces.',
  passphraseEmpty: 'Type the passphrase.',
  passphraseMismatch: (left: number) =>
    `The two passphrases differ. Type it again (${left} ${left === 1 ? 'try' : 'tries'} left).`,
  passphraseMismatchEnd: 'The two passphrases differed three times. Nothing was saved.',
  passphraseMismatchHint: 'Start again, and type the same passphrase twice, slowly.',
  passphraseWrong: (left: number) =>
    `Wrong passphrase, or the file was changed. Type it again (${left} ${left === 1 ? 'try' : 'tries'} left).`,
  progress: (n: number, total: number) => `question ${n} of about ${total}`,
  notAnswered: 'not answered',
  respondentFallback: 'no translation, shown in English',
  caseWord: 'case',
  shortPathTitle: 'The answers so far meet the rule for a likely victim of trafficking.',
  shortPathQuestion: 'Enough to refer. What now?',
  shortPathRefer: (n: number) =>
    `Go to protection and referrals now (the ${n} remaining questions can be asked later)`,
  shortPathContinue: 'Keep asking the remaining questions',
  shortPathLeft: (n: number, command: string) =>
    `${n} questions were not asked. To ask them later: ${command}`,
  resumePick: 'Pick the session to continue (last changed first)',
  resumeNone: 'None of these (change nothing)',
  resumeHeader: (h: ResumeHeader) =>
    `Case ${h.caseCode ?? '-'} · started ${h.started} · last changed ${h.changed} · ${h.answers} answers`,
  resumeChoice: (h: ResumeHeader) =>
    `case ${h.caseCode ?? '-'} · last changed ${h.changed} · ${h.answers} answers · ${h.id}`,
  resumeEncryptedChoice: (id: string, changed: string) => `(encrypted) · last changed ${changed} · ${id}`,
  resumeUnreadable: 'cannot be opened',
  resumeConfirm: 'Continue this session?',
  resumeLeft: 'Nothing was changed. The sessions: tip-screen sessions list',
};

export const interviewTexts = { ko, en };
