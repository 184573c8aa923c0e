/**
 * What a report calls an item: its short label ("passport or ID taken"), never its id, unless the
 * reader asked for ids (`--ids`), when the id follows the label in brackets.
 */
import type { Lang } from '../base/i18n.js';
import type { IndicatorSet } from '../core/schema.js';
import { labelOf } from '../core/label-of.js';

export type Labeller = (id: string) => string;

export function labeller(set: IndicatorSet, lang: Lang, withIds: boolean): Labeller {
  const cache = new Map<string, string>();
  return (id) => {
    let label = cache.get(id);
    if (label === undefined) {
      label = labelOf(set, id, lang);
      if (withIds && label !== id) label = `${label} [${id}]`;
      cache.set(id, label);
    }
    return label;
  };
}

/** Every indicator and fact id the assessment names, with its label: the JSON `labels` map. */
export function labelsFor(set: IndicatorSet, ids: Iterable<string>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] ??= labelOf(set, id, lang);
  return out;
}
