/**
 * `tip-screen indicators crosswalk`: how each framework's items are derived from the interview
 * questions, and which items no question covers. Any gap fails with CROSSWALK_GAPS (exit 2), so CI
 * catches a framework item that would have to be asked separately.
 */
import type { Command } from 'commander';
import type { Element } from '../../core/schema.js';
import { UserError } from '../../base/errors.js';
import { crosswalkGaps } from '../../frameworks/plan.js';
import { CROSSWALK_FILE, loadCrosswalk } from '../../io/load-crosswalk.js';
import type { Crosswalk } from '../../frameworks/crosswalk-schema.js';
import { cite, pick, type Lang } from '../../base/i18n.js';
import { say } from '../../base/catalogue/index.js';
import { wrap } from '../../render/layout.js';
import type { Ctx } from '../context.js';

export function registerCrosswalk(indicators: Command, ctx: Ctx): void {
  indicators
    .command('crosswalk')
    .description(
      'print how each framework is derived from the interview questions; exit 2 if any item is uncovered',
    )
    .option('--file <crosswalk>', 'crosswalk file to check (default: the built-in indicators/crosswalk.yaml)')
    .option('--json', 'print JSON')
    .action((opts: { file?: string; json?: boolean }, sub: Command) => {
      const cw = loadCrosswalk(opts.file ?? CROSSWALK_FILE, ctx.io.cwd);
      const described = describeCrosswalk(cw);
      if (opts.json) ctx.io.stdout.write(JSON.stringify(described, null, 2) + '\n');
      else ctx.io.stdout.write(crosswalkText(described, ctx.lang(sub), ctx.style().width));
      const gaps = described.gaps;
      if (gaps.length)
        throw new UserError(
          'CROSSWALK_GAPS',
          (lang) => say(lang).cliErrors.CROSSWALK_GAPS.uncovered(gaps.length, cw.primary.set.id),
          {
            problems: gaps.map((g) => ({
              file: cw.file,
              // The English names the element by its id (act, means, purpose), as the set file does.
              message: say('en').cliErrors.CROSSWALK_GAPS.item(g.framework, g.item, g.element),
              ko: say('ko').cliErrors.CROSSWALK_GAPS.item(g.framework, g.item, say('ko').element[g.element]),
            })),
          },
        );
    });
}

interface DescribedItem {
  id: string;
  element: Element;
  from: { id: string; set: string; element: Element | null; countedFor: Element | null }[];
  note: Record<string, string> | null;
  dualUse: { citation: string | Record<string, string>; note: Record<string, string> | null } | null;
  covered: boolean;
}

export function describeCrosswalk(cw: Crosswalk) {
  const primary = cw.primary.set;
  const elementIn = new Map(primary.indicators.map((i) => [i.id, i.element]));
  const gaps = crosswalkGaps(cw);
  const uncovered = new Set(gaps.map((g) => `${g.framework}\u0000${g.item}`));
  return {
    file: cw.file,
    primary: { id: primary.id, questions: primary.indicators.length, facts: primary.facts.map((f) => f.id) },
    facts: Object.fromEntries(cw.factNotes),
    frameworks: [...cw.frameworks.values()].map((f) => {
      const own = new Map(f.loaded.set.indicators.map((i) => [i.id, i.element]));
      const items: DescribedItem[] = f.loaded.set.indicators.map((ind) => {
        const m = f.items.get(ind.id);
        return {
          id: ind.id,
          element: ind.element,
          from: (m?.from ?? []).map((q) => ({
            id: q,
            set: elementIn.has(q) ? primary.id : f.id,
            element: elementIn.get(q) ?? own.get(q) ?? null,
            // The element this question's yes counts for first, where it is not this item's.
            countedFor: f.reuse.get(ind.id)?.get(q)?.usedFor ?? null,
          })),
          note: m?.note ?? null,
          dualUse: m?.dualUse ? { citation: m.dualUse.citation, note: m.dualUse.note ?? null } : null,
          covered: !uncovered.has(`${f.id}\u0000${ind.id}`),
        };
      });
      return {
        id: f.id,
        title: f.loaded.set.title,
        items,
        total: items.length,
        covered: items.filter((i) => i.covered).length,
      };
    }),
    gaps,
  };
}

type Described = ReturnType<typeof describeCrosswalk>;

function crosswalkText(d: Described, lang: Lang, width: number): string {
  const t = say(lang).cliErrors.crosswalk;
  const out: string[] = [
    t.file(d.file),
    t.primary(d.primary.id, d.primary.questions, d.primary.facts.length),
  ];
  for (const [fact, note] of Object.entries(d.facts))
    wrap(`${fact}: ${pick(note, lang)}`, width, '      ', '  ! ').forEach((l) => out.push(l));
  for (const f of d.frameworks) {
    out.push('', `${f.id} - ${pick(f.title, lang)}`, `  ${t.covered(f.covered, f.total)}`);
    for (const item of f.items) {
      const from = item.from.map((q) => {
        const id = q.element && q.element !== item.element ? `${q.id} (${q.element})` : q.id;
        if (!q.countedFor) return id;
        return item.dualUse ? t.alsoCountedFor(id, q.countedFor) : t.countedFor(id, q.countedFor);
      });
      const body = item.covered ? from.join(', ') : t.notCovered;
      const first = item.covered ? '    ' : '  ! ';
      wrap(`${item.id} (${item.element}) <- ${body}`, width, '        ', first).forEach((l) => out.push(l));
      if (item.note) wrap(pick(item.note, lang), width, '        ', '        ').forEach((l) => out.push(l));
      if (item.dualUse) {
        const note = item.dualUse.note ? ` ${pick(item.dualUse.note, lang)}` : '';
        const text = `${t.dualUse}: ${cite(item.dualUse.citation, lang)}.${note}`;
        wrap(text, width, '        ', '        ').forEach((l) => out.push(l));
      }
    }
  }
  out.push('', d.gaps.length === 0 ? t.allCovered : t.gaps(d.gaps.length));
  return out.join('\n') + '\n';
}
