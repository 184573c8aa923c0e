/**
 * What is wrong with an answers file's or a record's facts and answers. The value given is never
 * quoted, only its kind: an answer or an age as typed can identify a person. The English forms of
 * the accepted spellings come from the engine (`spellings`, `forms`), where they are defined.
 */
const ko = {
  /** The kind of a wrong value. */
  kind: {
    text: '다른 글자',
    boolean: 'true 또는 false',
    number: '숫자',
    none: '없음',
    list: '목록',
    map: '매핑',
  },
  answersNotMapping: 'answers는 지표 id와 yes/no/unknown/declined 답의 매핑이어야 합니다',
  notIndicator: (id: string, setId: string, hint: string | undefined) =>
    `"${id}"은(는) ${setId} 세트의 지표가 아닙니다${hint ? `; "${hint}"을(를) 말씀하신 건가요?` : ''}`,
  badAnswer: (id: string, kind: string, _spellings: string) =>
    `"${id}"의 답은 yes, no, unknown, declined(예, 아니오, 모름, 거부) 중 하나여야 합니다 (받은 값: ${kind})`,
  factsNotMapping: 'facts는 사실 id와 값의 매핑이어야 합니다',
  notFact: (id: string, setId: string, facts: string) =>
    `"${id}"은(는) ${setId} 세트의 사실 항목이 아닙니다; 사실 항목: ${facts}`,
  badNumber: (id: string, range: [number, number] | undefined, _forms: string) =>
    `사실 "${id}"은(는) ${range ? `${range[0]}에서 ${range[1]} 사이의 ` : ''}숫자, 범위(17-19), 어림값(약 18), unknown 또는 declined여야 합니다`,
  badChoice: (id: string, allowed: string, kind: string) =>
    `사실 "${id}"은(는) ${allowed} 중 하나여야 합니다 (받은 값: ${kind})`,
};

const en: typeof ko = {
  kind: {
    text: 'another text',
    boolean: 'true or false',
    number: 'a number',
    none: 'nothing',
    list: 'a list',
    map: 'a mapping',
  },
  answersNotMapping: 'answers must be a mapping of indicator id to yes/no/unknown/declined',
  notIndicator: (id, setId, hint) =>
    `"${id}" is not an indicator of set ${setId}${hint ? `; did you mean "${hint}"?` : ''}`,
  badAnswer: (id, kind, spellings) => `answer to "${id}" must be ${spellings} (got ${kind})`,
  factsNotMapping: 'facts must be a mapping of fact id to value',
  notFact: (id, setId, facts) => `"${id}" is not a fact of set ${setId}; facts are ${facts}`,
  badNumber: (id, range, forms) =>
    `fact "${id}" must be a number${range ? ` from ${range[0]} to ${range[1]}` : ''}, ${forms}`,
  badChoice: (id, allowed, kind) => `fact "${id}" must be one of ${allowed} (got ${kind})`,
};

export const inputProblemTexts = { ko, en };
