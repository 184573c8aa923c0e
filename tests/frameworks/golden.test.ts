/**
 * Golden cases for scoring one interview under several frameworks: each file in
 * tests/golden-frameworks holds an interview and what each framework must conclude, and which pairs
 * must disagree and why. They run through the CLI, as a user would call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli, testdir } from '../helpers/cli.js';

interface FrameworkExpect {
  outcome: string;
  meansWaived?: boolean;
  waiverReason?: string | null;
  elements?: Record<string, string>;
  yesInclude?: string[];
  yesExclude?: string[];
  legalInclude?: string[];
  legalExclude?: string[];
  declinedCount?: number;
}
interface Golden {
  description: string;
  frameworks: string[];
  answers: unknown;
  expect: Record<string, FrameworkExpect> & {
    disagreements: { frameworks: [string, string]; reasonCodes: string[]; textIncludes?: string[] }[];
    /** Per framework: the answers reused for an item of a second element, exactly. */
    reused?: Record<string, Reused[]>;
    /** The report's notes on those answers, exactly (without their text; textIncludes checks it). */
    reuse?: (Omit<ReuseNote, 'text' | 'items' | 'citations'> & { textIncludes?: string[] })[];
    /** The elements (or 'waiver') whose status differs between the frameworks, exactly. */
    elementDifferences?: string[];
  };
}
interface Reused {
  item: string;
  source: string;
  usedFor: string;
  dualUse: boolean;
}
interface ReuseNote {
  framework: string;
  element: string;
  usedFor: string;
  sources: string[];
  items: string[];
  dualUse: boolean;
  citations: string[];
  only: boolean;
  text: string;
}
interface Out {
  frameworks: {
    set: { id: string };
    outcome: string;
    meansWaived: boolean;
    waiverReason: string | null;
    elements: Record<string, { status: string; yes: string[] }>;
    legal: { id: string }[];
    declined: string[];
  }[];
  disagreements: { frameworks: string[]; reasons: { code: string; text: string }[] }[];
  reused: Record<string, Reused[]>;
  reuse: ReuseNote[];
  elementDifferences: { element: string }[];
}

const dir = join(import.meta.dirname, '../golden-frameworks');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const goldens = files.map((f) => ({ file: f, g: parse(readFileSync(join(dir, f), 'utf8')) as Golden }));

describe('golden cases under several frameworks', () => {
  it('when the golden cases are counted then every framework has at least three', () => {
    for (const fw of ['nhrck-2016', 'kr-2023', 'palermo'])
      expect(goldens.filter(({ g }) => g.expect[fw] !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  for (const { file, g } of goldens)
    it(`when ${file} is scored then each framework and each disagreement is as expected`, async () => {
      const tmp = testdir({ 'answers.yaml': stringify(g.answers) });
      const r = await runCli([
        'score',
        join(tmp, 'answers.yaml'),
        '--frameworks',
        g.frameworks.join(','),
        '--json',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.toLowerCase()).not.toContain('not a victim');
      const out = JSON.parse(r.stdout) as Out;
      expect(out.frameworks.map((f) => f.set.id)).toEqual(g.frameworks);

      for (const report of out.frameworks) {
        const want = g.expect[report.set.id];
        if (!want) continue;
        const at = `${file} ${report.set.id}`;
        expect(report.outcome, at).toBe(want.outcome);
        if (want.meansWaived !== undefined) expect(report.meansWaived, at).toBe(want.meansWaived);
        if (want.waiverReason !== undefined) expect(report.waiverReason, at).toBe(want.waiverReason);
        for (const [el, status] of Object.entries(want.elements ?? {}))
          expect(report.elements[el]!.status, `${at} ${el}`).toBe(status);
        const yes = Object.values(report.elements).flatMap((e) => e.yes);
        for (const id of want.yesInclude ?? []) expect(yes, at).toContain(id);
        for (const id of want.yesExclude ?? []) expect(yes, at).not.toContain(id);
        const legal = report.legal.map((l) => l.id);
        for (const id of want.legalInclude ?? []) expect(legal, at).toContain(id);
        for (const id of want.legalExclude ?? []) expect(legal, at).not.toContain(id);
        if (want.declinedCount !== undefined) expect(report.declined, at).toHaveLength(want.declinedCount);
      }

      expect(out.disagreements.map((d) => d.frameworks)).toEqual(
        g.expect.disagreements.map((d) => d.frameworks),
      );
      g.expect.disagreements.forEach((want, k) => {
        const got = out.disagreements[k]!;
        expect([...new Set(got.reasons.map((x) => x.code))].sort()).toEqual([...want.reasonCodes].sort());
        const text = got.reasons.map((x) => x.text).join(' ');
        for (const s of want.textIncludes ?? []) expect(text).toContain(s);
      });

      for (const [fw, want] of Object.entries(g.expect.reused ?? {}))
        expect(out.reused[fw], `${file} reused ${fw}`).toEqual(want);
      if (g.expect.reuse) {
        const fields = (n: Omit<ReuseNote, 'text' | 'items' | 'citations'>) => ({
          framework: n.framework,
          element: n.element,
          usedFor: n.usedFor,
          sources: n.sources,
          dualUse: n.dualUse,
          only: n.only,
        });
        expect(out.reuse.map(fields), `${file} reuse`).toEqual(g.expect.reuse.map(fields));
        g.expect.reuse.forEach((want, k) => {
          for (const s of want.textIncludes ?? []) expect(out.reuse[k]!.text).toContain(s);
        });
      }
      // The sentences name items by their labels; the ids are in the fields beside them.
      const sentences = [
        ...out.disagreements.flatMap((d) => d.reasons.map((x) => x.text)),
        ...out.reuse.map((n) => n.text),
      ];
      for (const text of sentences) expect(text, file).not.toMatch(/\b(nhrck16|kr23|palermo)\.[a-z]/);
      if (g.expect.elementDifferences)
        expect(
          out.elementDifferences.map((d) => d.element),
          `${file} element differences`,
        ).toEqual(g.expect.elementDifferences);
    });
});
