/**
 * The assessment for a terminal: coloured when allowed, wrapped by display width. The summary to
 * read aloud comes first; then the screener's part, kept to about a screen: elements, what is
 * still undecided and why, what to ask next, the legal notes by title, the first protection
 * actions and the numbers to call. `details` prints every reason, note, action and contact in full.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { Report } from '../report/report.js';
import { readAloudLines } from '../report/summary.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { displayWidth, numberAndName, padEnd, wrap, type Style } from './layout.js';
import { firstSentence, REDUNDANT_IN_SHORT } from './report-parts.js';

/** The summary is read aloud from the screen: at most this many lines. */
export const SUMMARY_LINES = 6;
const LIMITS = {
  short: { open: 3, protection: 2, referrals: 5, signs: 4 },
  details: { open: 8, protection: Infinity, referrals: Infinity, signs: Infinity },
};

export interface TextOptions {
  /** Every reason, legal note, protection action and contact in full. */
  details?: boolean;
  /** The flag (or choice) that shows the details, named at the end of the short report. */
  detailsHint?: string;
}

/** The lines being written, and the ways of adding to them. */
interface Page {
  out: string[];
  chalk: Style['chalk'];
  width: number;
  m: Catalogue;
  t: Catalogue['report'];
  details: boolean;
  para: (text: string, indent?: string, first?: string) => void;
  heading: (s: string) => void;
}

export function renderText(r: Report, style: Style, opts: TextOptions = {}): string {
  const { chalk, width } = style;
  const out: string[] = [];
  const page: Page = {
    out,
    chalk,
    width,
    m: say(r.language),
    t: say(r.language).report,
    details: opts.details === true,
    para: (text, indent = '  ', first = indent) =>
      wrap(text, width, indent, first).forEach((l) => out.push(l)),
    heading: (s) => out.push('', chalk.bold(s)),
  };
  const setName = page.details ? `${r.set.id} ${r.set.version}` : r.set.version;
  for (const line of wrap(`${page.m.headings.set}: ${r.set.title} (${setName})`, width, '  ', ''))
    out.push(chalk.dim(line));
  summarySection(page, r);
  outcomeSection(page, r);
  elementsSection(page, r);
  reasonsSection(page, r);
  openSection(page, r);
  notesSections(page, r);
  out.push('');
  if (!page.details && opts.detailsHint) page.para(chalk.dim(page.t.detailsHint(opts.detailsHint)), '', '');
  page.para(chalk.dim(r.disclaimer), '', '');
  return out.join('\n') + '\n';
}

/**
 * The read-aloud summary, fitted to SUMMARY_LINES at this width: the finding, that it is not a
 * legal decision and the next step always; the rights as many as fit, in the set's order.
 */
function summarySection({ out, chalk, width, t, heading }: Page, r: Report): void {
  heading(t.summary.heading);
  const hasNext = r.summary.nextStep !== null;
  const said = (lines: string[]) =>
    fitted(lines, hasNext, width).forEach((line) =>
      wrap(line, width, '    ', '  ').forEach((l) => out.push(chalk.bold(l))),
    );
  said(readAloudLines(r.summary, r.language));
  const theirs = r.respondentSummary;
  if (!theirs) return;
  // The person's own language under the screener's: the same sentences, fitted the same way.
  heading(`${theirs.heading} (${theirs.name})`);
  said(theirs.lines);
  if (theirs.untranslated) out.push(chalk.dim(`  ${t.summary.untranslated(theirs.untranslated)}`));
}

/** The finding, that it is not a legal decision and the next step always; as many rights as fit. */
function fitted(lines: string[], hasNext: boolean, width: number): string[] {
  const fixed = [lines[0]!, lines[1]!];
  const next = hasNext ? [lines[lines.length - 1]!] : [];
  const rights = lines.slice(2, lines.length - next.length);
  const count = (xs: string[]) => xs.reduce((n, x) => n + wrap(x, width, '    ', '  ').length, 0);
  while (rights.length && count([...fixed, ...rights, ...next]) > SUMMARY_LINES) rights.pop();
  return [...fixed, ...rights, ...next];
}

function outcomeSection({ chalk, m, para, heading, details }: Page, r: Report): void {
  const outcomeColour =
    r.outcome === 'victim-likely'
      ? chalk.red.bold
      : r.outcome === 'possible'
        ? chalk.yellow.bold
        : chalk.cyan.bold;
  heading(`${m.headings.outcome}: ${outcomeColour(r.outcomeLabel.toUpperCase())}`);
  if (details) para(r.outcomeText);
  if (r.statuteRule) para(chalk.bold(m.decidedByStatute(r.statuteRule.label, r.statuteRule.citation)));
  if (r.ageToBeEstablished) para(chalk.yellow(m.ageToBeEstablished));
}

function elementsSection({ chalk, m, t, para, heading, details }: Page, r: Report): void {
  heading(m.headings.elements);
  const waived = r.meansWaived && r.elements.means.status !== 'met';
  const statusOf = (el: (typeof ELEMENTS)[number]) => {
    if (el === 'means' && waived) return { text: m.words.notRequired, colour: chalk.green };
    const s = r.elements[el].status;
    return {
      text: m.status[s],
      colour: s === 'met' ? chalk.green : s === 'not-met' ? chalk.dim : chalk.yellow,
    };
  };
  const labelWidth = Math.max(...ELEMENTS.map((e) => displayWidth(m.element[e]))) + 2;
  const statusWidth = Math.max(...ELEMENTS.map((e) => displayWidth(statusOf(e).text))) + 2;
  for (const el of ELEMENTS) {
    const status = statusOf(el);
    const head = `  ${padEnd(m.element[el], labelWidth)}${status.colour(padEnd(status.text, statusWidth))}`;
    // What the status rests on: the signs answered yes, or why means are not required.
    const yes = r.elements[el].yes;
    const shown = details ? yes : yes.slice(0, LIMITS.short.signs);
    const rest =
      el === 'means' && waived && r.waiverText
        ? r.waiverText
        : [
            ...shown.map((id) => r.labels[id] ?? id),
            ...(yes.length > shown.length ? [t.more(yes.length - shown.length)] : []),
          ].join(t.and);
    para(rest, ' '.repeat(2 + labelWidth + statusWidth), head);
  }
}

/** Why: in the short report only what is still open or undecided; in full, every reason. */
function reasonsSection({ chalk, m, para, heading, details }: Page, r: Report): void {
  const reasons = details ? r.reasons : r.reasons.filter((x) => !REDUNDANT_IN_SHORT.has(x.code));
  if (!reasons.length) return;
  heading(m.headings.reasons);
  for (const reason of reasons) para(details ? reason.text : reason.short, '    ', '  - ');
  if (details && r.tierNote) para(chalk.dim(r.tierNote), '    ', '  - ');
}

function openSection({ out, chalk, m, t, para, heading, details }: Page, r: Report): void {
  const max = LIMITS[details ? 'details' : 'short'].open;
  if (r.openQuestions.length) {
    const shown = r.openQuestions.slice(0, max);
    heading(`${m.headings.open}${t.openCount(shown.length, r.openQuestions.length)}`);
    for (const q of shown) {
      const effect = q.raisesTo
        ? `${m.wouldRaise} ${m.outcomeLabel[q.raisesTo]}`
        : q.completes.length
          ? `${m.completes}: ${q.completes.map((e) => m.element[e]).join(', ')}`
          : q.advances.length
            ? `${m.advances}: ${q.advances.map((e) => m.element[e]).join(', ')}`
            : q.waiver
              ? t.decidesWaiver(q.waiver)
              : '';
      const declined = q.state === 'declined' ? chalk.dim(` (${t.declined})`) : '';
      // The short report names the item; the full one gives the question to ask.
      para(`${details ? q.question : q.label}${declined} ${chalk.bold(effect)}`, '    ', '  - ');
    }
  }
  const stillOpen = r.unknown.length + r.declined.length;
  if (stillOpen)
    out.push(chalk.dim(`  ${m.headings.unknown}: ${stillOpen}${t.declinedCount(r.declined.length)}`));
}

/** Legal notes, protections and referrals; an item that only might apply carries its condition. */
function notesSections({ out, chalk, m, t, para, heading, details }: Page, r: Report): void {
  const limits = LIMITS[details ? 'details' : 'short'];
  const ifMark = (c: string | null) => (c ? chalk.yellow(`[${c}] `) : '');
  const cite = (c: string | null | undefined) => (c ? chalk.dim(` (${c})`) : '');
  const more = (n: number) => {
    if (n > 0) out.push(chalk.dim(`    ${t.more(n)}`));
  };
  if (r.legal.length) {
    heading(m.headings.legal);
    for (const l of r.legal)
      para(
        `${ifMark(l.conditional)}${chalk.bold(l.title)}${details ? `: ${l.text}${cite(l.citation)}` : ''}`,
        '    ',
        '  - ',
      );
  }
  if (r.protection.length) {
    heading(m.headings.protection);
    for (const p of r.protection.slice(0, limits.protection))
      para(
        `${ifMark(p.conditional)}${details ? p.text : firstSentence(p.text)}${details ? cite(p.citation) : ''}`,
        '    ',
        '  - ',
      );
    more(r.protection.length - limits.protection);
  }
  if (r.referrals.length) {
    heading(m.headings.referrals);
    const shown = r.referrals.slice(0, limits.referrals);
    for (const ref of shown) {
      const contact = numberAndName(ref.contact, ref.name, (s) => chalk.bold(s));
      const colour = ref.verifyBeforeUse ? chalk.yellow : chalk.dim;
      // The short report gives each number its date; the full one says what the date means.
      const note = details
        ? colour(`[${ref.dateNote}]`)
        : colour(`[${ref.verifyBeforeUse ? t.dateOnly(ref.sourceDate) : ref.dateNote}]`);
      para(`${ifMark(ref.conditional)}${contact} ${note}${details ? `: ${ref.text}` : ''}`, '    ', '  - ');
    }
    more(r.referrals.length - limits.referrals);
    if (!details && shown.some((ref) => ref.verifyBeforeUse)) out.push(chalk.yellow(`  ${t.checkNumbers}`));
  }
}
