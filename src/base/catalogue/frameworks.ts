/**
 * The sentences that explain how several frameworks compare on one interview: why two reach
 * different outcomes, which answers already count for another element, and the small words of a
 * condition ("age < 19 and …"). Items and questions arrive as their short labels, never ids.
 */
const ko = {
  /** How a condition is read out. */
  condition: {
    always: '항상',
    never: '해당 없음',
    and: ' 그리고 ',
    or: ' 또는 ',
    not: (x: string) => `(${x}) 아님`,
    known: '확인됨',
    unknown: '모름',
    possibly: (x: string) => `(${x}) 가능성 있음`,
    items: '항목',
  },
  /** "name: 1 of 2 answered yes (labels)" for one threshold of an element. */
  threshold: (label: string, need: number, yes: number, labels: string) =>
    `${label}: 필요 ${need}개, '예' ${yes}개${labels ? ` (${labels})` : ''}`,
  outcomeDiffers: (a: string, b: string) => `결과가 다릅니다 — ${a}; ${b}.`,
  /** One framework's state in the sentence above: "palermo: possible (act met, …)". */
  state: (framework: string, outcome: string, elements: string) => `${framework}: ${outcome} (${elements})`,
  waiver: {
    noSuchException: '같은 예외가 없어',
    undecided: (theirs: string) => `예외(${theirs})가 적용되는지 아직 알 수 없어`,
    notApplied: (theirs: string) => `예외(${theirs})가 적용되지 않아`,
    sentence: (x: string, mine: string, values: string, y: string, why: string, yMeans: string) =>
      `수단: ${x}에서는 필요하지 않지만(${mine}; 여기서는 ${values}), ${y}에서는 ${why} 수단이 필요합니다. ${y}의 수단 요건은 ${yMeans}입니다.`,
  },
  element: (
    name: string,
    a: string,
    statusA: string,
    detailA: string,
    b: string,
    statusB: string,
    detailB: string,
  ) => `${name}: ${a}에서 ${statusA} (${detailA}), ${b}에서 ${statusB} (${detailB}).`,
  classification: (
    q: string,
    a: string,
    elsA: string,
    whichA: string,
    b: string,
    elsB: string,
    whichB: string,
  ) => `'${q}' 답변은 ${a}에서는 ${elsA}${whichA}, ${b}에서는 ${elsB}${whichB}에 해당합니다.`,
  notCounted: (q: string, els: string, by: string, items: string, other: string) =>
    `'${q}'에 대한 '예'는 ${by}에서는 ${els}(${items})에 해당하지만, ${other}에는 이 답에서 나오는 항목이 없습니다.`,
  /** An answer named in a reuse note. */
  yesTo: (label: string) => `'${label}'에 '예'`,
  reuse: {
    dualUse: (
      fw: string,
      el: string,
      usedFor: string,
      answers: string,
      only: boolean,
      _many: boolean,
      items: string,
      cite: string,
    ) =>
      `${fw} ${el}: ${usedFor}에 이미 반영된 것과 같은 답변(${answers})${only ? '에만' : '에도'} 근거합니다(${items}). 대응표는 이 답변을 양쪽에 모두 반영합니다: ${cite}.`,
    onlyCounted: (fw: string, el: string, usedFor: string, answers: string, _many: boolean) =>
      `${fw} ${el}: 유일한 근거인 답변(${answers})은 이미 ${usedFor}에 반영되었으므로 ${el}까지 입증하지는 않습니다.`,
    counted: (fw: string, el: string, usedFor: string, answers: string, _many: boolean) =>
      `${fw} ${el}: 답변(${answers})은 이미 ${usedFor}에 반영되었으므로 ${el}에는 다시 반영하지 않습니다.`,
  },
  /** "Purpose: met under nhrck-2016, kr-2023; undecided under palermo." */
  under: (shown: string, frameworks: string) => `${frameworks}에서 ${shown}`,
  lineHead: (name: string) => name,
  /** The headings and cells of the comparison. */
  table: {
    title: (primary: string) => `여러 기준 비교 — 하나의 면접 (질문: ${primary})`,
    outcome: '결과',
    waiver: '수단 면제',
    notRequired: '면제',
    none: '—',
    disagree: '기준 간 차이와 이유',
    agree: '모든 기준의 결과가 같습니다.',
    agreeButElements: '모든 기준의 결과는 같지만, 요건별 판단이 다릅니다:',
    reuse: '다른 요건에 이미 반영된 답변',
    derived: '면접 답변에서 도출된 항목 (대응표)',
    waiverReason: { child: '아동ㆍ청소년', 'apparent-minor': '미성년 추정', disability: '장애' } as Record<
      string,
      string
    >,
  },
};

const en: typeof ko = {
  condition: {
    always: 'always',
    never: 'never',
    and: ' and ',
    or: ' or ',
    not: (x) => `not (${x})`,
    known: 'known',
    unknown: 'unknown',
    possibly: (x) => `possibly (${x})`,
    items: 'items',
  },
  threshold: (label, need, yes, labels) =>
    `${label}: ${need} needed, ${yes} yes${labels ? ` (${labels})` : ''}`,
  outcomeDiffers: (a, b) => `The outcomes differ - ${a}; ${b}.`,
  state: (framework, outcome, elements) => `${framework}: ${outcome} (${elements})`,
  waiver: {
    noSuchException: 'which has no such exception',
    undecided: (theirs) => `where it is not yet known whether its exception applies (${theirs})`,
    notApplied: (theirs) => `whose exception does not apply (${theirs})`,
    sentence: (x, mine, values, y, why, yMeans) =>
      `Means: not required under ${x} (${mine}; here ${values}), but required under ${y}, ${why}; means there are ${yMeans}.`,
  },
  element: (name, a, statusA, detailA, b, statusB, detailB) =>
    `${name[0]!.toUpperCase()}${name.slice(1)}: ${statusA} under ${a} (${detailA}); ${statusB} under ${b} (${detailB}).`,
  classification: (q, a, elsA, whichA, b, elsB, whichB) =>
    `"${q}" counts toward ${elsA} under ${a}${whichA} but toward ${elsB} under ${b}${whichB}.`,
  notCounted: (q, els, by, items, other) =>
    `The yes to "${q}" counts toward ${els} under ${by} (${items}), but no ${other} item is derived from it.`,
  yesTo: (label) => `yes to "${label}"`,
  reuse: {
    dualUse: (fw, el, usedFor, answers, only, many, items, cite) =>
      `${fw} ${el}: ${only ? 'rests only' : 'also rests'} on the same answer${many ? 's' : ''} already counted for ${usedFor} (${answers}; ${items}); the crosswalk counts ${many ? 'them' : 'it'} for both: ${cite}.`,
    onlyCounted: (fw, el, usedFor, answers, many) =>
      many
        ? `${fw} ${el}: the only supporting answers (${answers}) are already counted for ${usedFor}, so they do not establish ${el} as well.`
        : `${fw} ${el}: the only supporting answer (${answers}) is already counted for ${usedFor}, so it does not establish ${el} as well.`,
    counted: (fw, el, usedFor, answers, many) =>
      many
        ? `${fw} ${el}: the answers (${answers}) are already counted for ${usedFor}, so they do not count toward ${el} as well.`
        : `${fw} ${el}: the answer (${answers}) is already counted for ${usedFor}, so it does not count toward ${el} as well.`,
  },
  under: (shown, frameworks) => `${shown} under ${frameworks}`,
  lineHead: (name) => `${name[0]!.toUpperCase()}${name.slice(1)}`,
  table: {
    title: (primary) => `Frameworks compared - one interview (questions: ${primary})`,
    outcome: 'Outcome',
    waiver: 'Means waived',
    notRequired: 'not required',
    none: '-',
    disagree: 'Where the frameworks disagree and why',
    agree: 'All frameworks reach the same outcome.',
    agreeButElements: 'All frameworks reach the same outcome, but element statuses differ:',
    reuse: 'Answers already counted for another element',
    derived: 'Items derived from the interview answers (crosswalk)',
    waiverReason: { child: 'child', 'apparent-minor': 'apparent minor', disability: 'disability' },
  },
};

export const frameworkTexts = { ko, en };
