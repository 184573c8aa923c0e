/**
 * The case file: what a worker files after a screening. A document of plain blocks (headings,
 * fields, lists, tables) built from the report, the set and the record of answers, so that the
 * Markdown and the printable HTML say the same thing. Holds no names: only the case code.
 */
import { say } from '../base/catalogue/index.js';
import { pick, type Lang } from '../base/i18n.js';
import type { IndicatorSet } from '../core/schema.js';
import { ELEMENTS } from '../core/vocabulary.js';
import type { Report } from './report.js';
import { readAloudLines } from './summary.js';

export interface Span {
  text: string;
  strong?: boolean;
  em?: boolean;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 2 | 3 }
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'para'; spans: Span[] }
  /** `framed`: set apart, to be found at once on paper (the summary to read aloud). */
  | { kind: 'list'; ordered: boolean; items: { spans: Span[]; sub: string[] }[]; framed?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'signature'; lines: [string, string][] }
  | { kind: 'ids'; summary: string; head: [string, string]; rows: [string, string][] }
  | { kind: 'rule' };

/** What was asked and answered: a saved session, or an answers file (which has no notes). */
export interface CaseRecord {
  caseCode?: string;
  /** ISO times; a file scored without a session has only the time it was scored. */
  startedAt?: string;
  savedAt: string;
  respondentLang?: { code: string; name: string };
  facts: Record<string, number | string | { min: number; max: number }>;
  answers: Record<string, string>;
  notes?: Record<string, string | string[]>;
  /** Facts and indicators the set's skip logic ruled out on these answers: they did not apply. */
  notApplicable?: string[];
  toolVersion: string;
}

const s = (text: string, style: Omit<Span, 'text'> = {}): Span => ({ text, ...style });

/** "2026-12-04 14:30 (UTC+09:00)": the time where it was recorded, with its offset. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(
    d.getMinutes(),
  )} (UTC${sign}${two(Math.trunc(off / 60))}:${two(off % 60)})`;
}

/**
 * The case file of one report. `afterAssessment` goes right after the assessment: a comparison of
 * frameworks, for a screening scored under several.
 */
export function buildCaseFile(
  r: Report,
  set: IndicatorSet,
  rec: CaseRecord,
  afterAssessment: Block[] = [],
): Block[] {
  const lang = r.language;
  const t = say(lang).caseFile;
  const blocks: Block[] = [{ kind: 'title', text: t.title }, header(r, rec, lang)];
  blocks.push({ kind: 'heading', level: 2, text: t.summary });
  blocks.push({
    kind: 'list',
    ordered: false,
    framed: true,
    items: readAloudLines(r.summary, lang).map((line) => ({ spans: [s(line)], sub: [] })),
  });
  const theirs = r.respondentSummary;
  if (theirs) {
    blocks.push({ kind: 'heading', level: 2, text: `${theirs.heading} (${theirs.name})` });
    blocks.push({
      kind: 'list',
      ordered: false,
      framed: true,
      items: theirs.lines.map((line) => ({ spans: [s(line)], sub: [] })),
    });
    if (theirs.untranslated)
      blocks.push({ kind: 'para', spans: [s(say(lang).report.summary.untranslated(theirs.untranslated))] });
  }
  blocks.push(...assessment(r, lang), ...afterAssessment);
  blocks.push(...facts(set, rec, lang), ...questions(set, rec, lang));
  blocks.push(...stillOpen(r, lang));
  blocks.push(...notes(r, lang));
  blocks.push({ kind: 'rule' });
  blocks.push({
    kind: 'signature',
    lines: [
      [t.signature, t.date],
      [t.referralMade, t.referralOn],
    ],
  });
  blocks.push({ kind: 'para', spans: [s(r.disclaimer, { em: true })] });
  blocks.push(ids(set, rec, lang));
  return blocks;
}

function header(r: Report, rec: CaseRecord, lang: Lang): Block {
  const t = say(lang).caseFile;
  const rows: [string, string][] = [[t.header.caseCode, rec.caseCode ?? t.none]];
  if (rec.startedAt) rows.push([t.header.started, localStamp(rec.startedAt)]);
  rows.push([t.header.saved, localStamp(rec.savedAt)]);
  rows.push([t.header.screenerLang, t.langNames[lang] ?? lang]);
  rows.push([
    t.header.respondentLang,
    rec.respondentLang ? `${rec.respondentLang.name} (${rec.respondentLang.code})` : t.none,
  ]);
  rows.push([t.header.set, `${r.set.title} (${r.set.id} ${r.set.version})`]);
  rows.push([t.header.tool, `tip-screen ${rec.toolVersion}`]);
  return { kind: 'fields', rows };
}

/** The outcome, the elements and every reason: `heading` names whose assessment it is. */
export function assessment(r: Report, lang: Lang, heading?: string): Block[] {
  const m = say(lang);
  const t = say(lang).caseFile;
  const out: Block[] = [
    { kind: 'heading', level: 2, text: `${heading ?? t.assessment}: ${r.outcomeLabel}` },
    { kind: 'para', spans: [s(r.outcomeText)] },
  ];
  if (r.statuteRule)
    out.push({
      kind: 'para',
      spans: [s(m.decidedByStatute(r.statuteRule.label, r.statuteRule.citation), { strong: true })],
    });
  if (r.ageToBeEstablished) out.push({ kind: 'para', spans: [s(m.ageToBeEstablished, { strong: true })] });
  const waived = r.meansWaived && r.elements.means.status !== 'met';
  out.push({
    kind: 'table',
    head: [t.element, t.status, t.signs],
    rows: ELEMENTS.map((el) => [
      m.element[el],
      el === 'means' && waived ? m.words.notRequired : m.status[r.elements[el].status],
      el === 'means' && waived && r.waiverText
        ? r.waiverText
        : r.elements[el].yes.map((id) => r.labels[id] ?? id).join('; ') || t.none,
    ]),
  });
  out.push({ kind: 'heading', level: 3, text: m.headings.reasons });
  const reasons = r.reasons.map((x) => ({ spans: [s(x.text)], sub: [] }));
  if (r.tierNote) reasons.push({ spans: [s(r.tierNote, { em: true })], sub: [] });
  out.push({ kind: 'list', ordered: false, items: reasons });
  return out;
}

function factValue(set: IndicatorSet, id: string, v: CaseRecord['facts'][string], lang: Lang): string {
  const t = say(lang).caseFile;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return `${v.min}–${v.max}`;
  const option = set.facts.find((f) => f.id === id)?.options?.find((o) => o.id === v);
  return option ? pick(option.label, lang) : (t.answers[v] ?? v);
}

const notesOf = (rec: CaseRecord, key: string): string[] => {
  const n = rec.notes?.[key];
  return n === undefined ? [] : typeof n === 'string' ? [n] : n;
};

/** A question with no answer: never reached, or ruled out by the answers before it. */
function unanswered(rec: CaseRecord, id: string, lang: Lang): Span {
  const t = say(lang).caseFile;
  return s(rec.notApplicable?.includes(id) ? t.notApplicable : t.notAsked, { em: true });
}

function facts(set: IndicatorSet, rec: CaseRecord, lang: Lang): Block[] {
  const t = say(lang).caseFile;
  const items = set.facts.map((f) => {
    const v = rec.facts[f.id];
    const answer =
      v === undefined ? unanswered(rec, f.id, lang) : s(factValue(set, f.id, v, lang), { strong: true });
    return {
      spans: [s(`${pick(f.question, lang)} `), answer],
      sub: notesOf(rec, f.id).map((n) => `${t.note}: ${n}`),
    };
  });
  return [
    { kind: 'heading', level: 2, text: t.facts },
    { kind: 'list', ordered: false, items },
  ];
}

function questions(set: IndicatorSet, rec: CaseRecord, lang: Lang): Block[] {
  const m = say(lang);
  const t = say(lang).caseFile;
  const out: Block[] = [{ kind: 'heading', level: 2, text: t.questions }];
  for (const el of ELEMENTS) {
    const items = set.indicators
      .filter((i) => i.element === el)
      .map((i) => {
        const a = rec.answers[i.id];
        const answer = a === undefined ? unanswered(rec, i.id, lang) : s(t.answers[a] ?? a, { strong: true });
        return {
          spans: [s(`${pick(i.question, lang)} `), answer],
          sub: notesOf(rec, i.id).map((n) => `${t.note}: ${n}`),
        };
      });
    out.push({ kind: 'heading', level: 3, text: m.element[el] }, { kind: 'list', ordered: true, items });
  }
  return out;
}

function stillOpen(r: Report, lang: Lang): Block[] {
  const m = say(lang);
  const t = say(lang).caseFile;
  const named = (ids: string[]) => ids.map((id) => r.labels[id] ?? id).join('; ') || t.none;
  const out: Block[] = [
    { kind: 'heading', level: 2, text: t.open },
    {
      kind: 'list',
      ordered: false,
      items: [
        { spans: [s(`${t.unknown}: `, { strong: true }), s(named(r.unknown))], sub: [] },
        { spans: [s(`${t.declined}: `, { strong: true }), s(named(r.declined))], sub: [t.declinedNote] },
      ],
    },
    { kind: 'heading', level: 3, text: t.ask },
  ];
  if (!r.openQuestions.length) out.push({ kind: 'para', spans: [s(t.nothingOpen)] });
  else
    out.push({
      kind: 'list',
      ordered: true,
      items: r.openQuestions.map((q) => ({
        spans: [
          s(q.question),
          ...(q.raisesTo ? [s(` ${m.wouldRaise} ${m.outcomeLabel[q.raisesTo]}`, { strong: true })] : []),
        ],
        sub: [],
      })),
    });
  return out;
}

/** Legal notes, protection actions and referrals in full, each with its citation or source date. */
function notes(r: Report, lang: Lang): Block[] {
  const m = say(lang);
  const cond = (c: string | null) => (c ? [s(`(${c}) `, { em: true })] : []);
  const cite = (c: string | null) => (c ? [s(` (${c})`, { em: true })] : []);
  const out: Block[] = [];
  const section = (heading: string, items: { spans: Span[]; sub: string[] }[]) => {
    if (items.length)
      out.push({ kind: 'heading', level: 2, text: heading }, { kind: 'list', ordered: false, items });
  };
  section(
    m.headings.legal,
    r.legal.map((l) => ({
      spans: [...cond(l.conditional), s(l.title, { strong: true }), s(`: ${l.text}`), ...cite(l.citation)],
      sub: [],
    })),
  );
  section(
    m.headings.protection,
    r.protection.map((p) => ({ spans: [...cond(p.conditional), s(p.text), ...cite(p.citation)], sub: [] })),
  );
  section(
    m.headings.referrals,
    r.referrals.map((ref) => ({
      spans: [
        ...cond(ref.conditional),
        ...numberIn(ref.contact, ref.name),
        s(` [${ref.dateNote}]`, { em: true }),
        s(`: ${ref.text}`),
      ],
      sub: [],
    })),
  );
  return out;
}

/** A referral's number and name with the number said once and marked: "Women's Emergency Hotline **1366**". */
function numberIn(contact: string, name: string): Span[] {
  const at = name.indexOf(contact);
  if (at < 0 || contact === '') return [s(contact, { strong: true }), s(` ${name}`)];
  return [s(name.slice(0, at)), s(contact, { strong: true }), s(name.slice(at + contact.length))];
}

/** The ids behind the labels, for whoever reads the file with other tools. */
function ids(set: IndicatorSet, rec: CaseRecord, lang: Lang): Block {
  const t = say(lang).caseFile;
  const rows: [string, string][] = [];
  for (const f of set.facts)
    if (rec.facts[f.id] !== undefined) rows.push([pick(f.label, lang) || f.id, f.id]);
  for (const i of set.indicators) rows.push([pick(i.short, lang), i.id]);
  return { kind: 'ids', summary: t.ids, head: [t.item, t.id], rows };
}
