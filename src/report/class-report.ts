/**
 * Aggregates a class's saved results. Pure.
 *
 * - Accuracy per scenario: the share of its results whose outcome matched the expert's.
 * - Miss rate per indicator: of the results in which the expert coded the indicator "yes", the
 *   share in which the trainee did not code it "yes" (no, unknown, declined, or never reached).
 *   Indicators the expert never coded "yes" have no miss rate and are left out.
 * - Most common wrong outcome: the outcome trainees reached most often when it was not the
 *   expert's, per scenario and over the class (ties go to the outcome closer to "victim likely").
 */
import { outcomeRank } from '../core/engine.js';
import type { Outcome, Text } from '../core/schema.js';
import type { TrainingResult } from './training-result.js';

export interface WrongOutcome {
  outcome: Outcome;
  count: number;
}

export interface ScenarioRow {
  id: string;
  title: Text;
  results: number;
  outcomeCorrect: number;
  accuracy: number;
  meanScore: number;
  mostCommonWrongOutcome: WrongOutcome | null;
}

export interface IndicatorRow {
  id: string;
  expertYes: number;
  missed: number;
  missRate: number;
}

export interface ClassReport {
  results: number;
  meanScore: number;
  scenarios: ScenarioRow[];
  indicators: IndicatorRow[];
  mostCommonWrongOutcome: WrongOutcome | null;
}

export function classReport(results: TrainingResult[]): ClassReport {
  const byScenario = new Map<string, TrainingResult[]>();
  for (const r of results) byScenario.set(r.scenario.id, [...(byScenario.get(r.scenario.id) ?? []), r]);
  const scenarios = [...byScenario.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, rs]): ScenarioRow => {
      const correct = rs.filter((r) => r.outcomes.trainee === r.outcomes.expert).length;
      return {
        id,
        title: rs[0]!.scenario.title,
        results: rs.length,
        outcomeCorrect: correct,
        accuracy: correct / rs.length,
        meanScore: mean(rs.map((r) => r.score.total)),
        mostCommonWrongOutcome: mostCommonWrong(rs),
      };
    });

  const counts = new Map<string, { expertYes: number; missed: number }>();
  for (const r of results)
    for (const [id, coding] of Object.entries(r.expert.answers)) {
      if (coding !== 'yes') continue;
      const c = counts.get(id) ?? { expertYes: 0, missed: 0 };
      c.expertYes++;
      if (r.trainee.answers[id] !== 'yes') c.missed++;
      counts.set(id, c);
    }
  const indicators = [...counts.entries()]
    .map(([id, c]) => ({ id, ...c, missRate: c.missed / c.expertYes }))
    .sort((a, b) => b.missRate - a.missRate || b.expertYes - a.expertYes || a.id.localeCompare(b.id));

  return {
    results: results.length,
    meanScore: mean(results.map((r) => r.score.total)),
    scenarios,
    indicators,
    mostCommonWrongOutcome: mostCommonWrong(results),
  };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

function mostCommonWrong(rs: TrainingResult[]): WrongOutcome | null {
  const tally = new Map<Outcome, number>();
  for (const r of rs)
    if (r.outcomes.trainee !== r.outcomes.expert)
      tally.set(r.outcomes.trainee, (tally.get(r.outcomes.trainee) ?? 0) + 1);
  const best = [...tally.entries()].sort(([a, n], [b, m]) => m - n || outcomeRank(b) - outcomeRank(a))[0];
  return best ? { outcome: best[0], count: best[1] } : null;
}
