/**
 * Counts the problems of bad records by kind (where in the record, and what), so that a run whose
 * records share a problem (every record carries a column the set does not know, say) ends with
 * one line naming it and how many records have it, rather than leaving the reader to add up
 * thousands of lines of --errors.
 */
import { escapeControls } from '../base/safe-text.js';
import type { Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import type { RecordProblem } from './explain-record.js';

/** A problem is summarised once this many records have it. */
export const REPEATED = 1000;
/** Kinds of problem counted; a run with more (a different key in every record) counts the first. */
const KINDS = 1000;

interface Tally {
  problem: RecordProblem;
  records: number;
}

export class ProblemTally {
  private readonly kinds = new Map<string, Tally>();

  add(problems: readonly RecordProblem[]): void {
    for (const p of problems) {
      const kind = `${p.path}\u0000${p.message}`;
      const t = this.kinds.get(kind);
      if (t) t.records++;
      else if (this.kinds.size < KINDS) this.kinds.set(kind, { problem: p, records: 1 });
    }
  }

  /** One line for each problem at least REPEATED records share, the commonest first. */
  lines(lang: Lang, set: string): string[] {
    const words = say(lang).batchRun;
    return [...this.kinds.values()]
      .filter((t) => t.records >= REPEATED)
      .sort((a, b) => b.records - a.records)
      .map(({ problem: p, records }) => {
        const said = (lang === 'ko' && p.ko) || p.message;
        const text = p.unknownKey
          ? words.unknownKey(p.path, records, set)
          : words.repeatedProblem(records, p.path ? `${p.path}: ${said}` : said);
        return escapeControls(text);
      });
  }
}
