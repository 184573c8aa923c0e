/** The assessment for a terminal: coloured when allowed, wrapped by display width. */
import { messages, type Messages } from '../base/i18n.js';
import type { Report } from '../report/report.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { displayWidth, numberAndName, padEnd, wrap, type Style } from './layout.js';

const MAX_OPEN = 8;

/** The lines being written, and the ways of adding to them. */
interface Page {
  out: string[];
  chalk: Style['chalk'];
  m: Messages;
  para: (text: string, indent?: string, first?: string) => void;
  heading: (s: string) => void;
}

export function renderText(r: Report, style: Style): string {
  const { chalk, width } = style;
  const out: string[] = [];
  const page: Page = {
    out,
    chalk,
    m: messages[r.language],
    para: (text, indent = '  ', first = indent) =>
      wrap(text, width, indent, first).forEach((l) => out.push(l)),
    heading: (s) => out.push('', chalk.bold(s)),
  };
  outcomeSection(page, r, width);
  elementsSection(page, r);
  page.heading(page.m.headings.reasons);
  for (const reason of r.reasons) page.para(reason.text, '    ', '  - ');
  if (r.tierNote) page.para(chalk.dim(r.tierNote), '    ', '  - ');
  openSection(page, r);
  notesSections(page, r);
  out.push('');
  page.para(chalk.dim(r.disclaimer), '', '');
  return out.join('\n') + '\n';
}

function outcomeSection({ out, chalk, m, para, heading }: Page, r: Report, width: number): void {
  const outcomeColour =
    r.outcome === 'victim-likely'
      ? chalk.red.bold
      : r.outcome === 'possible'
        ? chalk.yellow.bold
        : chalk.cyan.bold;
  for (const line of wrap(
    `${m.headings.set}: ${r.set.title} (${r.set.id} ${r.set.version})`,
    width,
    '  ',
    '',
  ))
    out.push(chalk.dim(line));
  heading(`${m.headings.outcome}: ${outcomeColour(r.outcomeLabel.toUpperCase())}`);
  para(r.outcomeText);
  if (r.statuteRule) para(chalk.bold(m.decidedByStatute(r.statuteRule.label, r.statuteRule.citation)));
  if (r.ageToBeEstablished) para(chalk.yellow(m.ageToBeEstablished));
  if (r.waiverText) para(m.waived(r.waiverText));
}

function elementsSection({ out, chalk, m, para, heading }: Page, r: Report): void {
  heading(m.headings.elements);
  const statusText = (s: 'met' | 'not-met' | 'unknown') => {
    const t = m.status[s];
    return s === 'met' ? chalk.green(t) : s === 'not-met' ? chalk.dim(t) : chalk.yellow(t);
  };
  const labelWidth = Math.max(...ELEMENTS.map((e) => displayWidth(m.element[e]))) + 2;
  for (const el of ELEMENTS) {
    const e = r.elements[el];
    const status =
      el === 'means' && r.meansWaived && e.status !== 'met'
        ? chalk.green(m.waived('').replace(/: $/, ''))
        : statusText(e.status);
    const head = `  ${padEnd(m.element[el], labelWidth)}${status}`;
    // The ids answered yes follow in brackets, wrapped under the status; each word is dimmed on
    // its own so that wrapping (which measures without colour codes) never splits a colour.
    const ids = e.yes.map((id, i) =>
      chalk.dim(`${i === 0 ? '(' : ''}${id}${i < e.yes.length - 1 ? ',' : ')'}`),
    );
    if (ids.length) para(ids.join(' '), ' '.repeat(4 + labelWidth), `${head}  `);
    else out.push(head);
  }
}

function openSection({ out, chalk, m, para, heading }: Page, r: Report): void {
  if (r.openQuestions.length) {
    heading(m.headings.open);
    for (const q of r.openQuestions.slice(0, MAX_OPEN)) {
      const effect = q.raisesTo
        ? `${m.wouldRaise} ${m.outcomeLabel[q.raisesTo]}`
        : q.completes.length
          ? `${m.completes}: ${q.completes.map((e) => m.element[e]).join(', ')}`
          : `${m.advances}: ${q.advances.map((e) => m.element[e]).join(', ')}`;
      para(
        `${q.question} ${chalk.dim(`[${q.id}${q.state === 'declined' ? ', declined' : ''}]`)} ${chalk.bold(effect)}`,
        '    ',
        '  - ',
      );
    }
    if (r.openQuestions.length > MAX_OPEN)
      out.push(chalk.dim(`    ${m.moreUnknown(r.openQuestions.length - MAX_OPEN)}`));
  }
  const stillOpen = r.unknown.length + r.declined.length;
  if (stillOpen)
    para(
      chalk.dim(
        `${m.headings.unknown}: ${stillOpen}${r.declined.length ? ` (declined ${r.declined.length})` : ''}`,
      ),
    );
}

/** Legal notes, protections and referrals; an item that only might apply carries its condition. */
function notesSections({ chalk, m, para, heading }: Page, r: Report): void {
  const ifMark = (c: string | null) => (c ? chalk.yellow(`[${c}] `) : '');
  const cite = (c: string | null | undefined) => (c ? chalk.dim(` (${c})`) : '');
  if (r.legal.length) {
    heading(m.headings.legal);
    for (const l of r.legal)
      para(`${ifMark(l.conditional)}${chalk.bold(l.title)}: ${l.text}${cite(l.citation)}`, '    ', '  - ');
  }
  if (r.protection.length) {
    heading(m.headings.protection);
    for (const p of r.protection)
      para(`${ifMark(p.conditional)}${p.text}${cite(p.citation)}`, '    ', '  - ');
  }
  if (r.referrals.length) {
    heading(m.headings.referrals);
    for (const ref of r.referrals) {
      const note = (ref.verifyBeforeUse ? chalk.yellow : chalk.dim)(`[${ref.dateNote}]`);
      para(
        `${ifMark(ref.conditional)}${numberAndName(ref.contact, ref.name, (s) => chalk.bold(s))} ${note}: ${ref.text}`,
        '    ',
        '  - ',
      );
    }
  }
}
