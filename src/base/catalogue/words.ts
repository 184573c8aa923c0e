/**
 * The words every report shares: element, status and outcome names, small words, the listing
 * marks, the headings and the disclaimer, in Korean and English.
 */
import { koDate, type ReferralDating } from '../i18n.js';

const elementNames = {
  ko: { act: '행위', means: '수단', purpose: '목적' },
  en: { act: 'Act', means: 'Means', purpose: 'Purpose' },
};

/** Element names inside a sentence ("means not required"). */
const elementInText = {
  ko: elementNames.ko,
  en: { act: 'act', means: 'means', purpose: 'purpose' },
};

/** Small words used across the tool's sentences, and the names of the two languages. */
const words = {
  ko: {
    none: '없음',
    unknown: '모름',
    yes: '예',
    no: '아니오',
    notRequired: '면제',
    meansWaived: '수단 면제',
    languageName: '한국어',
    confirm: { yes: '예', no: '아니오' },
  },
  en: {
    none: 'none',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    notRequired: 'not required',
    meansWaived: 'means waived',
    languageName: 'English',
    confirm: { yes: 'Yes', no: 'No' },
  },
};

/** `indicators list` and `indicators show`: how each item's wording and tier are marked. */
const listing = {
  ko: {
    reconstructed: '재구성 문구',
    official: '공식 문구',
    tierReconstructed: '등급 재구성',
    added: '지표 외 추가',
    reconstructedNote: '  ※ 공식 원문이 아니라 출처에 근거하여 재구성한 문구입니다.',
    tier: { high: '가능성 높음', plausible: '개연성' } as Record<string, string>,
    category: {
      shelter: '쉼터 연계',
      police: '경찰ㆍ수사',
      immigration: '출입국',
      medical: '의료',
      'further-harm': '추가 피해 방지',
    } as Record<string, string>,
  },
  en: {
    reconstructed: 'reconstructed wording',
    official: 'official',
    tierReconstructed: 'tier reconstructed',
    added: 'added, not in the index',
    reconstructedNote: '  Note: this wording is reconstructed from the cited sources, not the official text.',
    // English names the tiers and categories as the set file does.
    tier: { high: 'high', plausible: 'plausible' } as Record<string, string>,
    category: {
      shelter: 'shelter',
      police: 'police',
      immigration: 'immigration',
      medical: 'medical',
      'further-harm': 'further-harm',
    } as Record<string, string>,
  },
};

const statusNames = {
  ko: { met: '충족', 'not-met': '불충족', unknown: '미확정' },
  en: { met: 'met', 'not-met': 'not met', unknown: 'undecided' },
};

const outcomeTexts = {
  ko: {
    'victim-likely': '인신매매 피해자일 가능성이 높음 — 행위, 목적과 수단(또는 수단 면제) 요건이 충족됩니다.',
    possible:
      '피해 가능성 있음 — 지표가 확인되었지만 판단 규칙은 아직 충족되지 않았습니다. 추가 확인이 필요합니다.',
    'insufficient-information': '정보 부족 — 확인된 지표가 없고, 모름ㆍ답변 거부로 판단할 수 없습니다.',
    'no-indicators': '이번 선별에서 확인된 지표 없음 — 인신매매 가능성을 배제하는 것은 아닙니다.',
  },
  en: {
    'victim-likely':
      'Victim likely: the act and purpose elements are met, and means are met or not required.',
    possible:
      'Possible victim: indicators were found but the rule is not (yet) met. Further assessment is needed.',
    'insufficient-information':
      'Insufficient information: no indicator was answered yes, and unknown or declined answers leave the rule undecided.',
    'no-indicators': 'No indicators identified in this screening; this does not rule out trafficking.',
  },
};

const outcomeLabels = {
  ko: {
    'victim-likely': '피해자 가능성 높음',
    possible: '피해 가능성 있음',
    'insufficient-information': '정보 부족',
    'no-indicators': '확인된 지표 없음',
  },
  en: {
    'victim-likely': 'victim likely',
    possible: 'possible',
    'insufficient-information': 'insufficient information',
    'no-indicators': 'no indicators identified',
  },
};

const ko = {
  element: elementNames.ko,
  elementInText: elementInText.ko,
  words: words.ko,
  listing: listing.ko,
  status: statusNames.ko,
  outcome: outcomeTexts.ko,
  outcomeLabel: outcomeLabels.ko,
  disclaimer:
    '이 결과는 선별 보조 자료이며 법적 판단이 아닙니다. 피해자 확인은 권한 있는 기관(인신매매등피해자권익보호기관, 수사기관)이 합니다.',
  headings: {
    outcome: '결과',
    elements: '요건',
    reasons: '판단 근거',
    open: '다음에 물어볼 것',
    unknown: '아직 모르는 항목',
    legal: '법적 보호',
    protection: '보호 조치',
    referrals: '연락처',
    set: '지표',
  },
  referralDate: ({ sourceDate, singleSource, verified }: ReferralDating) =>
    verified
      ? `${koDate(verified.on)} 확인 (${verified.method})`
      : `${singleSource ? '단일 출처, ' : ''}${koDate(sourceDate)} 자료, 사용 전 확인 필요`,
  wouldRaise: '“예”이면 →',
  completes: '완성',
  advances: '진전',
  waived: (label: string) => `수단 요건 면제: ${label}`,
  declinedNote: '답변 거부는 불리하게 해석하지 않습니다.',
  moreUnknown: (n: number) => `외 ${n}개`,
  ifUndecided: '해당한다면',
  decidedByStatute: (label: string, citation: string) => `법률에 따른 판단: ${label} (${citation})`,
  ageToBeEstablished: '나이 확인 필요: 나이가 수단 요건 면제와 물어볼 항목을 정합니다. 먼저 확인하십시오.',
};

const en: typeof ko = {
  element: elementNames.en,
  elementInText: elementInText.en,
  words: words.en,
  listing: listing.en,
  status: statusNames.en,
  outcome: outcomeTexts.en,
  outcomeLabel: outcomeLabels.en,
  disclaimer:
    'This is a screening aid, not a legal determination. Victim status is decided by the competent bodies (the trafficking victim rights agency, investigators).',
  headings: {
    outcome: 'Outcome',
    elements: 'Elements',
    reasons: 'Why',
    open: 'Ask next',
    unknown: 'Still unknown',
    legal: 'Legal protections',
    protection: 'Protection actions',
    referrals: 'Contacts',
    set: 'Indicator set',
  },
  referralDate: ({ sourceDate, singleSource, verified }: ReferralDating) =>
    verified
      ? `verified ${verified.on} (${verified.method})`
      : `${singleSource ? 'single source' : 'source'} dated ${sourceDate}, check before use`,
  wouldRaise: 'if yes →',
  completes: 'completes',
  advances: 'advances',
  waived: (label: string) => `Means not required: ${label}`,
  declinedNote: 'Declined answers are never held against the person.',
  moreUnknown: (n: number) => `and ${n} more`,
  ifUndecided: 'if it applies',
  decidedByStatute: (label: string, citation: string) => `Decided by statute: ${label} (${citation})`,
  ageToBeEstablished:
    'Age to be established: the age decides whether means are needed and which questions apply. Establish it first.',
};

export const wordTexts = { ko, en };
