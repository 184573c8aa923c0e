/**
 * What a batch run has found so far, chunk by chunk: the summary counts, where it stopped or was
 * refused, repeated ids and inputs with no records, and the identifying-data findings with the
 * input each was made in. The scoring stage fills it; the last stage reads it to decide what is
 * written and how the run ends.
 */
import { PiiFindings, type PiiFinding } from '../guard/records.js';
import { emptySummary, type SummaryData } from '../report/batch-counts.js';
import { frameworksLayout } from './frameworks.js';
import { IdSet } from './id-set.js';
import type { BatchConfig } from './batch-config.js';

/** An input's name and a line in it. */
export interface At {
  input: string;
  line: number;
}

export class RunState {
  readonly summary: SummaryData;
  readonly findings = new PiiFindings();
  /** The input each finding was first made in. */
  readonly findingFiles = new Map<PiiFinding, string>();
  readonly ids = new IdSet();
  /** Set when --strict stops the run at a bad record. */
  stoppedAt: At | undefined;
  /** Set when the guard refuses the input: from here chunks are only scanned, not scored. */
  refusedAt: At | undefined;
  /** Set when --unique-ids stops the run at a repeated id. */
  duplicateStop: At | undefined;
  firstDuplicate: At | undefined;
  duplicates = 0;
  emptyInputs = 0;

  constructor(cfg: BatchConfig) {
    const { set, plans } = cfg;
    this.summary = emptySummary(
      set.indicators.length,
      set.rules.waiver.length,
      plans ? frameworksLayout(plans) : undefined,
    );
  }

  /** A chunk's findings, at its offset in `input`; each new one remembers the input. */
  addFindings(pii: readonly PiiFinding[], offset: number, input: string): void {
    const before = new Set(this.findings.list());
    this.findings.merge(pii, offset);
    for (const f of this.findings.list()) if (!before.has(f)) this.findingFiles.set(f, input);
  }

  get stopped(): boolean {
    return this.stoppedAt !== undefined || this.duplicateStop !== undefined;
  }
}
