/**
 * The summary a worker reads aloud to the person before anything else: what the screening found,
 * that it is not a legal decision, the rights that apply here, and one number to call.
 */
import { say } from '../base/catalogue/index.js';
import { pick, type Lang } from '../base/i18n.js';
import type { Assessment } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';

/** Rights named in the summary: more would not fit the six lines it is read from. */
const MAX_RIGHTS = 3;

export interface ReadAloud {
  finding: string;
  notLegal: string;
  /**
   * The legal notes' rights that apply for certain (not the ones marked "if …"): those of notes
   * that declare the person a victim first, then in set order.
   */
  rights: { legal: string; text: string }[];
  /** The first specialist (not emergency-only) contact that applies, as a sentence. */
  nextStep: { referral: string; text: string } | null;
}

export function readAloud(
  a: Assessment,
  set: IndicatorSet,
  lang: Lang,
  referralsInOrder: string[],
): ReadAloud {
  const s = say(lang).report.summary;
  // A note that says the person is a victim (a child in commercial sex) names the strongest right.
  const rights = set.legal
    .filter((l) => l.right && a.legal.includes(l.id) && !a.conditional.legal.includes(l.id))
    .sort((x, y) => Number(y.declaresVictim) - Number(x.declaresVictim))
    .slice(0, MAX_RIGHTS)
    .map((l) => ({ legal: l.id, text: pick(l.right, lang) }));
  const sure = referralsInOrder
    .map((id) => set.referrals.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .filter((r) => !a.conditional.referrals.includes(r.id));
  const next = sure.find((r) => !r.emergency) ?? sure[0];
  return {
    finding: s.finding[a.outcome],
    notLegal: s.notLegal,
    rights,
    nextStep: next ? { referral: next.id, text: s.nextStep(next.contact, pick(next.name, lang)) } : null,
  };
}

/** The summary as lines of text, the rights after their lead-in ("Your rights: …"). */
export function readAloudLines(r: ReadAloud, lang: Lang): string[] {
  const s = say(lang).report.summary;
  return [
    r.finding,
    r.notLegal,
    ...r.rights.map((x, i) => (i === 0 ? s.rights + x.text : x.text)),
    ...(r.nextStep ? [r.nextStep.text] : []),
  ];
}
