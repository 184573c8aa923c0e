/** The words of the key help under a list and beside a one-line prompt. */
const ko = { navigate: '이동', select: '선택', quickExit: '긴급 종료', masked: '[입력은 보이지 않습니다]' };

const en: typeof ko = {
  navigate: 'navigate',
  select: 'select',
  quickExit: 'quick exit',
  masked: '[input is hidden]',
};

export const keyTexts = { ko, en };
