/** The assessment as Markdown, for a case file. Holds no names: only the case code, if given. */
import { messages } from '../base/i18n.js';
import type { Report } from '../report/report.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { numberAndName } from './layout.js';

const esc = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');
const ifMark = (c: string | null) => (c ? `_(${esc(c)})_ ` : '');

export function renderMarkdown(r: Report, meta: { caseCode?: string; date?: string } = {}): string {
  const m = messages[r.language];
  const ko = r.language === 'ko';
  const lines: string[] = [];
  lines.push(`# ${ko ? '인신매매 피해자 선별 결과' : 'Trafficking screening result'}`, '');
  if (meta.caseCode) lines.push(`- ${ko ? '사례 코드' : 'Case code'}: ${esc(meta.caseCode)}`);
  if (meta.date) lines.push(`- ${ko ? '일자' : 'Date'}: ${meta.date}`);
  lines.push(`- ${m.headings.set}: ${esc(r.set.title)} (\`${r.set.id}\` ${r.set.version})`, '');
  lines.push(`## ${m.headings.outcome}: ${esc(r.outcomeLabel)}`, '', esc(r.outcomeText), '');
  if (r.statuteRule)
    lines.push(`**${esc(m.decidedByStatute(r.statuteRule.label, r.statuteRule.citation))}**`, '');
  if (r.ageToBeEstablished) lines.push(`**${esc(m.ageToBeEstablished)}**`, '');
  if (r.waiverText) lines.push(esc(m.waived(r.waiverText)), '');
  lines.push(
    `## ${m.headings.elements}`,
    '',
    `| ${ko ? '요건' : 'Element'} | ${ko ? '상태' : 'Status'} | ${ko ? "'예' 항목" : 'Answered yes'} |`,
    '|---|---|---|',
  );
  for (const el of ELEMENTS) {
    const e = r.elements[el];
    lines.push(
      `| ${m.element[el]} | ${m.status[e.status]} | ${e.yes.map((id) => `\`${id}\``).join(', ') || '—'} |`,
    );
  }
  lines.push('', `## ${m.headings.reasons}`, '');
  for (const reason of r.reasons) lines.push(`- ${esc(reason.text)} (\`${reason.code}\`)`);
  if (r.tierNote) lines.push(`- _${esc(r.tierNote)}_`);
  if (r.openQuestions.length) {
    lines.push('', `## ${m.headings.open}`, '');
    for (const q of r.openQuestions) {
      const effect = q.raisesTo ? ` → ${m.outcomeLabel[q.raisesTo]}` : '';
      lines.push(`- ${esc(q.question)} (\`${q.id}\`, ${q.state})${effect}`);
    }
  }
  if (r.legal.length) {
    lines.push('', `## ${m.headings.legal}`, '');
    for (const l of r.legal)
      lines.push(
        `- ${ifMark(l.conditional)}**${esc(l.title)}**: ${esc(l.text)}${l.citation ? ` _(${esc(l.citation)})_` : ''}`,
      );
  }
  if (r.protection.length) {
    lines.push('', `## ${m.headings.protection}`, '');
    for (const p of r.protection)
      lines.push(`- ${ifMark(p.conditional)}${esc(p.text)}${p.citation ? ` _(${esc(p.citation)})_` : ''}`);
  }
  if (r.referrals.length) {
    lines.push('', `## ${m.headings.referrals}`, '');
    for (const ref of r.referrals)
      lines.push(
        `- ${ifMark(ref.conditional)}${numberAndName(esc(ref.contact), esc(ref.name), (s) => `**${s}**`)} ${esc(`[${ref.dateNote}]`)}: ${esc(ref.text)}`,
      );
  }
  lines.push('', '---', '', `_${esc(r.disclaimer)}_`, '');
  return lines.join('\n');
}
