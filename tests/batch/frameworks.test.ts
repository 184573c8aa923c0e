import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecord } from '../../src/batch/csv.js';
import { FrameworkScorer, frameworksLayout, planFrameworks } from '../../src/batch/frameworks.js';
import { cohensKappa, percentAgreement } from '../../src/report/stats.js';
import { T } from '../../src/core/condition.js';
import { encodeInput, newContext, run as runEngine } from '../../src/core/engine.js';
import { assessFrameworks } from '../../src/frameworks/assess.js';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from './records.js';

const ALL = 'nhrck-2016,kr-2023,palermo';
const IDS = ['nhrck-2016', 'kr-2023', 'palermo'] as const;
type Id = (typeof IDS)[number];

interface FrameworkRow {
  outcome: string;
  elements: { act: string; means: string; purpose: string };
  meansWaived: boolean;
  waiverReason: string | null;
}
interface Row {
  id: string;
  outcome: string;
  waiverReason: string | null;
  frameworks: Record<Id, FrameworkRow>;
}

interface Pair {
  frameworks: [string, string];
  records: number;
  crosstab: Record<string, Record<string, number>>;
  sameOutcome: { count: number; share: number };
  victimLikely: {
    both: number;
    firstOnly: number;
    secondOnly: number;
    neither: number;
    percentAgreement: number | null;
    kappa: number | null;
  };
  disagreements: number;
  reasons: {
    code: string;
    under?: string;
    waiver?: string;
    element?: string;
    other?: string[];
    count: number;
  }[];
}
interface Summary {
  records: { scored: number };
  outcomes: { outcome: string; count: number }[];
  frameworks: {
    primary: string;
    list: {
      id: string;
      outcomes: { outcome: string; count: number }[];
      meansWaived: { count: number; byWaiver: { id: string; count: number }[] };
      validation: { matrix: { tp: number; fp: number; fn: number; tn: number } } | null;
    }[];
    agreement: Pair[];
  } | null;
}

// Hand-built records (NHRCK 2016 questions). Purpose under NHRCK needs 1 high-probability and 2
// plausibility items; under kr-2023 and Palermo one purpose item is enough. Korean law waives
// the means for anyone under 19 and for a person with a disability; Palermo only under 18.
const MEANS_NO = {
  'nhrck16.means.force-coercion': 'no',
  'nhrck16.means.fraud-deception': 'no',
  'nhrck16.means.other-control': 'no',
  'nhrck16.means.threats-family-exposure': 'no',
  // An NHRCK purpose question that also establishes a Palermo means item (abuse of vulnerability).
  'nhrck16.purpose.fees-deposits-loans': 'no',
};
/** 18 years old, act and purpose yes, every means question no. */
const age18 = (id: string) => ({
  id,
  facts: { age: 18, disability: 'no' },
  answers: {
    'nhrck16.act.recruitment': 'yes',
    ...MEANS_NO,
    'nhrck16.purpose.forced-sex': 'yes', // high; kr23 forced prostitution; Palermo sexual exploitation
    'nhrck16.purpose.excessive-hours': 'yes', // plausible
    'nhrck16.purpose.lives-at-workplace': 'yes', // plausible
  },
});
/** 41 years old with a disability, act and purpose yes, every means question no. */
const disability = (id: string) => ({
  id,
  facts: { age: 41, disability: 'yes' },
  answers: {
    'nhrck16.act.recruitment': 'yes',
    ...MEANS_NO,
    'nhrck16.purpose.forced-labour-threat': 'yes', // high; kr23 violence for refusing; Palermo forced labour
    'nhrck16.purpose.excessive-hours': 'yes',
    'nhrck16.purpose.lives-at-workplace': 'yes',
  },
});
/** An adult deceived into forced prostitution: victim likely under all three. */
const adult = (id: string) => ({
  id,
  facts: { age: 30, disability: 'no' },
  answers: {
    'nhrck16.act.recruitment': 'yes',
    'nhrck16.means.fraud-deception': 'yes',
    'nhrck16.purpose.forced-sex': 'yes',
    'nhrck16.purpose.excessive-hours': 'yes',
    'nhrck16.purpose.lives-at-workplace': 'yes',
  },
});
/** Every act question answered no, nothing else: no indicators under all three. */
const none = (id: string) => ({
  id,
  facts: { age: 30 },
  answers: {
    'nhrck16.act.recruitment': 'no',
    'nhrck16.act.transport-transfer': 'no',
    'nhrck16.act.harbouring': 'no',
    'nhrck16.act.receipt-handover': 'no',
  },
});
/**
 * One plausibility purpose item: purpose undecided under NHRCK (possible), met under kr-2023
 * (unwanted work; victim likely), undecided under Palermo, which derives no item from it (possible).
 */
const onePurpose = (id: string) => ({
  id,
  facts: { age: 30, disability: 'no' },
  answers: {
    'nhrck16.act.recruitment': 'yes',
    'nhrck16.means.fraud-deception': 'yes',
    'nhrck16.purpose.work-not-as-promised': 'yes',
  },
});

const lines = (recs: object[]) => recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const parseRows = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);

describe('batch --frameworks', () => {
  it('when an 18-year-old record is scored then both Korean sets say victim likely (child waiver) and Palermo, with means absent, does not', async () => {
    const r = await runCli(['batch', '-', '--frameworks', ALL, '--quiet'], { stdin: lines([age18('a')]) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [row] = parseRows(r.stdout);
    // The record's own fields are the primary set's, as without --frameworks.
    expect(row!.outcome).toBe('victim-likely');
    expect(row!.waiverReason).toBe('child');
    expect(Object.keys(row!.frameworks)).toEqual([...IDS]);
    const korean: FrameworkRow = {
      outcome: 'victim-likely',
      elements: { act: 'met', means: 'not-met', purpose: 'met' },
      meansWaived: true,
      waiverReason: 'child',
    };
    expect(row!.frameworks['nhrck-2016']).toEqual(korean);
    // kr-2023 also derives means items from purpose questions left unanswered: means undecided.
    expect(row!.frameworks['kr-2023']).toEqual({
      ...korean,
      elements: { act: 'met', means: 'unknown', purpose: 'met' },
    });
    expect(row!.frameworks.palermo).toEqual({
      outcome: 'possible',
      elements: { act: 'met', means: 'not-met', purpose: 'met' },
      meansWaived: false,
      waiverReason: null,
    });
  });

  it('when a record of a person with a disability is scored then only the Korean sets waive the means', async () => {
    const r = await runCli(['batch', '-', '--frameworks', ALL, '--quiet'], {
      stdin: lines([disability('d')]),
    });
    expect(r.code).toBe(0);
    const f = parseRows(r.stdout)[0]!.frameworks;
    expect([f['nhrck-2016'].outcome, f['kr-2023'].outcome, f.palermo.outcome]).toEqual([
      'victim-likely',
      'victim-likely',
      'possible',
    ]);
    expect([f['nhrck-2016'].waiverReason, f['kr-2023'].waiverReason, f.palermo.waiverReason]).toEqual([
      'disability',
      'disability',
      null,
    ]);
    expect(f.palermo.elements.means).toBe('not-met');
  });

  it('when the output is CSV then each framework adds its columns, named by their JSONL paths', async () => {
    const dir = testdir({ 'in.jsonl': lines([age18('a'), disability('d')]) });
    const out = join(dir, 'out.csv');
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--frameworks', ALL, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const [head, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n').map(parseCsvRecord);
    const col = (name: string) => {
      const k = head!.indexOf(name);
      expect(k, name).toBeGreaterThanOrEqual(0);
      return rows.map((x) => x[k]);
    };
    expect(head!.slice(0, 9)).toEqual([
      'id',
      'outcome',
      'elements.act',
      'elements.means',
      'elements.purpose',
      'meansWaived',
      'waiverReason',
      'reasons',
      'openQuestions',
    ]);
    expect(head!.length).toBe(9 + 3 * 6);
    expect(col('id')).toEqual(['a', 'd']);
    expect(col('frameworks.nhrck-2016.outcome')).toEqual(['victim-likely', 'victim-likely']);
    expect(col('frameworks.kr-2023.outcome')).toEqual(['victim-likely', 'victim-likely']);
    expect(col('frameworks.palermo.outcome')).toEqual(['possible', 'possible']);
    expect(col('frameworks.kr-2023.waiverReason')).toEqual(['child', 'disability']);
    expect(col('frameworks.palermo.meansWaived')).toEqual(['false', 'false']);
    expect(col('frameworks.palermo.waiverReason')).toEqual(['', '']);
    expect(col('frameworks.palermo.elements.means')).toEqual(['not-met', 'not-met']);
  });

  it('when --set and --frameworks are both given then it is a usage error', async () => {
    const r = await runCli(['batch', '-', '--set', 'nhrck-2016', '--frameworks', ALL], {
      stdin: lines([age18('a')]),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Use either --set or --frameworks, not both');
    expect(r.stdout).toBe('');
  });

  it('when a framework is not in the crosswalk then it is a usage error naming the known ones', async () => {
    const r = await runCli(['batch', '-', '--frameworks', 'nhrck-2016,ilo'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ilo" is not a framework');
  });

  describe('the agreement table for nine hand-built records', () => {
    // 2 x age 18, 1 x disability, 3 x adult, 2 x none, 1 x one purpose item. By hand:
    //   nhrck-2016: victim likely 6 (18, 18, disability, 3 adults), possible 1 (one purpose), none 2
    //   kr-2023:    victim likely 7 (the same and one purpose), none 2
    //   palermo:    victim likely 3 (adults), possible 4 (18, 18, disability, one purpose), none 2
    const recs = [
      age18('a1'),
      age18('a2'),
      disability('d1'),
      adult('v1'),
      adult('v2'),
      adult('v3'),
      none('n1'),
      none('n2'),
      onePurpose('p1'),
    ];
    const label = (id: string) => (id.startsWith('n') || id.startsWith('p') ? 'non-victim' : 'victim');

    async function run(): Promise<{ s: Summary; stderr: string; html: string }> {
      const dir = testdir({
        'in.jsonl': lines(recs.map((r) => ({ ...r, status: label(r.id) }))),
      });
      const r = await runCli([
        'batch',
        join(dir, 'in.jsonl'),
        '--frameworks',
        ALL,
        '--label',
        'status',
        '--out',
        join(dir, 'out.jsonl'),
        '--summary',
        join(dir, 's.json'),
        '--report',
        join(dir, 'r.html'),
      ]);
      expect(r.code).toBe(0);
      return {
        s: JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Summary,
        stderr: r.stderr,
        html: readFileSync(join(dir, 'r.html'), 'utf8'),
      };
    }

    it('then the outcomes are counted per framework', async () => {
      const { s } = await run();
      const counts = (id: string) =>
        Object.fromEntries(
          s.frameworks!.list.find((f) => f.id === id)!.outcomes.map((o) => [o.outcome, o.count]),
        );
      expect(s.frameworks!.primary).toBe('nhrck-2016');
      expect(counts('nhrck-2016')).toEqual({
        'victim-likely': 6,
        possible: 1,
        'insufficient-information': 0,
        'no-indicators': 2,
      });
      expect(counts('kr-2023')).toEqual({
        'victim-likely': 7,
        possible: 0,
        'insufficient-information': 0,
        'no-indicators': 2,
      });
      expect(counts('palermo')).toEqual({
        'victim-likely': 3,
        possible: 4,
        'insufficient-information': 0,
        'no-indicators': 2,
      });
      const waived = (id: string) =>
        s.frameworks!.list.find((f) => f.id === id)!.meansWaived.byWaiver.filter((w) => w.count > 0);
      expect(waived('kr-2023')).toEqual([
        { id: 'child', count: 2 },
        { id: 'disability', count: 1 },
      ]);
      expect(waived('palermo')).toEqual([]);
    });

    it('then each pair has its cross-tab, percent agreement and kappa as computed by hand', async () => {
      const { s } = await run();
      const pairs = s.frameworks!.agreement;
      expect(pairs.map((p) => p.frameworks.join('/'))).toEqual([
        'nhrck-2016/kr-2023',
        'nhrck-2016/palermo',
        'kr-2023/palermo',
      ]);
      const [nk, np, kp] = pairs as [Pair, Pair, Pair];

      // nhrck-2016 / kr-2023: both 6, kr-2023 only 1 (one purpose), neither 2.
      // po = 8/9; pe = 6/9 * 7/9 + 3/9 * 2/9 = 48/81; kappa = (72 - 48) / (81 - 48) = 24/33.
      expect(nk.records).toBe(9);
      expect(nk.crosstab['victim-likely']!['victim-likely']).toBe(6);
      expect(nk.crosstab.possible!['victim-likely']).toBe(1);
      expect(nk.crosstab['no-indicators']!['no-indicators']).toBe(2);
      expect(nk.sameOutcome).toEqual({ count: 8, share: 8 / 9 });
      expect(nk.victimLikely).toMatchObject({ both: 6, firstOnly: 0, secondOnly: 1, neither: 2 });
      expect(nk.victimLikely.percentAgreement).toBeCloseTo(8 / 9, 12);
      expect(nk.victimLikely.kappa).toBeCloseTo(24 / 33, 12);
      expect(nk.disagreements).toBe(1);
      expect(nk.reasons).toEqual([{ code: 'element', element: 'purpose', count: 1 }]);

      // nhrck-2016 / palermo: both 3, nhrck-2016 only 3 (18, 18, disability), neither 3.
      // po = 6/9; pe = 6/9 * 3/9 + 3/9 * 6/9 = 36/81; kappa = (54 - 36) / (81 - 36) = 0.4.
      expect(np.crosstab['victim-likely']!.possible).toBe(3);
      expect(np.crosstab.possible!.possible).toBe(1);
      expect(np.sameOutcome.count).toBe(6);
      expect(np.victimLikely).toMatchObject({ both: 3, firstOnly: 3, secondOnly: 0, neither: 3 });
      expect(np.victimLikely.percentAgreement).toBeCloseTo(6 / 9, 12);
      expect(np.victimLikely.kappa).toBeCloseTo(0.4, 12);
      expect(np.reasons).toEqual([
        { code: 'waiver', under: 'nhrck-2016', waiver: 'child', other: ['child'], count: 2 },
        { code: 'waiver', under: 'nhrck-2016', waiver: 'disability', other: [], count: 1 },
      ]);

      // kr-2023 / palermo: both 3, kr-2023 only 4, neither 2.
      // po = 5/9; pe = 7/9 * 3/9 + 2/9 * 6/9 = 33/81; kappa = (45 - 33) / (81 - 33) = 0.25.
      expect(kp.crosstab['victim-likely']!.possible).toBe(4);
      expect(kp.victimLikely).toMatchObject({ both: 3, firstOnly: 4, secondOnly: 0, neither: 2 });
      expect(kp.victimLikely.kappa).toBeCloseTo(0.25, 12);
      expect(kp.disagreements).toBe(4);
      expect(kp.reasons).toEqual([
        { code: 'waiver', under: 'kr-2023', waiver: 'child', other: ['child'], count: 2 },
        { code: 'waiver', under: 'kr-2023', waiver: 'disability', other: [], count: 1 },
        { code: 'element', element: 'purpose', count: 1 },
      ]);
    });

    it('then --label gives the confusion matrix per framework', async () => {
      const { s } = await run();
      const m = (id: string) => s.frameworks!.list.find((f) => f.id === id)!.validation!.matrix;
      // Victims: 18, 18, disability, 3 adults; non-victims: 2 none, one purpose.
      expect(m('nhrck-2016')).toEqual({ tp: 6, fp: 0, fn: 0, tn: 3 });
      expect(m('kr-2023')).toEqual({ tp: 6, fp: 1, fn: 0, tn: 2 });
      expect(m('palermo')).toEqual({ tp: 3, fp: 0, fn: 3, tn: 3 });
    });

    it('then the terminal summary and the HTML report show the agreement table and the reasons', async () => {
      const { stderr, html } = await run();
      expect(stderr).toContain('Agreement between frameworks');
      expect(stderr).toMatch(/nhrck-2016\/palermo +66\.7% +66\.7% +0\.400 +3 +3 +0 +3/);
      expect(stderr).toMatch(/kr-2023\/palermo +55\.6% +55\.6% +0\.250 +3 +4 +0 +2/);
      // Reasons wrap at the terminal width: compare with the line breaks folded.
      const folded = stderr.replace(/\s+/g, ' ');
      expect(folded).toContain(
        'means not required under nhrck-2016 only: child or youth under 19 (age < 19 or age when it began < 19); palermo: child under 18 (age < 18 or age when it began < 18)',
      );
      expect(folded).toContain(
        'means not required under kr-2023 only: person with a disability (disability = yes); palermo has no such exception',
      );
      expect(stderr).toContain('Against the reference label "status", per framework');
      const text = html.replace(/\s+/g, ' ');
      expect(text).toContain('Agreement between frameworks');
      expect(text).toContain('<td>nhrck-2016 / palermo</td><td>66.7%</td><td>66.7%</td><td>0.400</td>');
      expect(text).not.toMatch(/<script/i);
    });
  });

  it('when synthetic records are scored then every framework result equals assessFrameworks, and the reasons equal findDisagreements', async () => {
    const recs = records(400, 23);
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--frameworks',
      ALL,
      '--out',
      join(dir, 'out.jsonl'),
      '--summary',
      join(dir, 's.json'),
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const rows = parseRows(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    const s = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Summary;
    const cw = loadCrosswalk();
    const reasons = new Map<string, number>();
    const bump = (key: string) => reasons.set(key, (reasons.get(key) ?? 0) + 1);
    recs.forEach((rec, k) => {
      const fa = assessFrameworks([...IDS], rec.facts, rec.answers as Record<string, 'yes'>, cw);
      for (const res of fa.results) {
        const a = res.assessment;
        expect(rows[k]!.frameworks[res.id as Id], `${rec.id} ${res.id}`).toEqual({
          outcome: a.outcome,
          elements: {
            act: a.elements.act.status,
            means: a.elements.means.status,
            purpose: a.elements.purpose.status,
          },
          meansWaived: a.meansWaived,
          waiverReason: a.waiverReason,
        });
      }
      for (const d of fa.disagreements) {
        const pair = d.frameworks.join('/');
        let explained = false;
        for (const x of d.reasons)
          if (x.code === 'waiver') {
            const under = x.waivers[0] !== null ? d.frameworks[0] : d.frameworks[1];
            bump(`${pair} waiver ${under} ${x.waivers[0] ?? x.waivers[1]}`);
            explained = true;
          } else if (x.code === 'element') {
            bump(`${pair} element ${x.element}`);
            explained = true;
          }
        if (!explained) bump(`${pair} other`);
      }
    });
    const got = new Map<string, number>();
    for (const p of s.frameworks!.agreement)
      for (const x of p.reasons) {
        const pair = p.frameworks.join('/');
        got.set(
          x.code === 'waiver'
            ? `${pair} waiver ${x.under} ${x.waiver}`
            : x.code === 'element'
              ? `${pair} element ${x.element}`
              : `${pair} other`,
          x.count,
        );
      }
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(reasons));
    expect(reasons.size).toBeGreaterThan(3);
  });
});

describe('deriving a framework in the batch buffers', () => {
  it('when a mapped question is one the primary set skips then it is left out, as deriveFramework leaves it out', () => {
    // No shipped mapping reads a question with a skip condition, so one is added here: unwanted
    // work also from the club-quota question, which NHRCK asks only in entertainment, sex
    // industry and service work.
    const base = loadCrosswalk();
    const kr = base.frameworks.get('kr-2023')!;
    const items = new Map(kr.items).set('kr23.purpose.unwanted-work', {
      from: ['nhrck16.purpose.work-not-as-promised', 'nhrck16.purpose.club-quotas'],
      note: undefined,
      dualUse: undefined,
    });
    const cw = { ...base, frameworks: new Map(base.frameworks).set('kr-2023', { ...kr, items }) };
    const plans = planFrameworks(cw, ['kr-2023', 'palermo']);
    const cs = cw.primary.compiled;
    const derived = (sector: string, quota: 'no' | 'unknown' | undefined) => {
      const facts = { age: 30, sector };
      const answers = {
        'nhrck16.act.recruitment': 'yes',
        // Every question a kr-2023 purpose item is derived from, no.
        'nhrck16.purpose.forced-sex': 'no',
        'nhrck16.purpose.sexual-images': 'no',
        'nhrck16.purpose.work-not-as-promised': 'no',
        'nhrck16.purpose.forced-labour-threat': 'no',
        'nhrck16.purpose.wages-controlled': 'no',
        'nhrck16.purpose.debt-bondage': 'no',
        'nhrck16.purpose.organ-removal': 'no',
        'nhrck16.purpose.cannot-leave': 'no',
        ...(quota ? { 'nhrck16.purpose.club-quotas': quota } : {}),
      } as const;
      const { state, facts: encoded } = encodeInput(cs, { facts, answers });
      const ctx = newContext(state, encoded);
      const rank = runEngine(cs, ctx);
      const waiver = cs.waivers.findIndex((w) => w(ctx) === T);
      const layout = frameworksLayout(plans);
      const text = new FrameworkScorer(plans, false).score(ctx, rank, waiver, 0, layout.empty());
      const got = (JSON.parse(`{${text.slice(1)}}`) as { frameworks: Record<string, FrameworkRow> })
        .frameworks;
      const want = assessFrameworks(['kr-2023', 'palermo'], facts, answers, cw);
      return { got, want };
    };
    // Fishing: the quota question is skipped, so unwanted work rests on the one "no": purpose not met.
    // Sex industry: it is asked and unanswered, so unwanted work is unknown: purpose undecided.
    for (const [sector, quota, purpose] of [
      ['fishing', undefined, 'not-met'],
      ['sex-industry', undefined, 'unknown'],
      ['fishing', 'unknown', 'unknown'],
      ['sex-industry', 'no', 'not-met'],
    ] as const) {
      const { got, want } = derived(sector, quota);
      const kr23 = want.results.find((x) => x.id === 'kr-2023')!;
      expect(kr23.answers['kr23.purpose.unwanted-work'], sector).toBe(
        purpose === 'not-met' ? 'no' : 'unknown',
      );
      expect(got['kr-2023']!.elements.purpose, `${sector} ${quota}`).toBe(purpose);
      for (const res of want.results)
        expect(got[res.id]!.outcome, `${sector} ${quota} ${res.id}`).toBe(res.assessment.outcome);
    }
  });
});

describe('Cohen kappa', () => {
  it('when two raters agree on 20 + 15 of 50 records then kappa is 0.4', () => {
    // 50 records: both yes 20, first only 5, second only 10, both no 15. po = 0.7;
    // pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4.
    const t = { both: 20, firstOnly: 5, secondOnly: 10, neither: 15 };
    expect(percentAgreement(t)).toBeCloseTo(0.7, 12);
    expect(cohensKappa(t)).toBeCloseTo(0.4, 12);
  });

  it('when both raters say the same one thing of every record then kappa is undefined', () => {
    expect(cohensKappa({ both: 0, firstOnly: 0, secondOnly: 0, neither: 9 })).toBeNull();
    expect(cohensKappa({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 })).toBeNull();
    expect(percentAgreement({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 })).toBeNull();
  });
});

// Worker threads load the compiled worker, so this runs the built CLI, which vitest builds from the
// current sources before any test runs (tests/helpers/build-dist.ts).
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/tip-screen.js');

describe('batch --frameworks --jobs 2', () => {
  it('when --jobs 2 scores in frameworks mode then rows and summary equal one job, in input order', () => {
    expect(
      existsSync(join(root, 'dist/batch/worker.js')),
      'dist/batch/worker.js is missing after the build',
    ).toBe(true);
    // Several chunks, so that both workers get some and may finish out of order.
    const recs = records(5000, 5);
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const run = (jobs: string, name: string) =>
      spawnSync(
        process.execPath,
        [
          bin,
          'batch',
          join(dir, 'in.jsonl'),
          '--frameworks',
          ALL,
          '--out',
          join(dir, `${name}.jsonl`),
          '--summary',
          join(dir, `${name}.json`),
          '--quiet',
          '--jobs',
          jobs,
        ],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } },
      );
    const one = run('1', 'one');
    const two = run('2', 'two');
    expect([one.status, two.status], two.stderr).toEqual([0, 0]);
    const a = readFileSync(join(dir, 'one.jsonl'), 'utf8');
    const b = readFileSync(join(dir, 'two.jsonl'), 'utf8');
    expect(b).toBe(a);
    const rows = parseRows(b);
    expect(rows.map((x) => x.id)).toEqual(recs.map((x) => x.id));
    expect(rows.every((x) => Object.keys(x.frameworks).join() === IDS.join())).toBe(true);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    const s = JSON.parse(readFileSync(join(dir, 'two.json'), 'utf8')) as Summary;
    expect(s.frameworks!.agreement.every((p) => p.records === 5000)).toBe(true);
  });
});
