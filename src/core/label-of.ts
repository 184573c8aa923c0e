/** What an item is called in a sentence: its short label ("passport or ID taken"), not its id. */
import { pick, type Lang } from '../base/i18n.js';
import type { IndicatorSet } from './schema.js';

/** The label of an indicator or fact in `lang`; an item without one is named by its id. */
export function labelOf(set: IndicatorSet, id: string, lang: Lang): string {
  const indicator = set.indicators.find((i) => i.id === id);
  if (indicator) return pick(indicator.short, lang) || id;
  const fact = set.facts.find((f) => f.id === id);
  return pick(fact?.label, lang) || id;
}
