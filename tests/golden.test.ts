/**
 * The golden suite: realistic cases in tests/golden/*.yaml, each scored through the CLI as a user
 * would (`score FILE --json`) and checked against the outcome an expert would reach. The files
 * double as worked examples, so their expectations are deliberately explicit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OUTCOMES } from '../src/core/schema.js';
import type { Report } from '../src/report/report.js';
import { runCli, testdir } from './helpers/cli.js';

const GOLDEN_DIR = join(import.meta.dirname, 'golden');
const status = z.enum(['met', 'not-met', 'unknown']);
const ids = z.array(z.string().min(1)).min(1).optional();

/** Strict, so that a misspelt expectation key fails instead of silently checking nothing. */
const goldenSchema = z.strictObject({
  description: z.string().min(20),
  answers: z.strictObject({
    case: z.string().optional(),
    facts: z.record(
      z.string(),
      z.union([z.string(), z.number(), z.strictObject({ min: z.number(), max: z.number() })]),
    ),
    answers: z.record(z.string(), z.enum(['yes', 'no', 'unknown', 'declined'])),
  }),
  expect: z.strictObject({
    outcome: z.enum(OUTCOMES),
    meansWaived: z.boolean().optional(),
    waiverReason: z.string().nullable().optional(),
    /** What decided a victim-likely outcome: a statutory rule or the index rule. */
    decidedBy: z.enum(['statute', 'index']).nullable().optional(),
    statute: z.string().nullable().optional(),
    ageToBeEstablished: z.boolean().optional(),
    /** The first open question (the age, when it is to be established). */
    firstOpenQuestion: z.string().optional(),
    /** Items listed only because their condition is undecided (marked "if ..."). */
    conditionalInclude: ids,
    elements: z.strictObject({ act: status, means: status, purpose: status }).partial().optional(),
    reasonCodes: ids,
    /** Each entry must be covered by some reason (objects partially, arrays as subsets). */
    reasonsInclude: z.array(z.record(z.string(), z.unknown())).min(1).optional(),
    reasonTextIncludes: ids,
    outcomeTextIncludes: ids,
    openQuestionsInclude: z
      .array(
        z.strictObject({
          id: z.string(),
          raisesTo: z.enum(OUTCOMES).nullable(),
          state: z.enum(['unknown', 'declined', 'unanswered']).optional(),
        }),
      )
      .min(1)
      .optional(),
    openQuestionsExclude: ids,
    declinedInclude: ids,
    legalInclude: ids,
    legalExclude: ids,
    protectionInclude: ids,
    protectionExclude: ids,
    referralsInclude: ids,
    referralsExclude: ids,
  }),
});
type Golden = z.infer<typeof goldenSchema>;

/** True when `expected` is found in `actual`: objects by their listed keys, arrays as subsets. */
function covers(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => covers(a, e)));
  if (typeof expected === 'object' && expected !== null)
    return (
      typeof actual === 'object' &&
      actual !== null &&
      Object.entries(expected).every(([k, v]) => covers((actual as Record<string, unknown>)[k], v))
    );
  return Object.is(actual, expected);
}

const files = readdirSync(GOLDEN_DIR)
  .filter((f) => /^\d\d-[a-z0-9-]+\.yaml$/.test(f))
  .sort();

function loadGolden(file: string): Golden {
  const parsed = goldenSchema.safeParse(parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function score(golden: Golden): Promise<{ code: number; stderr: string; report: Report }> {
  const dir = testdir({ 'answers.yaml': stringify(golden.answers) });
  const r = await runCli(['score', join(dir, 'answers.yaml'), '--json']);
  return { code: r.code, stderr: r.stderr, report: (r.stdout ? JSON.parse(r.stdout) : {}) as Report };
}

const idsOf = (items: { id: string }[]) => items.map((x) => x.id);

describe('golden cases', () => {
  it('when the golden folder is read then it holds at least 14 well-formed cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files) expect(() => loadGolden(f)).not.toThrow();
  });

  it.each(files)('when %s is scored then every expectation holds', async (file) => {
    const golden = loadGolden(file);
    const want = golden.expect;
    const { code, stderr, report } = await score(golden);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    expect(report.outcome).toBe(want.outcome);
    if (want.meansWaived !== undefined) expect(report.meansWaived).toBe(want.meansWaived);
    if (want.waiverReason !== undefined) expect(report.waiverReason).toBe(want.waiverReason);
    if (want.decidedBy !== undefined) expect(report.decidedBy).toBe(want.decidedBy);
    if (want.statute !== undefined) expect(report.statute).toBe(want.statute);
    if (want.ageToBeEstablished !== undefined)
      expect(report.ageToBeEstablished).toBe(want.ageToBeEstablished);
    if (want.firstOpenQuestion !== undefined)
      expect(report.openQuestions[0]?.id).toBe(want.firstOpenQuestion);
    const conditional = Object.values(report.conditional).flat();
    for (const id of want.conditionalInclude ?? []) expect(conditional, `conditional ${id}`).toContain(id);
    for (const [el, st] of Object.entries(want.elements ?? {}))
      expect(report.elements[el as keyof Report['elements']].status, `element ${el}`).toBe(st);

    const codes = report.reasons.map((r) => r.code);
    for (const c of want.reasonCodes ?? []) expect(codes).toContain(c);
    for (const r of want.reasonsInclude ?? [])
      expect(
        report.reasons.some((actual) => covers(actual, r)),
        `no reason covers ${JSON.stringify(r)} in ${JSON.stringify(report.reasons)}`,
      ).toBe(true);
    const reasonText = report.reasons.map((r) => r.text).join('\n');
    for (const s of want.reasonTextIncludes ?? []) expect(reasonText).toContain(s);
    for (const s of want.outcomeTextIncludes ?? []) expect(report.outcomeText).toContain(s);

    for (const q of want.openQuestionsInclude ?? [])
      expect(
        report.openQuestions.some((actual) => covers(actual, q)),
        `no open question ${JSON.stringify(q)} in ${JSON.stringify(report.openQuestions.map((x) => [x.id, x.raisesTo, x.state]))}`,
      ).toBe(true);
    const openIds = idsOf(report.openQuestions);
    for (const id of want.openQuestionsExclude ?? []) expect(openIds).not.toContain(id);
    for (const id of want.declinedInclude ?? []) expect(report.declined).toContain(id);

    const lists = [
      ['legal', idsOf(report.legal), want.legalInclude, want.legalExclude],
      ['protection', idsOf(report.protection), want.protectionInclude, want.protectionExclude],
      ['referrals', idsOf(report.referrals), want.referralsInclude, want.referralsExclude],
    ] as const;
    for (const [name, actual, include, exclude] of lists) {
      for (const id of include ?? []) expect(actual, `${name} should list ${id}`).toContain(id);
      for (const id of exclude ?? []) expect(actual, `${name} should not list ${id}`).not.toContain(id);
    }
  });

  it.each(files)('when %s is scored then every cited indicator was answered yes', async (file) => {
    const golden = loadGolden(file);
    const { report } = await score(golden);
    const yes = new Set(
      Object.keys(golden.answers.answers).filter((id) => golden.answers.answers[id] === 'yes'),
    );
    const cited = report.reasons.flatMap((r) => r.indicators);
    for (const id of cited) expect(yes.has(id), `${id} is cited but was not answered yes`).toBe(true);
    for (const el of ['act', 'means', 'purpose'] as const)
      for (const id of report.elements[el].yes) expect(yes.has(id)).toBe(true);
    // A declined answer is kept apart, never turned into a "no".
    const declined = Object.keys(golden.answers.answers).filter(
      (id) => golden.answers.answers[id] === 'declined',
    );
    expect([...report.declined].sort()).toEqual(declined.sort());
  });

  it.each(files)('when %s is scored then no text calls the person "not a victim"', async (file) => {
    const { report } = await score(loadGolden(file));
    const text = JSON.stringify(report);
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toMatch(/not a victim|피해자가 아닙니다|피해자 아님/i);
  });
});
