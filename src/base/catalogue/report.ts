/**
 * The report's sentences, keyed by reason and summary code, in Korean and English. Items are
 * named by their short labels (see labels.ts); citations come from the set in the report language.
 */
import { koDate } from '../i18n.js';

export interface ThresholdWords {
  label: string;
  need: number;
  yes: number;
  /** The labels of the items answered yes, joined. */
  signs: string;
  /** How many more "yes" answers it needs. */
  missing: number;
}

const ko = {
  /** How the set's tiered thresholds were read, and whether the tiers are official. */
  tiers: {
    cumulative: '상위 등급 항목은 하위 등급 요건에도 셉니다',
    strict: '등급별로 따로 셉니다(엄격한 해석)',
    reconstructed: '어느 항목이 어느 등급인지는 이 도구가 재구성한 것이며 공식 분류가 아닙니다',
    official: '항목의 등급은 공식 분류를 따릅니다',
    note: (reading: string, basis: string) => `등급: ${reading}. ${basis}.`,
  },
  and: ', ',
  or: '; 또는 ',
  statuteApplied: (rule: string, citation: string, signs: string, indexHolds: boolean) =>
    `법률에 따라 판단: ${rule}${citation ? ` (${citation})` : ''}. 근거: ${signs}.` +
    (indexHolds
      ? ' 지표의 판단 규칙도 충족됩니다.'
      : ' 지표의 판단 규칙(기준 수)이 충족되지 않아도 법률이 먼저 적용됩니다.'),
  statuteUndecided: (rule: string, citation: string) =>
    `아직 모르는 답이 확인되면 법률 규칙이 결과를 정할 수 있습니다: ${rule}${citation ? ` (${citation})` : ''}.`,
  combination: (waived: boolean) => `판단 규칙 충족: 행위 + 목적 + ${waived ? '수단 면제' : '수단'}.`,
  elementMet: (element: string, signs: string) => `${element} 충족: ${signs}.`,
  elementOpen: (element: string, notMet: boolean) => `${element} ${notMet ? '불충족' : '미확정'}`,
  threshold: (t: ThresholdWords) =>
    `${t.label}: ${t.need}개 중 ${t.yes}개 '예'${t.signs ? ` (${t.signs})` : ''}${t.missing ? `, ${t.missing}개 더 필요` : ''}`,
  stillOpen: (n: number) => (n ? `이를 정할 수 있는 질문 ${n}개가 아직 남아 있습니다` : ''),
  waiverUnknown: (facts: string, ifs: string) =>
    `다음이 확인되지 않아 수단 요건 면제 여부를 알 수 없습니다: ${facts}.` +
    (ifs ? ` 다음에 해당하면 수단 요건이 필요 없습니다: ${ifs}.` : ''),
  possible: (signs: string) => `'예'로 답한 지표(${signs})가 있으나 판단 규칙은 아직 충족되지 않습니다.`,
  insufficient: (n: number, declinedNote: string) =>
    `'예'로 답한 지표가 없고, 모름ㆍ거부 ${n}개 때문에 판단할 수 없습니다. ${declinedNote}`,
  /** The read-aloud summary, said to the person. */
  summary: {
    heading: '읽어 줄 요약',
    finding: {
      'victim-likely': '답변을 보면 인신매매 피해를 입었을 가능성이 높습니다.',
      possible: '인신매매를 가리키는 답변이 있습니다. 더 확인해야 합니다.',
      'insufficient-information': '아직 정보가 부족해서 인신매매 여부를 말할 수 없습니다.',
      'no-indicators': '이번 선별에서는 인신매매 징후가 확인되지 않았지만, 가능성을 배제하지는 않습니다.',
    },
    notLegal: '이것은 선별일 뿐 법적 판단이 아닙니다. 피해자 확인은 담당 기관이 합니다.',
    rights: '권리: ',
    nextStep: (contact: string, name: string) =>
      `다음 단계: ${name.includes(contact) ? name : `${name}(${contact})`}에 전화하십시오.`,
    /** Under the summary in the person's language: parts of it have no translation. */
    untranslated: (n: number) => `번역이 없는 ${n}곳은 영어로 표시했습니다. 그 부분은 직접 읽어 주십시오.`,
  },
  /** An open fact that decides only whether means are needed. */
  decidesWaiver: (waiver: string) => `수단 요건 면제 여부를 정함 (${waiver})`,
  screenerPart: '선별자용',
  more: (n: number) => `외 ${n}개`,
  detailsHint: (flag: string) => `판단 근거 전체, 보호 조치와 연락처 설명은 ${flag}로 볼 수 있습니다.`,
  openCount: (shown: number, all: number) => (all > shown ? ` (${all}개 중 ${shown}개)` : ''),
  declinedCount: (n: number) => (n ? ` (거부 ${n}개)` : ''),
  declined: '거부',
  dateOnly: (date: string) => koDate(date),
  checkNumbers: '괄호 안은 출처의 일자입니다. 번호는 그 일자의 자료, 사용 전 확인 필요.',
};

const en: typeof ko = {
  tiers: {
    cumulative: 'a higher-tier item also counts towards a lower tier',
    strict: 'each tier is counted on its own (the strict reading)',
    reconstructed: 'which item sits in which tier is reconstructed by this tool, not the official split',
    official: 'the tiers of the items follow the official split',
    note: (reading, basis) => `Tiers: ${reading}; ${basis}.`,
  },
  // English labels hold commas of their own ("passport, ID or ticket taken").
  and: '; ',
  or: '; or ',
  statuteApplied: (rule, citation, signs, indexHolds) =>
    `Decided by statute: ${rule}${citation ? ` (${citation})` : ''}. Signs: ${signs}.` +
    (indexHolds
      ? ' The index rule holds as well.'
      : ' The index threshold need not be met: the statute decides.'),
  statuteUndecided: (rule, citation) =>
    `A statutory rule may decide this once the open answers are in: ${rule}${citation ? ` (${citation})` : ''}.`,
  combination: (waived) => `The rule holds: act + purpose + ${waived ? 'means not required' : 'means'}.`,
  elementMet: (element, signs) => `${element} is met: ${signs}.`,
  elementOpen: (element, notMet) => `${element} is ${notMet ? 'not met' : 'undecided'}`,
  threshold: (t) =>
    `${t.label}: ${t.yes} of ${t.need} answered yes${t.signs ? ` (${t.signs})` : ''}${t.missing ? `, ${t.missing} more needed` : ''}`,
  stillOpen: (n) =>
    n === 0
      ? ''
      : `${n} question${n === 1 ? '' : 's'} that could decide it ${n === 1 ? 'is' : 'are'} still open`,
  waiverUnknown: (facts, ifs) =>
    `Whether means are required is undecided until this is established: ${facts}.` +
    (ifs ? ` No means are needed where the person is a ${ifs}.` : ''),
  possible: (signs) => `Indicators were answered yes (${signs}), but the rule does not hold yet.`,
  insufficient: (n, declinedNote) =>
    `No indicator was answered yes, and ${n} unknown or declined answers leave the rule undecided. ${declinedNote}`,
  summary: {
    heading: 'To read aloud',
    finding: {
      'victim-likely': 'Your answers show strong signs that you may be a victim of trafficking.',
      possible: 'Some of your answers point to trafficking. More needs to be checked.',
      'insufficient-information': 'We do not know enough yet to say whether this is trafficking.',
      'no-indicators': 'This screening found no signs of trafficking, but that does not rule it out.',
    },
    notLegal: 'This screening is not a legal decision. The authorities decide victim status.',
    rights: 'Your rights: ',
    nextStep: (contact, name) => `Next step: call ${name.includes(contact) ? name : `${contact} (${name})`}.`,
    untranslated: (n) => `${n} part(s) without a translation are shown in English: read those yourself.`,
  },
  decidesWaiver: (waiver) => `decides whether means are needed (${waiver})`,
  screenerPart: 'For the screener',
  more: (n) => `and ${n} more`,
  detailsHint: (flag) => `Run with ${flag} for all the reasons, protection actions and contact details.`,
  openCount: (shown, all) => (all > shown ? ` (${shown} of ${all})` : ''),
  declinedCount: (n) => (n ? ` (declined ${n})` : ''),
  declined: 'declined',
  dateOnly: (date) => date,
  checkNumbers: 'The dates are those of the sources: each number is as dated, check before use.',
};

export const reportTexts = { ko, en };
