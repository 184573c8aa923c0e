import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/core/schema.js';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';
import { planQuestions } from '../../src/frameworks/plan.js';
import {
  frameworksMode,
  planFrameworkSteps,
  sessionFrameworksReport,
} from '../../src/interview/frameworks.js';
import { planSteps, stepKey } from '../../src/interview/steps.js';
import { loadSet } from '../../src/io/load-set.js';
import { testdir } from '../helpers/cli.js';

const ALL = ['nhrck-2016', 'kr-2023', 'palermo'];
const questionKeys = (steps: ReturnType<typeof planSteps>) =>
  steps.filter((s) => s.kind === 'fact' || s.kind === 'indicator').map(stepKey);

describe('the steps of a frameworks interview', () => {
  it('when all three frameworks are screened then the steps are those of the NHRCK interview, for any answers', () => {
    const mode = frameworksMode(ALL);
    const nhrck = loadSet('nhrck-2016').compiled;
    const cases: { facts: Record<string, string | number>; answers: Record<string, AnswerValue> }[] = [
      { facts: {}, answers: {} },
      { facts: { age: 30, sector: 'agriculture' }, answers: { 'nhrck16.act.recruitment': 'yes' } },
      { facts: { age: 16, sector: 'fishing' }, answers: {} },
    ];
    for (const c of cases)
      expect(questionKeys(planFrameworkSteps(mode, c))).toEqual(questionKeys(planSteps(nhrck, c)));
  });

  it('when a framework item is covered by no interview question then it is asked in its own words after the interview, and scored', () => {
    const dir = testdir({
      'cw.yaml': [
        'primary: nhrck-2016',
        'frameworks:',
        '  palermo:',
        '    palermo.act.recruitment: [nhrck16.act.recruitment]',
        '    palermo.purpose.sexual-exploitation: [nhrck16.purpose.forced-sex]',
      ].join('\n'),
    });
    const cw = loadCrosswalk(join(dir, 'cw.yaml'));
    const mode = frameworksMode(['nhrck-2016', 'palermo'], cw);
    const session = { facts: { age: 30, sector: 'sex-industry' }, answers: {} };
    const keys = questionKeys(planFrameworkSteps(mode, session));
    const own = planQuestions(mode.ids, cw)
      .filter((q) => q.set === 'palermo')
      .map((q) => `indicator:${q.id}`);
    expect(own.length).toBeGreaterThan(0);
    expect(own).toContain('indicator:palermo.means.fraud');
    // Each own item once, after the last NHRCK question.
    const lastPrimary = keys.findLastIndex((k) => k.startsWith('indicator:nhrck16.'));
    const ownAt = own.map((k) => keys.indexOf(k));
    expect(ownAt.every((i) => i > lastPrimary)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);

    // Answered in its own words, it counts for Palermo only.
    const answered = {
      facts: session.facts,
      answers: {
        'nhrck16.act.recruitment': 'yes' as const,
        'nhrck16.purpose.forced-sex': 'yes' as const,
        'palermo.means.fraud': 'yes' as const,
      },
    };
    const fr = sessionFrameworksReport(mode, answered, 'en');
    const palermo = fr.frameworks.find((r) => r.set.id === 'palermo')!;
    expect(palermo.elements.means.status).toBe('met');
    expect(palermo.outcome).toBe('victim-likely');
    expect(fr.frameworks.find((r) => r.set.id === 'nhrck-2016')!.elements.means.status).not.toBe('met');
  });
});
