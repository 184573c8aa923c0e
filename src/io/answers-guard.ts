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
import { caseCodeKind, findInValue, type ValueFinding } from '../guard/find.js';
import { say } from '../base/catalogue/index.js';

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
      const what = say(lang).identifyingKinds[f.kind];
      const said = say(lang).errors.PII_DETECTED;
      const message = f.inKey ? said.inKey(what) : said.inValue(what);
      const p = source.problem(f.path, message);
      problems.push({ ...p, ...(p.path ? { path: escapeControls(p.path) } : {}) });
      if (problems.length >= 20) break;
    }
  }
  if (!problems.length) return;
  const file = shown(source.file);
  const said = say(lang).errors.PII_DETECTED.answersFile(file);
  throw new UserError('PII_DETECTED', said.message, { problems, hint: said.hint });
}
