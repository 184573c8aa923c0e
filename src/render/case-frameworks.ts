/**
 * What a case file adds for a screening scored under several frameworks: the comparison table,
 * where and why they disagree, and each other framework's assessment. The questions, answers and
 * notes are those of the primary set, written once.
 */
import { assessment, type Block } from '../report/case-file.js';
import type { FrameworksReport } from '../report/frameworks.js';
import { agreement, rows } from './frameworks.js';
import { say } from '../base/catalogue/index.js';

export function frameworksBlocks(fr: FrameworksReport): Block[] {
  const w = say(fr.language).frameworks.table;
  const m = say(fr.language);
  const table = rows(fr, fr.language);
  const out: Block[] = [
    { kind: 'heading', level: 2, text: w.title(fr.primary) },
    { kind: 'table', head: table[0]!.map((c, i) => (i === 0 ? '' : c)), rows: table.slice(1) },
    { kind: 'heading', level: 3, text: w.disagree },
  ];
  const same = agreement(fr);
  if (same)
    out.push(
      { kind: 'para', spans: [{ text: same.head }] },
      ...(same.differences.length
        ? [
            {
              kind: 'list' as const,
              ordered: false,
              items: same.differences.map((d) => ({ spans: [{ text: d }], sub: [] })),
            },
          ]
        : []),
    );
  if (fr.disagreements.length)
    out.push({
      kind: 'list',
      ordered: false,
      items: fr.disagreements.map((d) => ({
        spans: [
          {
            text: `${d.frameworks[0]} / ${d.frameworks[1]}: ${m.outcomeLabel[d.outcomes[0]]} / ${m.outcomeLabel[d.outcomes[1]]}`,
            strong: true,
          },
        ],
        sub: d.reasons.map((r) => r.text),
      })),
    });
  if (fr.reuse.length)
    out.push(
      { kind: 'heading', level: 3, text: w.reuse },
      { kind: 'list', ordered: false, items: fr.reuse.map((n) => ({ spans: [{ text: n.text }], sub: [] })) },
    );
  for (const r of fr.frameworks.filter((x) => x.set.id !== fr.primary))
    out.push(...assessment(r, fr.language, r.set.title));
  return out;
}
