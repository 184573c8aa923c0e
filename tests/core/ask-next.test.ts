/**
 * Issue 13, item 9: "ask next" fits the situation. Among equally decisive open items, those the
 * sector points to come first (labour items for a fishing vessel, sexual items for the sex
 * industry), and an item the set's skip logic rules out (a child-only item for an adult) is
 * never suggested.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/engine.js';
import { loadSet } from '../../src/io/load-set.js';

const { set, compiled } = loadSet('nhrck-2016');
const tagsOf = (id: string) => set.indicators.find((i) => i.id === id)?.tags ?? [];

/** Recruited and deceived, nothing known about the purpose yet. */
const worker = (sector: string, age = 35) =>
  assess(compiled, {
    facts: { age, sector, foreignNational: 'yes' },
    answers: { 'nhrck16.act.recruitment': 'yes', 'nhrck16.means.fraud-deception': 'yes' },
  });

const firstIndicators = (a: ReturnType<typeof worker>, n: number) =>
  a.openQuestions.filter((q) => q.kind === 'indicator').slice(0, n);

describe('ask next, by the situation given', () => {
  it('when the person worked on a fishing vessel then the first suggestions are labour items, not selling sex', () => {
    const first = firstIndicators(worker('fishing'), 3);
    expect(first.map((q) => q.id)).not.toContain('nhrck16.purpose.forced-sex');
    expect(tagsOf(first[0]!.id).some((t) => ['fishing', 'labour', 'movement'].includes(t))).toBe(true);
  });

  it('when the person worked in the sex industry then a sexual item comes first', () => {
    const [first] = firstIndicators(worker('sex-industry'), 1);
    expect(tagsOf(first!.id)).toContain('sexual');
  });

  it('when the sector is not known then the order is the set order among equals, as before', () => {
    const a = assess(compiled, {
      facts: { age: 35, foreignNational: 'yes' },
      answers: { 'nhrck16.act.recruitment': 'yes', 'nhrck16.means.fraud-deception': 'yes' },
    });
    const purpose = a.openQuestions.filter((q) => q.kind === 'indicator' && q.element === 'purpose');
    const order = purpose.map((q) => set.indicators.findIndex((i) => i.id === q.id));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('when the person is an adult then a child-only item is never suggested; for a child it is', () => {
    const child = 'nhrck16.purpose.child-approached-online';
    for (const sector of ['online', 'sex-industry', 'fishing'])
      expect(worker(sector, 30).openQuestions.map((q) => q.id)).not.toContain(child);
    expect(worker('online', 15).openQuestions.map((q) => q.id)).toContain(child);
  });
});
