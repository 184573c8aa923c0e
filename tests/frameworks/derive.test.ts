import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessFrameworks } from '../../src/frameworks/assess.js';
import { answersForFramework, combine, deriveFramework } from '../../src/frameworks/derive.js';
import { CROSSWALK_FILE, loadCrosswalk } from '../../src/io/load-crosswalk.js';
import { testdir } from '../helpers/cli.js';

describe('deriving a framework item from the interview', () => {
  it('when any mapped question is yes then the item is yes', () => {
    expect(combine(['no', 'yes', 'declined'])).toBe('yes');
  });

  it('when every mapped question is no then the item is no', () => {
    expect(combine(['no', 'no'])).toBe('no');
  });

  it('when every mapped question was declined then the item is declined', () => {
    expect(combine(['declined', 'declined'])).toBe('declined');
  });

  it('when answers are mixed without a yes then the item is unknown, never no', () => {
    expect(combine(['no', 'unknown'])).toBe('unknown');
    expect(combine(['no', 'declined'])).toBe('unknown');
    expect(combine(['no', undefined])).toBe('unknown');
  });

  it('when no mapped question was answered then the item stays unanswered', () => {
    expect(combine([undefined, undefined])).toBeUndefined();
    expect(combine([])).toBeUndefined();
  });

  it('when an NHRCK purpose answer establishes a kr-2023 means item then it is keyed by the kr-2023 id', () => {
    const answers = answersForFramework(
      'kr-2023',
      {
        'nhrck16.purpose.documents-taken': 'yes',
        'nhrck16.purpose.isolated-watched': 'no',
      },
      { crosswalk: loadCrosswalk() },
    );
    expect(answers['kr23.means.physical-control']).toBe('yes');
    expect(answers['nhrck16.purpose.documents-taken']).toBeUndefined();
  });

  it('when the primary set skips a mapped question then it neither confirms nor blocks the item', () => {
    // at-sea-no-leave is only asked about fishing; for a farm worker it is not applicable.
    const dir = testdir({
      'cw.yaml': [
        'primary: nhrck-2016',
        'frameworks:',
        '  palermo:',
        '    palermo.purpose.slavery-servitude:',
        '      [nhrck16.purpose.cannot-leave, nhrck16.purpose.at-sea-no-leave]',
      ].join('\n'),
    });
    const crosswalk = loadCrosswalk(join(dir, 'cw.yaml'));
    const interview = { 'nhrck16.purpose.cannot-leave': 'no' } as const;
    const farm = answersForFramework('palermo', interview, { facts: { sector: 'agriculture' }, crosswalk });
    expect(farm['palermo.purpose.slavery-servitude']).toBe('no');
    const fishing = answersForFramework('palermo', interview, { facts: { sector: 'fishing' }, crosswalk });
    expect(fishing['palermo.purpose.slavery-servitude']).toBe('unknown');
  });
});

describe('one answer establishing items of two elements', () => {
  const shipped = readFileSync(CROSSWALK_FILE, 'utf8');
  const adult = { age: 41, disability: 'no' };
  // Recruited; pay withheld; every means question answered no; nothing else known.
  const wagesOnly = {
    'nhrck16.act.recruitment': 'yes',
    'nhrck16.means.force-coercion': 'no',
    'nhrck16.means.fraud-deception': 'no',
    'nhrck16.means.other-control': 'no',
    'nhrck16.purpose.wages-controlled': 'yes',
  } as const;
  const debtOnly = {
    ...wagesOnly,
    'nhrck16.purpose.wages-controlled': 'no',
    'nhrck16.purpose.debt-bondage': 'yes',
  } as const;
  const outcome = (cw: ReturnType<typeof loadCrosswalk>, answers: Record<string, 'yes' | 'no'>) =>
    assessFrameworks(['kr-2023'], adult, answers, cw).results[0]!.assessment;

  it('when only withheld pay supports kr-2023 means then it counts for purpose, means stay unknown, and it is not victim-likely', () => {
    const cw = loadCrosswalk();
    const d = deriveFramework(cw, 'kr-2023', adult, wagesOnly);
    expect(d.answers['kr23.purpose.wage-violations']).toBe('yes');
    expect(d.answers['kr23.means.econ.little-or-no-pay']).toBe('unknown');
    expect(d.evidence['kr23.means.econ.little-or-no-pay']).toBeUndefined();
    expect(d.reused).toEqual([
      {
        item: 'kr23.means.econ.little-or-no-pay',
        source: 'nhrck16.purpose.wages-controlled',
        usedFor: 'purpose',
        dualUse: false,
      },
    ]);
    const a = outcome(cw, wagesOnly);
    expect(a.elements.means.status).toBe('unknown');
    expect(a.outcome).not.toBe('victim-likely');
  });

  it('when the crosswalk marks the pay mapping dual-use then the same answer establishes means too', () => {
    const mark = [
      '      dualUse:',
      "        citation: 'test citation: withheld pay under economic control and under wage violations'",
    ].join('\n');
    const text = shipped.replace(
      /( {4}kr23\.means\.econ\.little-or-no-pay:\n {6}from: .*\n {6}note:\n {8}ko: .*\n {8}en: .*\n)/,
      `$1${mark}\n`,
    );
    expect(text).not.toBe(shipped);
    const cw = loadCrosswalk(join(testdir({ 'crosswalk.yaml': text }), 'crosswalk.yaml'));
    const d = deriveFramework(cw, 'kr-2023', adult, wagesOnly);
    expect(d.answers['kr23.means.econ.little-or-no-pay']).toBe('yes');
    expect(d.evidence['kr23.means.econ.little-or-no-pay']).toEqual(['nhrck16.purpose.wages-controlled']);
    expect(d.reused).toEqual([
      {
        item: 'kr23.means.econ.little-or-no-pay',
        source: 'nhrck16.purpose.wages-controlled',
        usedFor: 'purpose',
        dualUse: true,
      },
    ]);
    expect(outcome(cw, wagesOnly).outcome).toBe('victim-likely');
    const fa = assessFrameworks(['nhrck-2016', 'kr-2023'], adult, wagesOnly, cw);
    expect(fa.reuse.map((n) => n.text.en)).toEqual([
      expect.stringContaining('kr-2023 means: rests only on the same answer already counted for purpose'),
    ]);
    expect(fa.reuse[0]!.citations).toEqual([
      'test citation: withheld pay under economic control and under wage violations',
    ]);
  });

  it('when debt bondage is the only answer then the shipped dual-use mark lets it support both means and purpose', () => {
    const cw = loadCrosswalk();
    const d = deriveFramework(cw, 'kr-2023', adult, debtOnly);
    expect(d.answers['kr23.means.econ.debt']).toBe('yes');
    expect(d.answers['kr23.purpose.debt-bondage-labour']).toBe('yes');
    expect(d.reused).toEqual([
      {
        item: 'kr23.means.econ.debt',
        source: 'nhrck16.purpose.debt-bondage',
        usedFor: 'purpose',
        dualUse: true,
      },
    ]);
    expect(outcome(cw, debtOnly).outcome).toBe('victim-likely');
    const note = assessFrameworks(['kr-2023'], adult, debtOnly, cw).reuse[0]!;
    expect(note.text.en).toContain('2023 statutory identification indicators, as revised December 2024');
    // The citation is in the report's language.
    expect(note.text.ko).toContain('2023 법정 식별지표, 2024년 12월 개정');
    expect(note.text.ko).not.toContain('statutory');
  });

  it('when the shared question is answered no or declined then the other item takes that answer as it is', () => {
    const cw = loadCrosswalk();
    for (const v of ['no', 'declined'] as const) {
      const d = deriveFramework(cw, 'kr-2023', adult, { 'nhrck16.purpose.wages-controlled': v });
      expect(d.answers['kr23.means.econ.little-or-no-pay']).toBe(v);
      expect(d.reused).toEqual([]);
    }
  });

  it("when no target is in the question's own element then the first item in file order gets the yes", () => {
    const note = "      note: { ko: '시험용 대응입니다.', en: 'A mapping for this test.' }";
    const dir = testdir({
      'cw.yaml': [
        'primary: nhrck-2016',
        'frameworks:',
        '  kr-2023:',
        '    kr23.purpose.other-exploitation:',
        '      from: [nhrck16.act.harbouring, nhrck16.purpose.cannot-leave]',
        note,
        '    kr23.means.physical-control:',
        '      from: [nhrck16.act.harbouring]',
        note,
      ].join('\n'),
    });
    const cw = loadCrosswalk(join(dir, 'cw.yaml'));
    const d = deriveFramework(cw, 'kr-2023', adult, { 'nhrck16.act.harbouring': 'yes' });
    expect(d.answers['kr23.purpose.other-exploitation']).toBe('yes');
    expect(d.answers['kr23.means.physical-control']).toBe('unknown');
    expect(d.reused).toEqual([
      {
        item: 'kr23.means.physical-control',
        source: 'nhrck16.act.harbouring',
        usedFor: 'purpose',
        dualUse: false,
      },
    ]);
  });
});
