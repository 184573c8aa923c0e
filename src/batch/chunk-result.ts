/**
 * What a chunk scorer is given and what it returns, for one chunk: plain data, so that it can be
 * sent to a worker thread and back (the rows and ids as buffers a worker transfers, not copies).
 */
import type { IndicatorSet } from '../core/schema.js';
import type { Mapping } from './mapping.js';
import type { RecordProblem } from './explain-record.js';
import type { FrameworkPlan } from './frameworks.js';
import type { OutputColumn } from './columns.js';
import type { PiiFinding } from '../guard/records.js';
import type { SummaryData } from '../report/batch-counts.js';

export type Format = 'jsonl' | 'csv';

/** Everything a scorer needs; plain data, so it can be sent to a worker thread. */
export interface ScorerConfig {
  /** The validated set: workers compile it themselves rather than read and check it again. */
  set: IndicatorSet;
  inFormat: Format;
  outFormat: Format;
  /** The CSV header's fields, when inFormat is csv. */
  header: string[] | undefined;
  mapping: Mapping;
  label: string | undefined;
  by: string | undefined;
  guard: boolean;
  strict: boolean;
  /** With --frameworks: the frameworks to score every record under, in output order. */
  frameworks?: FrameworkPlan[] | undefined;
  /** With --columns: the output columns; reasons and open questions left out are not computed. */
  columns?: OutputColumn[] | undefined;
}

export interface BadRecord {
  line: number;
  id?: string;
  problems: RecordProblem[];
}

export interface ChunkResult {
  /** The rows, as UTF-8 in a buffer of their own (a worker transfers it rather than copy it). */
  output: Uint8Array;
  /** Physical lines in the chunk. */
  lines: number;
  bad: BadRecord[];
  pii: PiiFinding[];
  summary: SummaryData;
  /** Why scoring stopped inside this chunk, and at which line (within the chunk). */
  stop: 'strict' | 'pii' | null;
  stopLine: number;
  /** For each scored record: its line and its id's two hashes (see id-set.ts), in input order. */
  ids: Uint32Array;
}

/** A chunk's result before its records are read: nothing out, nothing found. */
export const emptyResult = (summary: SummaryData): ChunkResult => ({
  output: EMPTY,
  lines: 0,
  bad: [],
  pii: [],
  summary,
  stop: null,
  stopLine: 0,
  ids: NO_IDS,
});

const EMPTY = new Uint8Array(0);
const NO_IDS = new Uint32Array(0);
