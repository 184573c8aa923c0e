/** Words and lines shared by the debrief, the scenario listing and the flow: how a coding reads. */
import { say } from '../base/catalogue/index.js';
import type { IndicatorSet } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import type { FactCoding } from '../report/expert.js';

/** A coding as a person reads it: "Yes", "17", "Fishing vessel". */
export function codingLabel(
  set: IndicatorSet,
  kind: 'fact' | 'indicator',
  id: string,
  value: FactCoding | null,
  lang: Lang,
): string {
  const t = say(lang).training;
  if (value === null) return t.notReached;
  if (value === 'yes' || value === 'no' || value === 'unknown' || value === 'declined')
    return t.answers[value];
  if (kind === 'fact') {
    const option = set.facts.find((f) => f.id === id)?.options?.find((o) => o.id === value);
    if (option) return pick(option.label, lang);
  }
  if (typeof value === 'object')
    return value.min === value.max ? String(value.min) : `${value.min}–${value.max}`;
  return String(value);
}

/** The question as the set words it, for facts and indicators alike. */
export function questionText(set: IndicatorSet, kind: 'fact' | 'indicator', id: string, lang: Lang): string {
  const def = kind === 'fact' ? set.facts.find((f) => f.id === id) : set.indicators.find((i) => i.id === id);
  return def ? pick(def.question, lang) : id;
}
