import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CROSSWALK_FILE } from '../../src/io/load-crosswalk.js';
import { runCli, testdir } from '../helpers/cli.js';

const shipped = readFileSync(CROSSWALK_FILE, 'utf8');

/** The shipped crosswalk, with relative set names still resolving to the built-in sets. */
const variant = (text: string) => join(testdir({ 'crosswalk.yaml': text }), 'crosswalk.yaml');

describe('indicators crosswalk', () => {
  it('when the shipped crosswalk is checked then every framework item is covered and it exits 0', async () => {
    const r = await runCli(['indicators', 'crosswalk', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      gaps: unknown[];
      frameworks: { id: string; total: number; covered: number }[];
    };
    expect(out.gaps).toEqual([]);
    expect(out.frameworks.map((f) => f.id)).toEqual(['kr-2023', 'palermo']);
    for (const f of out.frameworks) expect(f.covered).toBe(f.total);
  });

  it('when printed as text then a question that changes element is shown with its note', async () => {
    const r = await runCli(['indicators', 'crosswalk']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /kr23\.means\.physical-control \(means\) <- nhrck16\.purpose\.documents-taken\s+\(purpose\)/,
    );
    expect(r.stdout).toMatch(/physical\s+control,\s+a\s+means/);
    expect(r.stdout).toContain('Every framework item is covered');
  });

  it('when a framework item is left unmapped then it is flagged and the command exits 2', async () => {
    const file = variant(shipped.replace(/^ {4}palermo\.purpose\.organ-removal:.*\n/m, ''));
    const r = await runCli(['indicators', 'crosswalk', '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('palermo.purpose.organ-removal (purpose) <- NOT COVERED');
    expect(r.stderr).toContain('Crosswalk has gaps');
    expect(r.stderr).toContain('"palermo.purpose.organ-removal"');
  });

  it('when a mapping names a question that does not exist then loading fails at its line', async () => {
    const text = shipped.replace(
      'palermo.purpose.organ-removal: [nhrck16.purpose.organ-removal]',
      'palermo.purpose.organ-removal: [nhrck16.purpose.organ-removl]',
    );
    const r = await runCli(['indicators', 'crosswalk', '--file', variant(text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Crosswalk has errors');
    const line = text.split('\n').findIndex((l) => l.includes('organ-removl')) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`crosswalk\\.yaml:${line}:\\d+: "nhrck16\\.purpose\\.organ-removl" is not a question`),
    );
  });

  it('when a question moves to another element without a note then the crosswalk is refused', async () => {
    const text = shipped.replace(
      /( {4}kr23\.means\.econ\.excessive-fines:\n {6}from: \[nhrck16\.purpose\.fines-deductions\]\n)( {6}note:\n {8}ko: .*\n {8}en: .*\n)/,
      '$1',
    );
    expect(text).not.toBe(shipped);
    const r = await runCli(['indicators', 'crosswalk', '--file', variant(text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'is a purpose question but "kr23.means.econ.excessive-fines" is a means item; add a note',
    );
  });

  describe('a dual-use mark', () => {
    const debt =
      /( {4}kr23\.means\.econ\.debt:\n {6}from: .*\n {6}note:\n {8}ko: .*\n {8}en: .*\n) {6}dualUse:\n {8}citation:\n {10}ko: .*\n {10}en: .*\n/;
    const errorsAt = async (text: string, needle: string) => {
      expect(text).not.toBe(shipped);
      const r = await runCli(['indicators', 'crosswalk', '--file', variant(text)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Crosswalk has errors');
      const line = text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      return { stderr: r.stderr, line };
    };

    it('when the shipped debt-bondage mapping is read then it is dual-use with its citation', () => {
      expect(shipped).toMatch(debt);
    });

    it('when a dual-use mark has no citation then the crosswalk is refused at its line', async () => {
      const text = shipped.replace(debt, "$1      dualUse: { note: { ko: '양쪽', en: 'both' } }\n");
      const { stderr, line } = await errorsAt(text, "dualUse: { note: { ko: '양쪽'");
      expect(stderr).toMatch(new RegExp(`crosswalk\\.yaml:${line}:\\d+: dualUse needs a citation`));
    });

    it('when a dual-use mark sits on an item whose questions count for no other element then it is refused', async () => {
      const text = shipped.replace(
        'kr23.act.harbouring: [nhrck16.act.harbouring]',
        "kr23.act.harbouring:\n      from: [nhrck16.act.harbouring]\n      dualUse: { citation: 'x' }",
      );
      const { stderr, line } = await errorsAt(text, "dualUse: { citation: 'x' }");
      expect(stderr).toMatch(
        new RegExp(
          `crosswalk\\.yaml:${line}:\\d+: dualUse has no effect on "kr23\\.act\\.harbouring": none of its questions`,
        ),
      );
    });

    it('when a dual-use mark sits on the item that already gets the yes then it is refused, naming the other item', async () => {
      const text = shipped.replace(
        'kr23.purpose.wage-violations: [nhrck16.purpose.wages-controlled]',
        "kr23.purpose.wage-violations:\n      from: [nhrck16.purpose.wages-controlled]\n      dualUse: { citation: 'x' }",
      );
      const { stderr, line } = await errorsAt(text, "dualUse: { citation: 'x' }");
      expect(stderr).toMatch(
        new RegExp(
          `crosswalk\\.yaml:${line}:\\d+: dualUse has no effect on "kr23\\.purpose\\.wage-violations"`,
        ),
      );
      expect(stderr).toContain('already counts for purpose');
      expect(stderr).toContain('kr23.means.econ.little-or-no-pay');
    });
  });

  it('when an item id is not in the framework then the crosswalk is refused', async () => {
    const text = shipped.replace('palermo.act.receipt:', 'palermo.act.reciept:');
    const r = await runCli(['indicators', 'crosswalk', '--file', variant(text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"palermo.act.reciept" is not an indicator of set palermo');
  });

  it('when the shipped sets are validated then both new sets load cleanly', async () => {
    const r = await runCli(['indicators', 'validate', 'indicators/kr-2023.yaml', 'indicators/palermo.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok  indicators/kr-2023.yaml');
    expect(r.stdout).toContain('ok  indicators/palermo.yaml');
  });
});
