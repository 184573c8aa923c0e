/**
 * Whether the frameworks agree beyond their outcomes: the status of each element (a means that is
 * waived and not met counts as "not required", as the comparison table shows it) and the means
 * waiver. Frameworks with the same outcome can still differ here, and the report says so.
 */
import type { Status } from '../core/engine.js';
import { ELEMENTS, type Element } from '../core/vocabulary.js';
import { pick, type Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import type { FrameworkResult } from './result.js';
import { bilingual, elementName, statusName, type Bilingual } from './describe.js';

/** Per framework, in the order assessed. */
export type ElementDifference =
  | {
      element: Element;
      /** The element's status; 'not-required' for a means that is waived and not met. */
      values: { framework: string; value: Status | 'not-required' }[];
      text: Bilingual;
    }
  | {
      element: 'waiver';
      /** The id of the waiver applied; null: none. */
      values: { framework: string; value: string | null }[];
      text: Bilingual;
    };

export function elementDifferences(results: FrameworkResult[]): ElementDifference[] {
  const out: ElementDifference[] = [];
  for (const el of ELEMENTS) {
    const values = results.map((r) => ({ framework: r.id, value: elementValue(r, el) }));
    if (new Set(values.map((v) => v.value)).size < 2) continue;
    out.push({
      element: el,
      values,
      text: bilingual((lang) =>
        line(
          elementName(el, lang),
          values.map((v) => ({
            framework: v.framework,
            shown: v.value === 'not-required' ? say(lang).words.notRequired : statusName(v.value, lang),
          })),
          lang,
        ),
      ),
    });
  }
  const waivers = results.map((r) => ({
    framework: r.id,
    value: r.assessment.meansWaived ? r.assessment.waiverReason : null,
  }));
  if (new Set(waivers.map((w) => w.value)).size > 1)
    out.push({
      element: 'waiver',
      values: waivers,
      text: bilingual((lang) =>
        line(
          say(lang).words.meansWaived,
          results.map((r, k) => {
            const id = waivers[k]!.value;
            const w = r.loaded.set.rules.waiver.find((x) => x.id === id);
            const none = say(lang).words.none;
            return { framework: r.id, shown: id === null ? none : pick(w?.label, lang) || id };
          }),
          lang,
        ),
      ),
    });
  return out;
}

function elementValue(r: FrameworkResult, el: Element): Status | 'not-required' {
  const status = r.assessment.elements[el].status;
  return el === 'means' && r.assessment.meansWaived && status !== 'met' ? 'not-required' : status;
}

/** "Purpose: met under nhrck-2016, kr-2023; undecided under palermo." */
function line(name: string, values: { framework: string; shown: string }[], lang: Lang): string {
  const groups = new Map<string, string[]>();
  for (const v of values) groups.set(v.shown, [...(groups.get(v.shown) ?? []), v.framework]);
  const w = say(lang).frameworks;
  const parts = [...groups].map(([shown, fws]) => w.under(shown, fws.join(', ')));
  return `${w.lineHead(name)}: ${parts.join('; ')}.`;
}
