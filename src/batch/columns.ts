/**
 * The columns of a batch output row, and `--columns`: a researcher who needs only the outcome
 * and the element statuses names them, and what is left out (the reason codes, the count of open
 * questions) is not computed at all, which is most of the scoring time after the rules.
 */
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { csvField } from './csv.js';

/** The assessment's own columns: every row has them, and so does each framework in frameworks mode. */
export const ASSESSMENT_COLUMNS = [
  'outcome',
  'elements.act',
  'elements.means',
  'elements.purpose',
  'meansWaived',
  'waiverReason',
] as const;

export const OUTPUT_COLUMNS = ['id', ...ASSESSMENT_COLUMNS, 'reasons', 'openQuestions'] as const;

export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** The named choices of --columns. */
export const COLUMN_PRESETS = {
  all: OUTPUT_COLUMNS,
  minimal: ['id', 'outcome', 'elements.act', 'elements.means', 'elements.purpose'],
} as const satisfies Record<string, readonly OutputColumn[]>;

/** Shorthands inside a list. */
const GROUPS: Record<string, readonly OutputColumn[]> = {
  elements: ['elements.act', 'elements.means', 'elements.purpose'],
};

/**
 * The columns a --columns value names, in the output's own order (id always first), or
 * undefined for every column. A name that is none of them is a usage error listing the names.
 */
export function parseColumns(spec: string | undefined): OutputColumn[] | undefined {
  if (spec === undefined || spec.trim() === 'all') return undefined;
  const preset = spec.trim() as keyof typeof COLUMN_PRESETS;
  const names = preset in COLUMN_PRESETS ? COLUMN_PRESETS[preset] : spec.split(',').map((s) => s.trim());
  const chosen = new Set<OutputColumn>(['id']);
  for (const name of names) {
    const group = GROUPS[name];
    if (group) for (const c of group) chosen.add(c);
    else if ((OUTPUT_COLUMNS as readonly string[]).includes(name)) chosen.add(name as OutputColumn);
    else
      throw new UserError('USAGE', (lang) =>
        say(lang).batchErrors.USAGE.columns(
          Object.keys(COLUMN_PRESETS).join(', '),
          OUTPUT_COLUMNS.join(', '),
        ),
      );
  }
  return OUTPUT_COLUMNS.filter((c) => chosen.has(c));
}

/** One assessment's values, as the row writers below need them. */
export interface RowValues {
  outcome: string;
  /** act, means, purpose. */
  elements: readonly [string, string, string];
  waiver: string | null;
  reasons: readonly string[];
  open: number;
}

const ELEMENT_KEYS = ['act', 'means', 'purpose'] as const;

/** The JSON fields of the chosen columns other than id, comma-separated, for inside an object. */
export function jsonFields(cols: readonly OutputColumn[], v: RowValues): string {
  const parts: string[] = [];
  const elements: string[] = [];
  for (const c of cols)
    if (c === 'outcome') parts.push(`"outcome":"${v.outcome}"`);
    else if (c.startsWith('elements.')) {
      const k = ELEMENT_KEYS.indexOf(c.slice(9) as (typeof ELEMENT_KEYS)[number]);
      if (!elements.length) parts.push(''); // where "elements" goes, filled in below
      elements.push(`"${ELEMENT_KEYS[k]!}":"${v.elements[k]!}"`);
    } else if (c === 'meansWaived') parts.push(`"meansWaived":${v.waiver !== null}`);
    else if (c === 'waiverReason') parts.push(`"waiverReason":${JSON.stringify(v.waiver)}`);
    else if (c === 'reasons') parts.push(`"reasons":${JSON.stringify(v.reasons)}`);
    else if (c === 'openQuestions') parts.push(`"openQuestions":${v.open}`);
  const at = parts.indexOf('');
  if (at >= 0) parts[at] = `"elements":{${elements.join(',')}}`;
  return parts.join(',');
}

/** The CSV cells of the chosen columns other than id, each after a comma. */
export function csvCells(cols: readonly OutputColumn[], v: RowValues): string {
  let out = '';
  for (const c of cols)
    if (c === 'outcome') out += `,${v.outcome}`;
    else if (c.startsWith('elements.'))
      out += `,${v.elements[ELEMENT_KEYS.indexOf(c.slice(9) as (typeof ELEMENT_KEYS)[number])]!}`;
    else if (c === 'meansWaived') out += `,${v.waiver !== null}`;
    else if (c === 'waiverReason') out += `,${v.waiver === null ? '' : csvField(v.waiver)}`;
    else if (c === 'reasons') out += `,${csvField(v.reasons.join(' '))}`;
    else if (c === 'openQuestions') out += `,${v.open}`;
  return out;
}
