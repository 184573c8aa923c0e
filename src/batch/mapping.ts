/**
 * `--map FILE`: lets an existing data set be scored as it is, by naming which of its columns are
 * which of ours and what its values mean. A YAML file:
 *
 *   columns:            # their column or field name: our name (id, a fact id or an indicator id)
 *     case_no: id
 *     recruited: nhrck16.act.recruitment
 *   ignore: [wave]      # columns that are not part of the screening (still checked for PII)
 *   values:
 *     Y: yes            # a text value: applies to every column
 *     industry:         # a mapping: applies to that column only (their name or ours)
 *       boat: fishing
 */

export interface Mapping {
  columns: Record<string, string>;
  ignore: string[];
  values: Record<string, string>;
  columnValues: Record<string, Record<string, string>>;
}

export const EMPTY_MAPPING: Mapping = { columns: {}, ignore: [], values: {}, columnValues: {} };
