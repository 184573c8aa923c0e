/**
 * Where an element of a framework rests on, or is denied, an answer that already counts for
 * another element of it (derive.ts counts a yes once per element unless the crosswalk marks the
 * mapping dual-use). One note per framework, element and kind, in Korean and English.
 */
import type { Element, IndicatorSet, Text } from '../core/schema.js';
import { cite, type Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import { labelOf } from '../core/label-of.js';
import type { FrameworkResult } from './result.js';
import { bilingual, elementName, labels, type Bilingual } from './describe.js';
import type { Crosswalk } from './crosswalk-schema.js';

export interface ReuseNote {
  framework: string;
  /** The element that the answers would also support. */
  element: Element;
  /** The element the answers already count for. */
  usedFor: Element;
  /** The interview questions answered yes. */
  sources: string[];
  /** The framework's items in `element` derived from them. */
  items: string[];
  /**
   * true: the crosswalk marks the mappings dual-use, so the answers count for `element` too;
   * false: they count as unknown there, so they do not establish it.
   */
  dualUse: boolean;
  /** The dual-use citations (empty when dualUse is false), in one text or per language. */
  citations: (string | Text)[];
  /** Whether no other answer supports the element: without dual use, its only supporting answers. */
  only: boolean;
  text: Bilingual;
}

export function reuseNotes(cw: Crosswalk, results: FrameworkResult[]): ReuseNote[] {
  const out: ReuseNote[] = [];
  for (const r of results) {
    const entry = cw.frameworks.get(r.id);
    const elementOf = new Map(r.loaded.set.indicators.map((i) => [i.id, i.element]));
    const groups = new Map<string, FrameworkResult['reused']>();
    for (const x of r.reused) {
      const key = `${elementOf.get(x.item)!}|${x.usedFor}|${x.dualUse}`;
      groups.set(key, [...(groups.get(key) ?? []), x]);
    }
    for (const xs of groups.values()) {
      const element = elementOf.get(xs[0]!.item)!;
      const { usedFor, dualUse } = xs[0]!;
      const e = r.assessment.elements[element];
      const sources = [...new Set(xs.map((x) => x.source))];
      const items = [...new Set(xs.map((x) => x.item))];
      let only: boolean;
      if (dualUse) {
        // The element's yes items all rest on these answers alone.
        only = e.yes.every((item) => (r.evidence[item] ?? []).every((q) => sources.includes(q)));
      } else {
        // Nothing was lost where the element is met anyway, or needs no means.
        const waived = element === 'means' && r.assessment.meansWaived;
        if (e.status === 'met' || waived) continue;
        only = e.yes.length === 0;
      }
      const citations = dualUse
        ? [...new Set(items.flatMap((i) => entry?.items.get(i)?.dualUse?.citation ?? []))]
        : [];
      const note = { framework: r.id, element, usedFor, sources, items, dualUse, citations, only };
      out.push({ ...note, text: bilingual((lang) => noteText(cw, note, r.loaded.set, lang)) });
    }
  }
  return out;
}

function noteText(cw: Crosswalk, n: Omit<ReuseNote, 'text'>, set: IndicatorSet, lang: Lang): string {
  const w = say(lang).frameworks;
  const el = elementName(n.element, lang);
  const usedFor = elementName(n.usedFor, lang);
  const answers = n.sources.map((q) => w.yesTo(labelOf(cw.primary.set, q, lang))).join('; ');
  const many = n.sources.length > 1;
  const items = labels(set, n.items, lang);
  if (n.dualUse)
    return w.reuse.dualUse(
      n.framework,
      el,
      usedFor,
      answers,
      n.only,
      many,
      items,
      n.citations.map((c) => cite(c, lang)).join('; '),
    );
  return (n.only ? w.reuse.onlyCounted : w.reuse.counted)(n.framework, el, usedFor, answers, many);
}
