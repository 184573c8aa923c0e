/**
 * The shipped sets name every item in a few words and cite the law in both languages: a Korean
 * report must not fall back to an English citation, and a set without short labels is refused.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSet } from '../../src/io/load-set.js';
import { runCli, testdir } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';

const SETS = ['nhrck-2016', 'kr-2023', 'palermo'];

describe('short labels and citations of the shipped sets', () => {
  it.each(SETS)(
    'when %s is loaded then every indicator has a distinct short label in both languages',
    (id) => {
      const { set } = loadSet(id, process.cwd());
      for (const lang of ['ko', 'en'] as const) {
        const labels = set.indicators.map((i) => i.short[lang]);
        expect(new Set(labels).size).toBe(labels.length);
        for (const label of labels) expect(label.length).toBeLessThanOrEqual(60);
      }
      for (const f of set.facts) expect(f.label?.ko && f.label.en).toBeTruthy();
    },
  );

  it.each(SETS)(
    'when %s is loaded then every rule, note and action cites in Korean without English words',
    (id) => {
      const { set } = loadSet(id, process.cwd());
      const cited = [...set.rules.waiver, ...set.rules.statute, ...set.legal, ...set.protection];
      const citations = cited.map((x) => x.citation).filter((c) => c !== undefined);
      expect(citations.length).toBeGreaterThan(5);
      for (const c of citations) {
        expect(typeof c).toBe('object');
        if (typeof c === 'string') continue;
        expect(c.ko).not.toMatch(/[A-Za-z]{4,}/);
        // A Korean citation reads as one: an article, or a named Korean instrument.
        expect(c.ko).toMatch(/[가-힣]/);
        expect(c.ko).not.toBe(c.en);
      }
    },
  );

  it.each(SETS)('when %s is loaded then each right said to the person is one short sentence', (id) => {
    const { set } = loadSet(id, process.cwd());
    const rights = set.legal.flatMap((l) => (l.right ? [l.right] : []));
    expect(rights.length).toBeGreaterThanOrEqual(3);
    for (const r of rights) {
      expect(r.en).toMatch(/^[A-Z].*\.$/);
      expect(r.ko).toMatch(/다\.$/);
      expect(r.en.length).toBeLessThanOrEqual(80);
    }
  });

  it('when a set has an indicator without a short label then validation names where', async () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/mini-set.yaml'), 'utf8');
    const without = text.replace(/^ {4}short: .*\n/m, '');
    expect(without).not.toBe(text);
    const dir = testdir({ 'set.yaml': without });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/set\.yaml:\d+:\d+/);
    expect(r.stderr + r.stdout).toContain('short');
  });
});
