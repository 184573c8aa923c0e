/**
 * The acceptance points of the scoring issue, checked directly against the engine with the default
 * set: the child rule at 16, 18 and 30, the purpose threshold reason, all-declined, all-no, and the
 * notes printed for foreign nationals and for children in commercial sex.
 */
import { describe, expect, it } from 'vitest';
import { assess, type ScreeningInput } from '../../src/core/engine.js';
import type { AnswerValue } from '../../src/core/schema.js';
import { buildReport } from '../../src/report/report.js';
import { loadSet } from '../../src/io/load-set.js';

const { set, compiled } = loadSet('nhrck-2016');
const idsWhere = (f: (i: (typeof set.indicators)[number]) => boolean) =>
  set.indicators.filter(f).map((i) => i.id);
const meansIds = idsWhere((i) => i.element === 'means');
const purposeIds = idsWhere((i) => i.element === 'purpose');
const immigrationIds = set.protection.filter((p) => p.category === 'immigration').map((p) => p.id);

const everything = (value: AnswerValue) =>
  Object.fromEntries(set.indicators.map((i) => [i.id, value])) as Record<string, AnswerValue>;

/** Act and purpose shown (1 high + 2 plausible), nothing known about means. */
function exploitedWithMeansUnknown(
  age: number | 'unknown',
  extra: ScreeningInput['facts'] = {},
): ScreeningInput {
  return {
    facts: {
      age,
      disability: 'no',
      foreignNational: 'no',
      exploitedAbroad: 'no',
      sector: 'sex-industry',
      ...extra,
    },
    answers: {
      'nhrck16.act.recruitment': 'yes',
      'nhrck16.act.transport-transfer': 'yes',
      'nhrck16.purpose.forced-sex': 'yes',
      'nhrck16.purpose.isolated-watched': 'yes',
      'nhrck16.purpose.threatened-authorities': 'yes',
      ...Object.fromEntries(meansIds.map((id) => [id, 'unknown' as const])),
    },
  };
}

describe('the child rule (no means needed under 19)', () => {
  it('when a 16-year-old shows act and purpose with means unknown then the outcome is victim-likely', () => {
    const a = assess(compiled, exploitedWithMeansUnknown(16));
    expect(a.outcome).toBe('victim-likely');
    expect(a.meansWaived).toBe(true);
    expect(a.waiverReason).toBe('child');
    expect(a.elements.means.status).toBe('unknown');
    expect(a.reasons).toContainEqual(expect.objectContaining({ code: 'combination.met', waived: true }));
    expect(a.legal).not.toContain('legal.age-18-child');
  });

  it('when the same answers come from a 30-year-old then the outcome is possible and each means item is asked next', () => {
    const a = assess(compiled, exploitedWithMeansUnknown(30));
    expect(a.outcome).toBe('possible');
    expect(a.meansWaived).toBe(false);
    // The three NHRCK means items and the added item on threats through family or exposure.
    expect(meansIds).toHaveLength(4);
    for (const id of meansIds)
      expect(a.openQuestions).toContainEqual(
        expect.objectContaining({ kind: 'indicator', id, raisesTo: 'victim-likely', completes: ['means'] }),
      );
    // Nothing that can only be asked about a child is suggested for an adult.
    expect(a.openQuestions.map((q) => q.id)).not.toContain('nhrck16.purpose.child-approached-online');
  });

  it('when the person is 18 then Korean law still treats them as a child and the age note is printed', () => {
    const a = assess(compiled, exploitedWithMeansUnknown(18));
    expect(a.outcome).toBe('victim-likely');
    expect(a.waiverReason).toBe('child');
    expect(a.legal).toContain('legal.age-18-child');
    expect(a.legal).toContain('legal.no-means-needed');
  });

  it('when the person has just turned 19 then means are needed again', () => {
    const a = assess(compiled, exploitedWithMeansUnknown(19));
    expect(a.outcome).toBe('possible');
    expect(a.meansWaived).toBe(false);
    expect(a.legal).not.toContain('legal.age-18-child');
  });

  it('when the age is unknown but the person appears under 19 then the apparent-minor rule applies', () => {
    const a = assess(compiled, exploitedWithMeansUnknown('unknown', { apparentMinor: 'yes' }));
    expect(a.outcome).toBe('victim-likely');
    expect(a.waiverReason).toBe('apparent-minor');
  });

  it('when a child says nobody forced or tricked them then the outcome is still victim-likely', () => {
    const input = exploitedWithMeansUnknown(15);
    for (const id of meansIds) input.answers![id] = 'no';
    const a = assess(compiled, input);
    expect(a.elements.means.status).toBe('not-met');
    expect(a.outcome).toBe('victim-likely');
  });
});

describe('the purpose threshold (1 high and 2 plausibility items)', () => {
  it('when 1 high and 1 plausible item are yes and every other purpose item is no then the reason names the missing plausibility item', () => {
    const answers: Record<string, AnswerValue> = Object.fromEntries(purposeIds.map((id) => [id, 'no']));
    answers['nhrck16.act.recruitment'] = 'yes';
    answers['nhrck16.means.fraud-deception'] = 'yes';
    answers['nhrck16.purpose.wages-controlled'] = 'yes';
    answers['nhrck16.purpose.excessive-hours'] = 'yes';
    const a = assess(compiled, {
      facts: { age: 38, disability: 'no', foreignNational: 'yes', sector: 'manufacturing' },
      answers,
    });
    expect(a.elements.purpose.status).toBe('not-met');
    expect(a.outcome).toBe('possible');
    const reason = a.reasons.find((r) => r.code === 'element.not-met' && r.element === 'purpose');
    expect(reason).toBeDefined();
    if (reason?.code !== 'element.not-met') return;
    // Read cumulatively, the high item also counts towards the plausibility count: 3 in all.
    expect(reason.thresholds).toEqual([
      expect.objectContaining({
        id: 'purpose-plausible',
        need: 3,
        missing: 1,
        status: 'not-met',
        yes: ['nhrck16.purpose.wages-controlled', 'nhrck16.purpose.excessive-hours'],
        open: [],
      }),
    ]);
    const text = buildReport(a, set, 'en').reasons.find((r) => r.code === 'element.not-met')?.text;
    expect(text).toContain('2 of 3 answered yes');
    expect(text).toContain('1 more needed');
  });

  it('when 3 plausible items but no high item are yes then purpose is not met', () => {
    const answers: Record<string, AnswerValue> = Object.fromEntries(purposeIds.map((id) => [id, 'no']));
    for (const id of idsWhere((i) => i.tier === 'plausible' && i.askWhen === undefined).slice(0, 3))
      answers[id] = 'yes';
    const a = assess(compiled, { facts: { age: 40, disability: 'no' }, answers });
    expect(a.elements.purpose.status).toBe('not-met');
    const reason = a.reasons.find((r) => r.code === 'element.not-met' && r.element === 'purpose');
    expect(reason?.code === 'element.not-met' && reason.thresholds.map((t) => t.id)).toEqual([
      'purpose-high',
    ]);
  });
});

describe('declined and no answers', () => {
  it('when every question is declined then the information is insufficient and nothing counts as no', () => {
    const facts = Object.fromEntries(set.facts.map((f) => [f.id, 'declined']));
    const a = assess(compiled, { facts, answers: everything('declined') });
    expect(a.outcome).toBe('insufficient-information');
    for (const el of ['act', 'means', 'purpose'] as const) expect(a.elements[el].status).toBe('unknown');
    expect(a.declined).toHaveLength(set.indicators.length);
    expect(a.reasons.map((r) => r.code)).toContain('outcome.insufficient');
    expect(a.reasons.map((r) => r.code)).not.toContain('element.not-met');
    const report = buildReport(a, set, 'en');
    expect(report.reasons.find((r) => r.code === 'outcome.insufficient')?.text).toContain(
      'never held against the person',
    );
  });

  it('when every question is answered no and the facts are known then no indicators were found, without ruling trafficking out', () => {
    const a = assess(compiled, {
      facts: {
        age: 29,
        disability: 'no',
        foreignNational: 'no',
        exploitedAbroad: 'no',
        sector: 'manufacturing',
      },
      answers: everything('no'),
    });
    expect(a.outcome).toBe('no-indicators');
    expect(a.openQuestions).toEqual([]);
    expect(a.protection).toEqual([]);
    for (const lang of ['en', 'ko'] as const) {
      const report = buildReport(a, set, lang);
      expect(report.outcomeText).toMatch(
        lang === 'en' ? /does not rule out trafficking/ : /배제하는 것은 아닙니다/,
      );
      expect(JSON.stringify(report)).not.toMatch(/not a victim/i);
    }
  });
});

describe('items asked only in some situations', () => {
  it('when the sector is fishing then the shore-leave item is an open question, and on a farm it is not', () => {
    const shoreLeave = 'nhrck16.purpose.at-sea-no-leave';
    expect(set.indicators.find((i) => i.id === shoreLeave)?.askWhen).toBeDefined();
    const input = (sector: string): ScreeningInput => ({
      facts: { age: 27, disability: 'no', foreignNational: 'yes', sector },
      answers: {
        'nhrck16.act.recruitment': 'yes',
        'nhrck16.means.force-coercion': 'yes',
        'nhrck16.purpose.forced-labour-threat': 'yes',
        'nhrck16.purpose.excessive-hours': 'yes',
      },
    });
    const boat = assess(compiled, input('fishing'));
    expect(boat.unknown).toContain(shoreLeave);
    expect(boat.openQuestions).toContainEqual(
      expect.objectContaining({ id: shoreLeave, raisesTo: 'victim-likely' }),
    );
    const farm = assess(compiled, input('agriculture'));
    expect(farm.unknown).not.toContain(shoreLeave);
    expect(farm.openQuestions.map((q) => q.id)).not.toContain(shoreLeave);
  });
});

describe('notes for particular groups', () => {
  it('when a foreign national is a likely victim then every immigration protection is listed', () => {
    const input = exploitedWithMeansUnknown(26, { foreignNational: 'yes', sector: 'entertainment' });
    input.answers!['nhrck16.means.fraud-deception'] = 'yes';
    const a = assess(compiled, input);
    expect(a.outcome).toBe('victim-likely');
    expect(immigrationIds.length).toBeGreaterThanOrEqual(3);
    for (const id of immigrationIds) expect(a.protection).toContain(id);
    expect(a.legal).toContain('legal.foreign-victim-stay');
    expect(a.referrals).toContain('ref.danuri-1577-1366');
  });

  it('when a Korean national is a likely victim then no immigration protection is listed', () => {
    const input = exploitedWithMeansUnknown(26);
    input.answers!['nhrck16.means.fraud-deception'] = 'yes';
    const a = assess(compiled, input);
    expect(a.outcome).toBe('victim-likely');
    for (const id of immigrationIds) expect(a.protection).not.toContain(id);
    expect(a.legal).not.toContain('legal.foreign-victim-stay');
  });

  it('when a child was used in commercial sex then the child-victim note is printed, and not for an adult', () => {
    const child = assess(compiled, exploitedWithMeansUnknown(15));
    expect(child.legal).toContain('legal.child-prostitution-victim');
    const adult = assess(compiled, exploitedWithMeansUnknown(25));
    expect(adult.legal).not.toContain('legal.child-prostitution-victim');
  });
});
