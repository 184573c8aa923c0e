/**
 * A reason in words: items named by their short labels, counts said as "1 of the 2 needed",
 * citations in the report language. The codes and ids stay in the reason itself (the JSON).
 */
import { say } from '../base/catalogue/index.js';
import { cite as citeIn, pick, type Lang } from '../base/i18n.js';
import type { Assessment, Reason, ThresholdResult } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import type { Labeller } from './labels.js';

/**
 * `citations: false` is the short report's reading: the rule and its label, without the articles,
 * which the full report (and the legal notes) give.
 */
export function reasonText(
  r: Reason,
  a: Assessment,
  set: IndicatorSet,
  lang: Lang,
  label: Labeller,
  citations = true,
): string {
  const m = say(lang);
  const t = say(lang).report;
  const cite = (c: Parameters<typeof citeIn>[0]) => (citations ? citeIn(c, lang) : '');
  const signs = (ids: string[]) => ids.map(label).join(t.and);
  switch (r.code) {
    case 'statute.applied': {
      const rule = set.rules.statute.find((x) => x.id === r.rule);
      return t.statuteApplied(
        pick(rule?.label, lang),
        cite(rule?.citation),
        signs(r.indicators),
        r.indexHolds,
      );
    }
    case 'statute.undecided': {
      const rule = set.rules.statute.find((x) => x.id === r.rule);
      return t.statuteUndecided(pick(rule?.label, lang), cite(rule?.citation));
    }
    case 'combination.met':
      return t.combination(r.waived);
    case 'element.met':
      return t.elementMet(m.element[r.element], signs(r.indicators));
    case 'element.not-met':
    case 'element.unknown':
      return thresholdsText(r.code === 'element.not-met', m.element[r.element], r.thresholds, lang, label);
    case 'waiver.applied': {
      const w = set.rules.waiver.find((x) => x.id === r.waiver);
      const citation = cite(w?.citation);
      return `${m.waived(pick(w?.label, lang))}${citation ? ` (${citation})` : ''}.`;
    }
    case 'waiver.unknown': {
      const ifs = r.waivers
        .map((id) => set.rules.waiver.find((w) => w.id === id))
        .filter((w) => w !== undefined)
        .map((w) => {
          const citation = cite(w.citation);
          return `${pick(w.label, lang)}${citation ? ` (${citation})` : ''}`;
        })
        .join(t.or);
      return t.waiverUnknown(r.facts.map(label).join(t.and), ifs);
    }
    case 'outcome.possible':
      return t.possible(signs(r.indicators));
    case 'outcome.insufficient':
      return t.insufficient(a.unknown.length + a.declined.length, m.declinedNote);
    case 'outcome.no-indicators':
      return m.outcome['no-indicators'];
  }
}

/** "Purpose is undecided: 1 of the 2 supporting signs needed (…); 6 questions … are still open." */
function thresholdsText(
  notMet: boolean,
  element: string,
  thresholds: ThresholdResult[],
  lang: Lang,
  label: Labeller,
): string {
  const t = say(lang).report;
  const parts = thresholds.map((th) =>
    t.threshold({
      label: pick(th.label, lang) || th.id || '',
      need: th.need,
      yes: th.yes.length,
      signs: th.yes.map(label).join(t.and),
      missing: th.missing,
    }),
  );
  const open = new Set(thresholds.flatMap((th) => th.open)).size;
  const tail = [parts.join('; '), t.stillOpen(open)].filter(Boolean).join('; ');
  return `${t.elementOpen(element, notMet)}${tail ? `: ${tail}` : ''}.`;
}
