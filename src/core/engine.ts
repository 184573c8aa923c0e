/**
 * The rules engine: (compiled set, facts, answers) -> assessment. Pure and synchronous: no I/O,
 * no clocks, no globals. A set is compiled once (compile.ts); scoring a record then reuses its
 * buffers (run.ts); assess.ts explains one record, and open-questions.ts finds what to ask next.
 * This module is the engine's face to the layers above.
 */
export type { Status } from './vocabulary.js';
export { outcomeRank } from './vocabulary.js';
export { compileSet, victimLikelyCondition, type CompiledSet, type Threshold } from './compile.js';
export {
  ageToBeEstablished,
  encodeInput,
  newContext,
  run,
  statusOf,
  statuteStatus,
  type FactInput,
  type ScreeningInput,
} from './run.js';
export { assess } from './assess.js';
export { candidatesWithin } from './open-questions.js';
export type { Assessment, ElementResult, OpenQuestion, Reason, ThresholdResult } from './assessment.js';
