/** Small synthetic batch inputs for the batch tests, and the rows the full engine expects for them. */
import { assess } from '../../src/core/engine.js';
import { reasonCodes } from '../../src/batch/reasons.js';
import { syntheticRecords, type SyntheticRecord } from '../bench/synthetic.js';
import { loadSet } from '../../src/io/load-set.js';

export const { set, compiled } = loadSet('nhrck-2016');
export const indicatorIds = set.indicators.map((i) => i.id);
export const factIds = set.facts.map((f) => f.id);

export function records(n: number, seed = 7): SyntheticRecord[] {
  const gen = syntheticRecords(set, seed);
  return Array.from({ length: n }, (_, k) => gen(k + 1));
}

export const jsonl = (recs: SyntheticRecord[], withStatus = false): string =>
  recs
    .map((r) =>
      JSON.stringify({
        id: r.id,
        facts: r.facts,
        answers: r.answers,
        ...(withStatus ? { status: r.status } : {}),
      }),
    )
    .join('\n') + '\n';

/** Our CSV layout: id, facts, indicators (empty = not asked), optionally status. */
export function csv(recs: SyntheticRecord[], withStatus = false): string {
  const head = ['id', ...factIds, ...indicatorIds, ...(withStatus ? ['status'] : [])];
  const rows = recs.map((r) =>
    [
      r.id,
      ...factIds.map((f) => String(r.facts[f] ?? '')),
      ...indicatorIds.map((i) => r.answers[i] ?? ''),
      ...(withStatus ? [r.status] : []),
    ].join(','),
  );
  return [head.join(','), ...rows].join('\n') + '\n';
}

export interface Row {
  id: string;
  outcome: string;
  elements: { act: string; means: string; purpose: string };
  meansWaived: boolean;
  waiverReason: string | null;
  reasons: string[];
  openQuestions: number;
}

/** The row the full assessment gives for a record: what batch output must equal. */
export function expectedRow(r: SyntheticRecord): Row {
  const a = assess(compiled, { facts: r.facts, answers: r.answers as Record<string, 'yes'> });
  return {
    id: r.id,
    outcome: a.outcome,
    elements: {
      act: a.elements.act.status,
      means: a.elements.means.status,
      purpose: a.elements.purpose.status,
    },
    meansWaived: a.meansWaived,
    waiverReason: a.waiverReason,
    reasons: reasonCodes(a, compiled),
    openQuestions: a.openQuestions.length,
  };
}

export const parseJsonl = (text: string): Row[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
