/**
 * The problem of a top-level key the set does not know, as explainObject words it (with the
 * closest indicator id), made once for each key: a file whose records all carry the same extra
 * column would otherwise build the same sentences, in two languages, for every record.
 */
import { suggestIndicator } from '../core/check-input.js';
import type { IndicatorSet } from '../core/schema.js';
import { recordProblem, type RecordProblem } from './explain-record.js';

/** Keys whose problem is kept; a file with a different key in every record makes the rest anew. */
const KEPT = 1000;

export class UnknownKeyProblems {
  private readonly kept = new Map<string, RecordProblem>();
  private readonly keptAnswers = new Map<string, RecordProblem>();

  constructor(private readonly set: IndicatorSet) {}

  of(key: string): RecordProblem {
    let p = this.kept.get(key);
    if (p) return p;
    const { set } = this;
    p = {
      ...recordProblem(key, (t) => t.notAField(key, set.id, suggestIndicator(set, key))),
      unknownKey: true,
    };
    if (this.kept.size < KEPT) this.kept.set(key, p);
    return p;
  }

  /**
   * The problem of an answer to an id the set does not have, worded by the general path itself:
   * its message does not depend on the value. (The encoder's id is left changed.)
   */
  answer(key: string, enc: { explain(rec: unknown): RecordProblem[] }): RecordProblem {
    let p = this.keptAnswers.get(key);
    if (p) return p;
    p = enc.explain({ id: 'x', answers: { [key]: null } })[0]!;
    if (this.keptAnswers.size < KEPT) this.keptAnswers.set(key, p);
    return p;
  }
}
