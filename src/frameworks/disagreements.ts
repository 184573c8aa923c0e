/**
 * Why two frameworks reach different outcomes on the same interview. Computed from the two
 * assessments and the crosswalk, never written by hand: a waiver that applies in one but not the
 * other, an element met in one but not the other (with the thresholds), and each answer that one
 * framework counts toward another element, or not at all (quoting the crosswalk's note).
 */
import type { FactInput, Status } from '../core/engine.js';
import { ELEMENTS, type Element, type Outcome } from '../core/vocabulary.js';
import type { Text, WaiverDef } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import type { FrameworkResult } from './result.js';
import {
  bilingual,
  conditionText,
  elementName,
  factLabel,
  factValueText,
  factsIn,
  labels,
  list,
  statusName,
  type Bilingual,
} from './describe.js';
import type { Crosswalk } from './crosswalk-schema.js';
import { labelOf } from '../core/label-of.js';

export type DisagreementReason =
  | {
      code: 'waiver';
      /** The waiver applied under each framework of the pair (null: none). */
      waivers: [string | null, string | null];
      facts: string[];
      text: Bilingual;
    }
  | { code: 'element'; element: Element; statuses: [Status, Status]; text: Bilingual }
  | {
      code: 'classification';
      question: string;
      elements: [Element[], Element[]];
      items: [string[], string[]];
      text: Bilingual;
    }
  | { code: 'not-counted'; question: string; countedBy: string; items: string[]; text: Bilingual }
  | { code: 'outcome'; text: Bilingual };

export interface Disagreement {
  frameworks: [string, string];
  outcomes: [Outcome, Outcome];
  reasons: DisagreementReason[];
}

export function findDisagreements(
  cw: Crosswalk,
  results: FrameworkResult[],
  facts: Record<string, FactInput>,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (let i = 0; i < results.length; i++)
    for (let j = i + 1; j < results.length; j++) {
      const a = results[i]!;
      const b = results[j]!;
      if (a.assessment.outcome === b.assessment.outcome) continue;
      out.push({
        frameworks: [a.id, b.id],
        outcomes: [a.assessment.outcome, b.assessment.outcome],
        reasons: explain(cw, a, b, facts),
      });
    }
  return out;
}

type Counted = Map<string, { item: string; element: Element }[]>;

/** Interview question -> the items it made "yes" in this framework. */
function counted(r: FrameworkResult): Counted {
  const out: Counted = new Map();
  const elementOf = new Map(r.loaded.set.indicators.map((i) => [i.id, i.element]));
  for (const [item, questions] of Object.entries(r.evidence))
    for (const q of questions) out.set(q, [...(out.get(q) ?? []), { item, element: elementOf.get(item)! }]);
  return out;
}

function explain(
  cw: Crosswalk,
  a: FrameworkResult,
  b: FrameworkResult,
  facts: Record<string, FactInput>,
): DisagreementReason[] {
  const reasons: DisagreementReason[] = [];
  const waiver = waiverReason(a, b, facts);
  if (waiver) reasons.push(waiver);
  const ca = counted(a);
  const cb = counted(b);
  const explained = new Set<string>();
  const waived = a.assessment.meansWaived || b.assessment.meansWaived;
  for (const el of ELEMENTS) {
    const sa = a.assessment.elements[el].status;
    const sb = b.assessment.elements[el].status;
    // Means do not decide anything where a waiver applies; the waiver reason covers it.
    if (sa === sb || (el === 'means' && waived)) continue;
    reasons.push({ code: 'element', element: el, statuses: [sa, sb], text: elementText(a, b, el) });
    reasons.push(...answerReasons(cw, a, b, ca, cb, explained, el));
  }
  if (reasons.length === 0) reasons.push(...answerReasons(cw, a, b, ca, cb, explained, undefined));
  if (reasons.length === 0)
    reasons.push({
      code: 'outcome',
      text: bilingual((lang) => {
        const state = (r: FrameworkResult) =>
          say(lang).frameworks.state(
            r.id,
            say(lang).outcomeLabel[r.assessment.outcome],
            ELEMENTS.map(
              (el) => `${elementName(el, lang)} ${statusName(r.assessment.elements[el].status, lang)}`,
            ).join(', '),
          );
        return say(lang).frameworks.outcomeDiffers(state(a), state(b));
      }),
    });
  return reasons;
}

function waiverReason(
  a: FrameworkResult,
  b: FrameworkResult,
  facts: Record<string, FactInput>,
): DisagreementReason | undefined {
  const aw = a.assessment.meansWaived;
  const bw = b.assessment.meansWaived;
  if (aw === bw) return undefined;
  const [x, y] = aw ? [a, b] : [b, a];
  if (y.assessment.elements.means.status === 'met') return undefined;
  const applied = x.loaded.set.rules.waiver.find((w) => w.id === x.assessment.waiverReason)!;
  const used = factsIn(applied.when);
  // The other framework's exceptions on the same facts (the same child-age rule, say); failing
  // that, any exception that looks at one of those facts.
  const same = (w: WaiverDef) => {
    const fs = factsIn(w.when);
    return fs.length === used.length && fs.every((f) => used.includes(f));
  };
  const overlapping = (w: WaiverDef) => factsIn(w.when).some((f) => used.includes(f));
  const sameFacts = y.loaded.set.rules.waiver.filter(same);
  const related = sameFacts.length ? sameFacts : y.loaded.set.rules.waiver.filter(overlapping);
  const text = bilingual((lang) => {
    const w = say(lang).frameworks.waiver;
    const xs = x.loaded.set;
    const values = used
      .map((f) => `${factLabel(xs, f, lang)} = ${factValueText(xs, f, facts[f], lang)}`)
      .join(', ');
    const mine = `${pick(applied.label, lang)}: ${conditionText(applied.when, xs, lang)}`;
    const theirs = related
      .map((w) => `${pick(w.label, lang)}: ${conditionText(w.when, y.loaded.set, lang)}`)
      .join('; ');
    const yMeans = statusName(y.assessment.elements.means.status, lang);
    const undecided = y.assessment.waiverStatus === 'unknown';
    const why =
      related.length === 0 ? w.noSuchException : undecided ? w.undecided(theirs) : w.notApplied(theirs);
    return w.sentence(x.id, mine, values, y.id, why, yMeans);
  });
  return {
    code: 'waiver',
    waivers: [a.assessment.waiverReason, b.assessment.waiverReason],
    facts: used,
    text,
  };
}

function thresholdDetail(r: FrameworkResult, el: Element, lang: Lang): string {
  const e = r.assessment.elements[el];
  const set = r.loaded.set;
  if (e.thresholds.length === 0) return list(set, e.yes, lang);
  return e.thresholds
    .map((t) =>
      say(lang).frameworks.threshold(
        (t.label?.[lang] ?? t.id ?? '').trim(),
        t.need,
        t.yes.length,
        labels(set, t.yes, lang),
      ),
    )
    .join('; ');
}

function elementText(a: FrameworkResult, b: FrameworkResult, el: Element): Bilingual {
  return bilingual((lang) => {
    const status = (r: FrameworkResult) => statusName(r.assessment.elements[el].status, lang);
    const detail = (r: FrameworkResult) => thresholdDetail(r, el, lang);
    return say(lang).frameworks.element(
      elementName(el, lang),
      a.id,
      status(a),
      detail(a),
      b.id,
      status(b),
      detail(b),
    );
  });
}

/**
 * Answers that one framework counts toward the element (or, with no element, toward anything)
 * while the other counts them toward a different element or not at all.
 */
function answerReasons(
  cw: Crosswalk,
  a: FrameworkResult,
  b: FrameworkResult,
  ca: Counted,
  cb: Counted,
  explained: Set<string>,
  el: Element | undefined,
): DisagreementReason[] {
  const out: DisagreementReason[] = [];
  const touches = (c: Counted, q: string) =>
    (c.get(q) ?? []).some((x) => el === undefined || x.element === el);
  const questions = [...new Set([...ca.keys(), ...cb.keys()])].filter(
    (q) => touches(ca, q) || touches(cb, q),
  );
  for (const q of questions) {
    if (explained.has(q)) continue;
    const inA = ca.get(q) ?? [];
    const inB = cb.get(q) ?? [];
    const elsA = [...new Set(inA.map((x) => x.element))];
    const elsB = [...new Set(inB.map((x) => x.element))];
    if (el !== undefined && elsA.includes(el) && elsB.includes(el)) continue;
    if (el === undefined && inA.length && inB.length) continue;
    explained.add(q);
    const itemsA = inA.map((x) => x.item);
    const itemsB = inB.map((x) => x.item);
    if (inA.length && inB.length) {
      const note = noteFor(cw, q, [
        [a.id, itemsA],
        [b.id, itemsB],
      ]);
      out.push({
        code: 'classification',
        question: q,
        elements: [elsA, elsB],
        items: [itemsA, itemsB],
        text: bilingual((lang) => {
          const els = (xs: Element[]) => xs.map((x) => elementName(x, lang)).join('/');
          // A primary question counts as itself; naming it twice adds nothing.
          const which = (r: FrameworkResult, items: string[]) =>
            items.length === 1 && items[0] === q ? '' : ` (${labels(r.loaded.set, items, lang)})`;
          const tail = note ? ` ${note[lang]}` : '';
          const question = labelOf(cw.primary.set, q, lang);
          const [wa, wb] = [which(a, itemsA), which(b, itemsB)];
          return (
            say(lang).frameworks.classification(question, a.id, els(elsA), wa, b.id, els(elsB), wb) + tail
          );
        }),
      });
      continue;
    }
    const [by, other, items] = inA.length ? [a, b, inA] : [b, a, inB];
    out.push({
      code: 'not-counted',
      question: q,
      countedBy: by.id,
      items: items.map((x) => x.item),
      text: bilingual((lang) => {
        const els = [...new Set(items.map((x) => elementName(x.element, lang)))].join('/');
        const named = labels(
          by.loaded.set,
          items.map((x) => x.item),
          lang,
        );
        return say(lang).frameworks.notCounted(labelOf(cw.primary.set, q, lang), els, by.id, named, other.id);
      }),
    });
  }
  return out;
}

/** The crosswalk's note on a mapping from this question, preferring one that explains a move. */
function noteFor(cw: Crosswalk, q: string, sides: [string, string[]][]): Text | undefined {
  for (const [framework, items] of sides)
    for (const item of items) {
      const mapping = cw.frameworks.get(framework)?.items.get(item);
      if (mapping?.note && mapping.from.includes(q)) return mapping.note;
    }
  return undefined;
}
