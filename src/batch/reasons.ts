/**
 * Compact reason codes for batch output: one short string per reason of the full assessment,
 * with the rule and indicator ids it rests on, so that a million rows stay small and can be
 * grouped with ordinary tools. The grammar (documented in README, "For researchers"):
 *
 *   statute.applied:<rule>                   a statutory rule of the set decides: victim-likely
 *   statute.undecided:<rule>                 a statutory rule would decide once open answers are in
 *   combination.met                          the rule holds: act + means + purpose
 *   combination.met:waived                   the rule holds with means not required
 *   element.met:<element>:<ids>              element met; ids = its indicators answered yes
 *   element.not-met:<element>:<rules>[:<ids>] element cannot be met; rules = thresholds short
 *   element.unknown:<element>:<rules>[:<ids>] element undecided; rules = thresholds short
 *   waiver.applied:<waiver>                  means not required (e.g. child, disability)
 *   waiver.unknown:<facts>                   whether means are required depends on these facts
 *   outcome.possible                         indicators answered yes, rule not (yet) met
 *   outcome.insufficient                     nothing answered yes, too much unknown to decide
 *   outcome.no-indicators                    nothing answered yes
 *
 * Lists are comma-separated; trailing empty parts are left out with their colon. Every indicator
 * answered yes appears once, under its element. A threshold without an id in the set is named
 * <element>#<n>, its position in the element's rule.
 */
import type { Assessment, CompiledSet } from '../core/engine.js';
import { ELEMENTS, type Element } from '../core/vocabulary.js';

const SAFE = /^[A-Za-z0-9._-]+$/;

/** The names thresholds get in reason codes, per element, in the order of the element's rule. */
export function thresholdNames(cs: CompiledSet): Record<Element, string[]> {
  const out = {} as Record<Element, string[]>;
  for (const el of ELEMENTS)
    out[el] = cs.thresholds[el].map((t, k) =>
      t.id !== undefined && SAFE.test(t.id) ? t.id : `${el}#${k + 1}`,
    );
  return out;
}

export const reasonCode = (code: string, ...parts: (string | string[])[]): string => {
  const texts = parts.map((p) => (Array.isArray(p) ? p.join(',') : p));
  while (texts.length && !texts[texts.length - 1]) texts.pop();
  return texts.length ? `${code}:${texts.join(':')}` : code;
};

/**
 * The reason codes of a full assessment. The batch fast path (row.ts) computes the same codes
 * without building the assessment; tests hold the two equal.
 */
export function reasonCodes(a: Assessment, cs: CompiledSet): string[] {
  const names = thresholdNames(cs);
  return a.reasons.map((r) => {
    switch (r.code) {
      case 'combination.met':
        return r.waived ? 'combination.met:waived' : 'combination.met';
      case 'element.met':
        return reasonCode(r.code, r.element, r.indicators);
      case 'element.not-met':
      case 'element.unknown': {
        const all = a.elements[r.element].thresholds;
        return reasonCode(
          r.code,
          r.element,
          r.thresholds.map((t) => names[r.element][all.indexOf(t)]!),
          r.indicators,
        );
      }
      case 'statute.applied':
      case 'statute.undecided':
        return reasonCode(r.code, r.rule);
      case 'waiver.applied':
        return reasonCode(r.code, r.waiver);
      case 'waiver.unknown':
        return reasonCode(r.code, r.facts);
      case 'outcome.possible':
      case 'outcome.insufficient':
      case 'outcome.no-indicators':
        return r.code;
    }
  });
}
