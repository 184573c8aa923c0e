/**
 * The rules engine: (compiled set, facts, answers) -> assessment. Pure and synchronous: no I/O,
 * no clocks, no globals. A set is compiled once (compile.ts); scoring a record then reuses its
 * buffers (run.ts); assess.ts explains one record, and open-questions.ts finds what to ask next.
 * This module is the engine's face to the layers above.
 */
export type { Status } from './vocabulary.js';
export { outcomeRank } from './vocabulary.js';
export { compileSet, type CompiledSet } from './compile.js';
export { encodeInput, newContext, run, type FactInput, type ScreeningInput } from './run.js';
export { assess } from './assess.js';
export type { Assessment, OpenQuestion, Reason, ThresholdResult } from './assessment.js';
