/**
 * The batch summary's figures and reasons in words: shared by the terminal table and the HTML
 * report, which lay them out differently but must say the same thing.
 */
import { say } from '../base/catalogue/index.js';
import { elementName } from '../frameworks/describe.js';
import type { Lang } from '../base/i18n.js';
import type { Proportion } from '../report/stats.js';
import type { FrameworksSummary, PairReason } from '../report/batch-frameworks.js';

export const num = (n: number): string => n.toLocaleString('en-US');
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function interval(p: Proportion | null, none: string): string {
  if (!p) return none;
  return `${pct(p.value)} (95% CI ${pct(p.low)}–${pct(p.high)}; ${num(p.x)}/${num(p.n)})`;
}

/** Cohen's kappa to three places, or n/a. */
export const kappaText = (k: number | null, none: string): string => (k === null ? none : k.toFixed(3));

/** A pair's reason for differing outcomes, in words. */
export function reasonText(r: PairReason, fs: FrameworksSummary, pair: [string, string], lang: Lang): string {
  const t = say(lang).batch;
  if (r.code === 'element') return t.reasonElement(elementName(r.element, lang));
  if (r.code === 'other') return t.reasonOther;
  const rule = (framework: string, id: string) =>
    fs.list.find((f) => f.id === framework)?.waivers.find((w) => w.id === id)?.rule[lang] ?? id;
  const other = pair[0] === r.under ? pair[1] : pair[0];
  const theirs = r.other.length
    ? t.reasonOtherRule(other, r.other.map((id) => rule(other, id)).join('; '))
    : t.reasonNoException(other);
  return t.reasonWaiver(r.under, `${rule(r.under, r.waiver)}; ${theirs}`);
}

type Validated = FrameworksSummary['list'][number];
type Metric = NonNullable<Validated['validation']>['sensitivity'];

/**
 * The --label validation table, one row per framework: the confusion matrix, then the four
 * metrics as `metric` writes them (an interval in the report, a percentage in the terminal).
 */
export function validationTable(
  validated: Validated[],
  t: { framework: string; sensitivity: string; specificity: string; ppv: string; npv: string },
  metric: (x: Metric) => string,
): string[][] {
  return [
    [t.framework, 'TP', 'FP', 'FN', 'TN', t.sensitivity, t.specificity, t.ppv, t.npv],
    ...validated.map((f) => {
      const v = f.validation!;
      return [
        f.id,
        num(v.matrix.tp),
        num(v.matrix.fp),
        num(v.matrix.fn),
        num(v.matrix.tn),
        metric(v.sensitivity),
        metric(v.specificity),
        metric(v.ppv),
        metric(v.npv),
      ];
    }),
  ];
}
