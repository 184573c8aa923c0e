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

/**
 * The summary's words in the respondent's language, from the set's translation file: the
 * sentences, and the rights and contact names by id. A right or name not translated is said in
 * English and counted, so the screener knows to read that part themselves.
 */
export interface RespondentWords {
  lang: string;
  /** The language's own name ("Tiếng Việt"). */
  name: string;
  heading: string;
  finding: Record<Assessment['outcome'], string>;
  notLegal: string;
  rights: string;
  /** "Next step: call the agency (1600-8248)." */
  nextStep: (contact: string, name: string) => string;
  right: (legalId: string) => string | undefined;
  referralName: (referralId: string) => string | undefined;
}

export interface RespondentSummary {
  lang: string;
  name: string;
  heading: string;
  lines: string[];
  /** How many of the rights and names are said in English, for want of a translation. */
  untranslated: number;
}

export function respondentSummary(
  r: ReadAloud,
  outcome: Assessment['outcome'],
  set: IndicatorSet,
  w: RespondentWords,
): RespondentSummary {
  let untranslated = 0;
  const theirs = (text: string | undefined, english: string) => {
    if (text) return text;
    untranslated++;
    return english;
  };
  const rights = r.rights.map((x) =>
    theirs(w.right(x.legal), pick(set.legal.find((l) => l.id === x.legal)?.right, 'en')),
  );
  const next = r.nextStep ? set.referrals.find((x) => x.id === r.nextStep!.referral) : undefined;
  const nextLine = next
    ? w.nextStep(next.contact, theirs(w.referralName(next.id), pick(next.name, 'en')))
    : undefined;
  return {
    lang: w.lang,
    name: w.name,
    heading: w.heading,
    lines: [
      w.finding[outcome],
      w.notLegal,
      ...rights.map((x, i) => (i === 0 ? w.rights + x : x)),
      ...(nextLine ? [nextLine] : []),
    ],
    untranslated,
  };
}
