/**
 * The text one framework adds to an output row, for an outcome, element statuses and waiver:
 * built once for each such combination and kept by the framework scorer (frameworks.ts).
 */
import { OUTCOMES } from '../core/vocabulary.js';
import { csvCells, jsonFields, type OutputColumn } from './columns.js';

const STATUS = ['not-met', 'unknown', 'met'] as const;

/** What of a framework its row text needs. */
interface RowTexts {
  plan: { id: string };
  waiverIds: string[];
  /** The assessment columns written (all of them without --columns). */
  cols: readonly OutputColumn[];
}

/** The framework's object in a JSONL row (`"id":{...}`), or its cells in a CSV row. */
export function rowPart(
  f: RowTexts,
  csv: boolean,
  [r, act, means, purpose, w]: [number, number, number, number, number],
): string {
  const v = {
    outcome: OUTCOMES[r]!,
    elements: [STATUS[act]!, STATUS[means]!, STATUS[purpose]!] as const,
    waiver: w >= 0 ? f.waiverIds[w]! : null,
    reasons: [],
    open: 0,
  };
  return csv ? csvCells(f.cols, v) : `${JSON.stringify(f.plan.id)}:{${jsonFields(f.cols, v)}}`;
}
