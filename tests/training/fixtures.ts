/** Builds saved results without prompts: the expert's codings with some changed, as a trainee might. */
import { debrief } from '../../src/report/debrief.js';
import { expertCodings, type Codings } from '../../src/report/expert.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { toResult, type TrainingResult } from '../../src/report/training-result.js';

export const START = new Date('2026-11-02T09:00:00Z');

export function resultFor(
  id: string,
  changes: Partial<Codings['answers']>,
  { seconds = 600, finishedEarly = false } = {},
): TrainingResult {
  const { scenario, loaded } = loadScenario(id, process.cwd());
  const expert = expertCodings(scenario, loaded.set);
  const trainee: Codings = { facts: { ...expert.facts }, answers: { ...expert.answers } };
  for (const [k, v] of Object.entries(changes))
    if (v === undefined) delete trainee.answers[k];
    else trainee.answers[k] = v;
  const finishedAt = new Date(START.getTime() + seconds * 1000);
  const d = debrief({
    scenario,
    compiled: loaded.compiled,
    trainee,
    startedAt: START,
    finishedAt,
    finishedEarly,
  });
  return toResult(scenario, loaded.set, d, trainee, 'en', finishedAt);
}
