/**
 * What a field of a batch record is (an indicator, a fact, the id, the label, ignored, the nested
 * "facts" or "answers" object, or unknown), and the value maps of --map that apply to it. The
 * encoder resolves each name once and keeps the answer, so records are read without lookups.
 */
import type { Mapping } from './mapping.js';

export const FIELD = {
  indicator: 0,
  fact: 1,
  id: 2,
  label: 3,
  ignore: 4,
  factsObject: 5,
  answersObject: 6,
  unknown: 7,
} as const;
export type FieldKind = (typeof FIELD)[keyof typeof FIELD];

export interface Field {
  kind: FieldKind;
  /** Index of the indicator or fact. */
  index: number;
  /** The field's name in the input, and ours (after --map). */
  theirs: string;
  ours: string;
  values: Map<string, string> | undefined;
}

/** Value maps for one field: its own (by their name or ours), then the global one. */
export function valueMapsFor(
  mapping: Mapping,
  theirs: string,
  ours: string,
): Map<string, string> | undefined {
  const own = mapping.columnValues[theirs] ?? mapping.columnValues[ours];
  const merged = { ...mapping.values, ...own };
  return Object.keys(merged).length ? new Map(Object.entries(merged)) : undefined;
}

/** A value as the field's value maps rename it (only scalars are renamed). */
export function mapValue(f: Field, v: unknown): unknown {
  if (f.values === undefined) return v;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return v;
  const m = f.values.get(String(v));
  return m === undefined ? v : m;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
