/** An indicator set as read and compiled: what every layer above the engine passes around. */
import type { CompiledSet } from './engine.js';
import type { IndicatorSet } from './schema.js';

export interface LoadedSet {
  set: IndicatorSet;
  compiled: CompiledSet;
  /** Where it was read from (a built-in id resolves to a file under indicators/). */
  file: string;
}

/** The set screened when none is named: the NHRCK 2016 identification index. */
export const DEFAULT_SET = 'nhrck-2016';
