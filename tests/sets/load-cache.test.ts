import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';
import { loadSet } from '../../src/io/load-set.js';
import { testdir } from '../helpers/cli.js';

const mini = readFileSync('tests/fixtures/mini-set.yaml', 'utf8');
const overlay = (title: string) =>
  `extends: ./base.yaml\nid: mini-overlay\nversion: '2'\ntitle: { ko: 덧씌움, en: ${title} }\n`;

/** Rewrites a file with a modification time clearly later than the one read. */
function rewrite(file: string, text: string, secondsLater: number): void {
  writeFileSync(file, text);
  const t = Date.now() / 1000 + secondsLater;
  utimesSync(file, t, t);
}

describe('sets and crosswalks read once per process', () => {
  it('serves a set from memory while its file is unchanged', () => {
    const dir = testdir({ 'set.yaml': mini });
    expect(loadSet('./set.yaml', dir)).toBe(loadSet(join(dir, 'set.yaml')));
  });

  it('reads a set again when its file changed on disk', () => {
    const dir = testdir({ 'set.yaml': mini });
    const before = loadSet('./set.yaml', dir);
    rewrite(join(dir, 'set.yaml'), mini.replace('en: Mini set', 'en: Mini set edited'), 10);
    const after = loadSet('./set.yaml', dir);
    expect(after).not.toBe(before);
    expect(after.set.title.en).toBe('Mini set edited');
  });

  it('reads an overlay again when the set it extends changed', () => {
    const dir = testdir({ 'base.yaml': mini, 'overlay.yaml': overlay('Overlay') });
    const before = loadSet('./overlay.yaml', dir);
    const first = before.set.indicators[0]!;
    rewrite(join(dir, 'base.yaml'), mini.replace(first.question.en, 'Edited question?'), 10);
    const after = loadSet('./overlay.yaml', dir);
    expect(after).not.toBe(before);
    expect(after.set.indicators[0]!.question.en).toBe('Edited question?');
  });

  it('reads a crosswalk again when a set it names changed, so its sets are never stale', () => {
    const fw = (title: string) =>
      `extends: nhrck-2016\nid: fw\nversion: '1'\ntitle: { ko: 틀, en: ${title} }\n`;
    const dir = testdir({
      'fw.yaml': fw('Framework'),
      'cw.yaml': 'primary: nhrck-2016\nframeworks:\n  ./fw.yaml: {}\n',
    });
    const cw = loadCrosswalk('./cw.yaml', dir);
    const title = (c: typeof cw) => [...c.frameworks.values()][0]!.loaded.set.title.en;
    expect(loadCrosswalk(join(dir, 'cw.yaml'))).toBe(cw);
    expect(title(cw)).toBe('Framework');
    rewrite(join(dir, 'fw.yaml'), fw('Framework edited'), 10);
    const after = loadCrosswalk('./cw.yaml', dir);
    expect(after).not.toBe(cw);
    expect(title(after)).toBe('Framework edited');
  });

  it('never resolves a relative path against the process directory', () => {
    expect(() => loadSet('./set.yaml')).toThrow(/relative/);
    expect(() => loadCrosswalk('./cw.yaml')).toThrow(/relative/);
  });
});
