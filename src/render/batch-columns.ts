/**
 * The pieces the batch summary's terminal tables are made of: bars drawn with block characters,
 * and columns aligned by display width, so that Korean labels line up.
 */
import type { Catalogue } from '../base/catalogue/index.js';
import { displayWidth, padEnd } from './layout.js';

/** Headings in bold; explanations are prose, wrapped to the terminal, unlike the tables. */
export interface Pen {
  h: (s: string) => string;
  note: (s: string, indent?: string) => string[];
}

const BAR = 20;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells for a share between 0 and 1, with eighth-cell precision. */
export function bar(share: number, width = BAR): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8]!;
  return '█'.repeat(full) + part + ' '.repeat(width - full - (part ? 1 : 0));
}

/** Stacked bar: met, undecided, not met. */
export function stacked(met: number, unknown: number, notMet: number, width = BAR): string {
  const total = met + unknown + notMet;
  if (total === 0) return ' '.repeat(width);
  const a = Math.round((met / total) * width);
  const b = Math.round(((met + unknown) / total) * width) - a;
  return '█'.repeat(a) + '▒'.repeat(b) + '░'.repeat(width - a - b);
}

export const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

/** Rows of cells as aligned lines, indented two spaces; `right` says which columns align right. */
export function table(rows: string[][], right: (c: number) => boolean): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows.map(
    (r) =>
      '  ' +
      r.map((cell, c) => (right(c) ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join('  '),
  );
}

/** What the short column names of outcome tables stand for. */
export function legend(t: Catalogue['batch'], m: Catalogue, order: readonly string[]): string {
  const pairs = order.map((o) => [t.shortOutcome[o] ?? o, m.outcomeLabel[o as keyof typeof m.outcomeLabel]]);
  return t.legend(
    pairs.filter(([short, full]) => short !== full).map(([short, full]) => `${short} = ${full}`),
  );
}
