import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';
import { crosswalkGaps, planQuestions, sharedFacts } from '../../src/frameworks/plan.js';
import { loadSet } from '../../src/io/load-set.js';
import { testdir } from '../helpers/cli.js';

const ALL = ['nhrck-2016', 'kr-2023', 'palermo'];

describe('planQuestions', () => {
  it('when all three frameworks are screened then no more is asked than the largest set plus the shared facts', () => {
    const plan = planQuestions(ALL, loadCrosswalk());
    const largest = Math.max(...ALL.map((id) => loadSet(id).set.indicators.length));
    const facts = sharedFacts(loadCrosswalk(), ALL);
    expect(plan.length).toBeLessThanOrEqual(largest + facts.length);
    // Each fact and each question once, the facts first, then the primary set's questions.
    expect(new Set(plan.map((q) => `${q.kind}:${q.id}`)).size).toBe(plan.length);
    expect(plan.slice(0, facts.length).every((q) => q.kind === 'fact')).toBe(true);
    expect(plan.filter((q) => q.kind === 'indicator').every((q) => q.set === 'nhrck-2016')).toBe(true);
  });

  it('when every framework is screened then the shared facts are asked once, not once per set', () => {
    const plan = planQuestions(ALL, loadCrosswalk());
    const separately = ALL.reduce((n, id) => n + loadSet(id).set.facts.length, 0);
    expect(plan.filter((q) => q.kind === 'fact').length).toBeLessThan(separately);
  });

  it('when only palermo is screened then only the interview questions it reads are asked', () => {
    const plan = planQuestions(['palermo'], loadCrosswalk()).filter((q) => q.kind === 'indicator');
    const cw = loadCrosswalk();
    const read = new Set([...cw.frameworks.get('palermo')!.items.values()].flatMap((m) => m.from));
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.length).toBeLessThan(loadSet('nhrck-2016').set.indicators.length);
    for (const q of plan) expect(read.has(q.id)).toBe(true);
  });

  it('when a framework item has no mapping then it is a gap and asked in its own words after the interview', () => {
    const dir = testdir({
      'cw.yaml': [
        'primary: nhrck-2016',
        'frameworks:',
        '  palermo:',
        '    palermo.act.recruitment: [nhrck16.act.recruitment]',
        '    palermo.means.fraud: [palermo.means.fraud]',
      ].join('\n'),
    });
    const cw = loadCrosswalk(join(dir, 'cw.yaml'));
    const gaps = crosswalkGaps(cw);
    expect(gaps.map((g) => g.item)).not.toContain('palermo.act.recruitment');
    // Mapped only to itself still counts as uncovered: no interview question establishes it.
    expect(gaps.map((g) => g.item)).toContain('palermo.means.fraud');
    expect(gaps).toHaveLength(14);
    const plan = planQuestions(['nhrck-2016', 'palermo'], cw);
    const own = plan.filter((q) => q.set === 'palermo');
    expect(own).toHaveLength(14);
    expect(plan.indexOf(own[0]!)).toBeGreaterThan(plan.findLastIndex((q) => q.set === 'nhrck-2016'));
  });
});
