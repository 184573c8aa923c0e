import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/core/condition-schema.js';
import {
  F,
  ST,
  T,
  U,
  compileCondition,
  isMonotone,
  type CompileEnv,
  type EvalContext,
} from '../../src/core/condition.js';

const ids = ['a', 'b', 'c', 'd'];
const env: CompileEnv = {
  indicatorIndex: new Map(ids.map((id, i) => [id, i])),
  factIndex: new Map([
    ['age', 0],
    ['sector', 1],
  ]),
  outcomeRank: new Map([['possible', 2]]),
  select: (sel) => ('ids' in sel ? sel.ids.map((id) => ids.indexOf(id)) : [0, 1, 2, 3]),
};

function ctx(tv: number[], facts: (number | string | undefined)[] = [undefined, undefined]): EvalContext {
  const state = tv.map((v) => (v === T ? ST.yes : v === F ? ST.no : ST.unknown));
  return {
    tv: Uint8Array.from(tv),
    state: Uint8Array.from(state),
    facts,
    rules: new Uint8Array(5),
    outcome: -1,
  };
}
const ev = (c: Condition, x: EvalContext) => compileCondition(c, env)(x);

describe('three-valued conditions', () => {
  // prettier-ignore
  const thresholdCases: [number[], number, number][] = [
    // answers (a b c d)  need  expected
    [[T, T, F, F],        2,    T],
    [[T, U, F, F],        2,    U],
    [[T, F, F, F],        2,    F],
    [[U, U, U, U],        1,    U],
    [[F, F, F, F],        1,    F],
  ];
  it.each(thresholdCases)('when answers are %j and %i are needed then atLeast is %i', (tv, need, want) => {
    expect(ev({ atLeast: need, of: { ids } }, ctx(tv))).toBe(want);
  });

  it('when one side of all is false then all is false even if the other is unknown', () => {
    expect(ev({ all: [{ answer: 'a' }, { answer: 'b' }] }, ctx([F, U, U, U]))).toBe(F);
    expect(ev({ all: [{ answer: 'a' }, { answer: 'b' }] }, ctx([T, U, U, U]))).toBe(U);
  });

  it('when one side of any is true then any is true even if the other is unknown', () => {
    expect(ev({ any: [{ answer: 'a' }, { answer: 'b' }] }, ctx([U, T, U, U]))).toBe(T);
    expect(ev({ any: [{ answer: 'a' }, { answer: 'b' }] }, ctx([U, F, U, U]))).toBe(U);
  });

  it('when a fact is unknown then a test on it is unknown, and known:false is true', () => {
    expect(ev({ fact: 'age', lt: 19 }, ctx([U, U, U, U]))).toBe(U);
    expect(ev({ fact: 'age', known: false }, ctx([U, U, U, U]))).toBe(T);
    expect(ev({ fact: 'age', lt: 19 }, ctx([U, U, U, U], [18, undefined]))).toBe(T);
    expect(ev({ fact: 'age', lt: 19 }, ctx([U, U, U, U], [19, undefined]))).toBe(F);
    expect(
      ev({ fact: 'sector', is: ['fishing', 'agriculture'] }, ctx([U, U, U, U], [undefined, 'fishing'])),
    ).toBe(T);
  });

  it('when an answer is tested for an exact state then it is two-valued', () => {
    const x = ctx([U, U, U, U]);
    x.state[0] = ST.declined;
    expect(ev({ answer: 'a', is: ['declined'] }, x)).toBe(T);
    expect(ev({ answer: 'b', is: ['declined'] }, x)).toBe(F);
    expect(ev({ answer: 'b', is: ['unknown'] }, x)).toBe(T);
  });

  it('when not is applied to unknown then it stays unknown', () => {
    expect(ev({ not: { answer: 'a' } }, ctx([U, U, U, U]))).toBe(U);
    expect(ev({ not: { answer: 'a' } }, ctx([T, U, U, U]))).toBe(F);
  });

  it('when an outcome test runs before the outcome is known then it is unknown', () => {
    const x = ctx([U, U, U, U]);
    expect(ev({ outcome: ['possible'] }, x)).toBe(U);
    x.outcome = 2;
    expect(ev({ outcome: ['possible'] }, x)).toBe(T);
  });

  it('when a rule uses negation or exact states then it is not monotone', () => {
    expect(isMonotone({ all: [{ answer: 'a' }, { atLeast: 1, of: { ids: ['b'] } }] })).toBe(true);
    expect(isMonotone({ not: { answer: 'a' } })).toBe(false);
    expect(isMonotone({ answer: 'a', is: ['no'] })).toBe(false);
  });
});
