/**
 * Field names that are the set's own or structural (id, facts, answers, indicator and fact ids,
 * and the mapping's names for them): the identifying-data guard never takes them for identifying
 * by their name.
 */
import type { CompiledSet } from '../core/engine.js';
import type { Mapping } from './mapping.js';

export function knownFieldNames(cs: CompiledSet, mapping: Mapping): Set<string> {
  const known = new Set(['id', 'facts', 'answers', ...cs.indicatorIndex.keys(), ...cs.factIndex.keys()]);
  // Their names for our indicators and facts, declared in the mapping file.
  for (const [theirs, ours] of Object.entries(mapping.columns))
    if (cs.indicatorIndex.has(ours) || cs.factIndex.has(ours)) known.add(theirs);
  return known;
}
