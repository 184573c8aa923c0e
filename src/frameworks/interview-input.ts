/**
 * Checks the facts and answers of an interview scored under several frameworks. Answers are keyed
 * by the primary set's question ids, plus the ids of framework items that are asked in their own
 * words. An item the crosswalk derives may not be answered directly: that would ask it twice.
 */
import { checkInput, type InputProblem } from '../core/check-input.js';
import type { ScreeningInput } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import type { Crosswalk } from './crosswalk-schema.js';
import { planQuestions, sharedFacts } from './plan.js';
import { frameworkSet } from './select.js';

export function checkInterviewInput(
  cw: Crosswalk,
  ids: string[],
  facts: unknown,
  answers: unknown,
): { input: ScreeningInput; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  // Every primary question may be answered (the interview is the primary set's), plus the items
  // that the chosen frameworks ask in their own words.
  const own = new Set(
    planQuestions(ids, cw)
      .filter((q) => q.kind === 'indicator' && q.set !== cw.primary.set.id)
      .map((q) => q.id),
  );
  const indicators = [
    ...cw.primary.set.indicators,
    ...ids.flatMap((id) => frameworkSet(cw, id).set.indicators).filter((ind) => own.has(ind.id)),
  ];
  const asked = new Set(indicators.map((i) => i.id));

  let direct = answers;
  if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(answers)) {
      const from = derivedFrom(cw, ids, key);
      if (from && !asked.has(key))
        problems.push({
          path: ['answers', key],
          message: `"${key}" is derived from the interview question(s) ${from.join(', ')}; answer those instead`,
          ko: `"${key}"은(는) 면접 질문 ${from.join(', ')}에서 도출됩니다; 그 질문에 답하세요`,
        });
      else kept[key] = value;
    }
    direct = kept;
  }
  // The interview as one set: the shared facts and every question asked.
  const interview: IndicatorSet = {
    ...cw.primary.set,
    id: ids.join('+'),
    facts: sharedFacts(cw, ids),
    indicators,
  };
  const checked = checkInput(interview, facts, direct);
  return { input: checked.input, problems: [...problems, ...checked.problems] };
}

function derivedFrom(cw: Crosswalk, ids: string[], key: string): string[] | undefined {
  for (const id of ids) {
    const m = cw.frameworks.get(id)?.items.get(key);
    if (m) return m.from;
  }
  return undefined;
}
