/**
 * The text one framework adds to an output row, for an outcome, element statuses and waiver:
 * built once for each such combination and kept by the framework scorer (frameworks.ts).
 */
import { OUTCOMES } from '../core/schema.js';
import { csvCells, jsonFields, type OutputColumn } from './columns.js';
import { csvField } from './csv.js';

const STATUS = ['not-met', 'unknown', 'met'] as const;

/** What of a framework its row text needs. */
interface RowTexts {
  plan: { id: string };
  jsonHead: string;
  waiverIds: string[];
  /** With --columns: the assessment columns chosen. */
  cols: readonly OutputColumn[] | undefined;
}

export function jsonPart(
  f: RowTexts,
  r: number,
  act: number,
  means: number,
  purpose: number,
  w: number,
): string {
  if (f.cols)
    return `${JSON.stringify(f.plan.id)}:{${jsonFields(f.cols, values(f, r, act, means, purpose, w))}}`;
  return (
    `${f.jsonHead}${OUTCOMES[r]!}","elements":{"act":"${STATUS[act]!}","means":"${STATUS[means]!}",` +
    `"purpose":"${STATUS[purpose]!}"},"meansWaived":${w >= 0},` +
    `"waiverReason":${w >= 0 ? JSON.stringify(f.waiverIds[w]!) : 'null'}}`
  );
}

export function csvPart(
  f: RowTexts,
  r: number,
  act: number,
  means: number,
  purpose: number,
  w: number,
): string {
  if (f.cols) return csvCells(f.cols, values(f, r, act, means, purpose, w));
  return (
    `,${OUTCOMES[r]!},${STATUS[act]!},${STATUS[means]!},${STATUS[purpose]!},${w >= 0},` +
    (w >= 0 ? csvField(f.waiverIds[w]!) : '')
  );
}

function values(f: RowTexts, r: number, act: number, means: number, purpose: number, w: number) {
  return {
    outcome: OUTCOMES[r]!,
    elements: [STATUS[act]!, STATUS[means]!, STATUS[purpose]!] as const,
    waiver: w >= 0 ? f.waiverIds[w]! : null,
    reasons: [],
    open: 0,
  };
}
