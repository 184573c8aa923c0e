/**
 * Where an element of a framework rests on, or is denied, an answer that already counts for
 * another element of it (derive.ts counts a yes once per element unless the crosswalk marks the
 * mapping dual-use). One note per framework, element and kind, in Korean and English.
 */
import type { Element } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import type { FrameworkResult } from './result.js';
import { bilingual, elementName, type Bilingual } from './describe.js';
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
  /** The dual-use citations (empty when dualUse is false). */
  citations: string[];
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
      out.push({ ...note, text: bilingual((lang) => noteText(cw, note, lang)) });
    }
  }
  return out;
}

function noteText(cw: Crosswalk, n: Omit<ReuseNote, 'text'>, lang: Lang): string {
  const ko = lang === 'ko';
  const el = elementName(n.element, lang);
  const usedFor = elementName(n.usedFor, lang);
  const answers = n.sources
    .map((q) => {
      const question = pick(cw.primary.set.indicators.find((i) => i.id === q)?.question, lang);
      if (!question) return q;
      return ko ? `'${question}'에 '예', ${q}` : `yes to "${question}", ${q}`;
    })
    .join('; ');
  const many = n.sources.length > 1;
  if (n.dualUse) {
    const cite = n.citations.join('; ');
    if (ko)
      return `${n.framework} ${el}: ${usedFor}에 이미 반영된 것과 같은 답변(${answers})${n.only ? '에만' : '에도'} 근거합니다(${n.items.join(', ')}). 대응표는 이 답변을 양쪽에 모두 반영합니다: ${cite}.`;
    return `${n.framework} ${el}: ${n.only ? 'rests only' : 'also rests'} on the same answer${many ? 's' : ''} already counted for ${usedFor} (${answers}; ${n.items.join(', ')}); the crosswalk counts ${many ? 'them' : 'it'} for both: ${cite}.`;
  }
  if (ko)
    return n.only
      ? `${n.framework} ${el}: 유일한 근거인 답변(${answers})은 이미 ${usedFor}에 반영되었으므로 ${el}까지 입증하지는 않습니다.`
      : `${n.framework} ${el}: 답변(${answers})은 이미 ${usedFor}에 반영되었으므로 ${el}에는 다시 반영하지 않습니다.`;
  if (n.only)
    return many
      ? `${n.framework} ${el}: the only supporting answers (${answers}) are already counted for ${usedFor}, so they do not establish ${el} as well.`
      : `${n.framework} ${el}: the only supporting answer (${answers}) is already counted for ${usedFor}, so it does not establish ${el} as well.`;
  return many
    ? `${n.framework} ${el}: the answers (${answers}) are already counted for ${usedFor}, so they do not count toward ${el} as well.`
    : `${n.framework} ${el}: the answer (${answers}) is already counted for ${usedFor}, so it does not count toward ${el} as well.`;
}
