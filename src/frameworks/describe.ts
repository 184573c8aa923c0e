/**
 * Short Korean and English phrases for explaining differences between frameworks: element and
 * status names, fact values, and the fact tests inside a waiver ("age < 19").
 */
import type { Condition } from '../core/condition-schema.js';
import { walkCondition } from '../core/condition.js';
import type { FactInput, Status } from '../core/engine.js';
import type { Element, IndicatorSet } from '../core/schema.js';
import { labelOf } from '../core/label-of.js';
import { pick, type Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';

export interface Bilingual {
  ko: string;
  en: string;
}

export const bilingual = (f: (lang: Lang) => string): Bilingual => ({ ko: f('ko'), en: f('en') });

export const elementName = (el: Element, lang: Lang): string => say(lang).elementInText[el];
export const statusName = (s: Status, lang: Lang): string => say(lang).status[s];
/** Items by their labels, or "none". */
export const list = (set: IndicatorSet, items: string[], lang: Lang): string =>
  items.length ? labels(set, items, lang) : say(lang).words.none;

export const labels = (set: IndicatorSet, items: string[], lang: Lang): string =>
  items.map((id) => labelOf(set, id, lang)).join(', ');

export function factLabel(set: IndicatorSet, id: string, lang: Lang): string {
  return pick(set.facts.find((f) => f.id === id)?.label, lang) || id;
}

export function factValueText(set: IndicatorSet, id: string, value: FactInput, lang: Lang): string {
  if (value === undefined || value === null || value === 'unknown' || value === 'declined')
    return say(lang).words.unknown;
  const fact = set.facts.find((f) => f.id === id);
  if (fact?.type === 'tristate') return say(lang).words[value === 'yes' ? 'yes' : 'no'];
  if (typeof value === 'object')
    return value.min === value.max ? String(value.min) : `${value.min}–${value.max}`;
  const option = fact?.options?.find((o) => o.id === value);
  return option ? pick(option.label, lang) : String(value);
}

/** The facts a condition tests, in order of first mention. */
export function factsIn(cond: Condition): string[] {
  const out: string[] = [];
  walkCondition(cond, (n) => {
    if (typeof n === 'object' && 'fact' in n && !out.includes(n.fact)) out.push(n.fact);
  });
  return out;
}

/** A compact rendering of a condition, e.g. "age < 19" or "age unknown and apparent minor = yes". */
export function conditionText(cond: Condition, set: IndicatorSet, lang: Lang): string {
  const w = say(lang).frameworks.condition;
  if (typeof cond === 'boolean') return cond ? w.always : w.never;
  if ('all' in cond) {
    // "age when it began known and age when it began < 19" reads as "age when it began < 19".
    const tested = (c: Condition) => typeof c === 'object' && 'fact' in c && c.known === undefined;
    const parts = cond.all.filter(
      (c) =>
        !(
          typeof c === 'object' &&
          'fact' in c &&
          c.known === true &&
          cond.all.some((d) => tested(d) && (d as { fact: string }).fact === c.fact)
        ),
    );
    return parts.map((c) => conditionText(c, set, lang)).join(w.and);
  }
  if ('any' in cond) return cond.any.map((c) => conditionText(c, set, lang)).join(w.or);
  if ('not' in cond) return w.not(conditionText(cond.not, set, lang));
  if ('fact' in cond) return factTest(cond, set, lang);
  if ('answer' in cond) return labelOf(set, cond.answer, lang);
  if ('atLeast' in cond) return `${pick(cond.label, lang) || cond.id || w.items} ≥ ${cond.atLeast}`;
  if ('rule' in cond) return cond.rule;
  if ('possibly' in cond) return w.possibly(conditionText(cond.possibly, set, lang));
  if ('tiered' in cond)
    return cond.tiered.need.map((n) => `${pick(n.label, lang) || n.tier} ≥ ${n.atLeast}`).join(w.and);
  return cond.outcome.join('/');
}

type FactTest = Extract<Condition, { fact: string }>;

/** "age < 19", "disability = yes", "age known". */
function factTest(cond: FactTest, set: IndicatorSet, lang: Lang): string {
  const w = say(lang).frameworks.condition;
  const label = factLabel(set, cond.fact, lang);
  if (cond.known !== undefined) return `${label} ${cond.known ? w.known : w.unknown}`;
  if (cond.is !== undefined)
    return `${label} = ${[cond.is]
      .flat()
      .map((v) => factValueText(set, cond.fact, v, lang))
      .join('/')}`;
  const [op, n] =
    cond.lt !== undefined
      ? ['<', cond.lt]
      : cond.lte !== undefined
        ? ['≤', cond.lte]
        : cond.gt !== undefined
          ? ['>', cond.gt]
          : ['≥', cond.gte];
  return `${label} ${op} ${n}`;
}
