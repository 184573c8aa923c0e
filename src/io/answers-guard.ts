/**
 * An answers file is refused when any string in it looks identifying: the case code, fact and
 * answer values, keys. Nobody can be asked about a file, so likely names are refused too (a case
 * code is a code, never a name). The message names the key path and the kind, never the value.
 */
import { UserError, type Problem } from '../base/errors.js';
import { shown } from './file-checks.js';
import type { Lang } from '../base/i18n.js';
import { escapeControls } from '../base/safe-text.js';
import type { YamlSource } from './yaml-source.js';
import { caseCodeKind, findInValue, KIND_TEXT, type ValueFinding } from '../guard/find.js';

/** Keys that hold a set id or a file path: a two-word file name is not a person. */
const PATH_KEYS = new Set(['set', 'frameworks']);

export function refuseIdentifyingAnswers(source: YamlSource, lang: Lang): void {
  const data = source.data;
  if (data === null || typeof data !== 'object') return;
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const found: ValueFinding[] = findInValue({ [key]: value });
    const caseKind = key === 'case' && typeof value === 'string' ? caseCodeKind(value) : undefined;
    if (caseKind && !found.length)
      found.push({ path: ['case'], kind: caseKind, confidence: 'confirm', inKey: false });
    for (const f of found) {
      if (PATH_KEYS.has(key) && f.confidence === 'confirm') continue;
      const what = KIND_TEXT[f.kind][lang];
      const message = f.inKey
        ? lang === 'ko'
          ? `키 이름이 ${what}처럼 보입니다`
          : `a key here looks like ${what}`
        : lang === 'ko'
          ? `값이 ${what}처럼 보입니다`
          : `the value looks like ${what}`;
      const p = source.problem(f.path, message);
      problems.push({ ...p, ...(p.path ? { path: escapeControls(p.path) } : {}) });
      if (problems.length >= 20) break;
    }
  }
  if (!problems.length) return;
  const file = shown(source.file);
  throw new UserError(
    'PII_DETECTED',
    lang === 'ko'
      ? `${file}에 식별 정보로 보이는 값이 있어 점수를 내지 않았습니다.`
      : `${file} seems to hold identifying data, so it was not scored.`,
    {
      problems,
      hint:
        lang === 'ko'
          ? '이름·번호·주소 대신 사례 코드(예: SEOUL-2026-014)를 쓰고, 답변 파일에는 식별 정보를 넣지 마세요.'
          : 'Use a case code such as SEOUL-2026-014 instead of names, numbers or addresses, and keep identifying details out of answers files.',
    },
  );
}
