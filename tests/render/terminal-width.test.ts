/**
 * Reports printed to an 80-column terminal: no line may be wider than the terminal, measured by
 * display width (a Hangul syllable takes two columns), in either language, in colour or not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/io/answers-file.js';
import { scoreFrameworksFile } from '../../src/io/score-file.js';
import { renderFrameworksText } from '../../src/render/frameworks.js';
import { displayWidth } from '../../src/render/layout.js';
import { makeStyle } from '../../src/ui/output.js';
import type { Lang } from '../../src/base/i18n.js';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';

const root = join(import.meta.dirname, '../..');
const file = join(root, 'indicators/examples/child-chat-app.yaml');
const parsed = () => parseAnswersFile(readFileSync(file, 'utf8'), file);
const style = (color: boolean) =>
  makeStyle(
    { write: () => true, columns: 80, isTTY: true },
    color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' },
  );

describe.each<[Lang, boolean]>([
  ['ko', false],
  ['en', false],
  ['ko', true],
  ['en', true],
])('reports at 80 columns (%s, colour %s)', (lang, color) => {
  const text = renderFrameworksText(
    scoreFrameworksFile(parsed(), 'nhrck-2016,kr-2023,palermo', lang, loadCrosswalk()),
    style(color),
  );

  it('when three frameworks are printed then no line is wider than the terminal', () => {
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(40);
    const wide = lines.filter((l) => displayWidth(l) > 80);
    expect(wide).toEqual([]);
  });

  it('when means are waived for a child then the comparison names the reason in the report language', () => {
    const row = text.split('\n').find((l) => /^(Means waived|수단 면제)/.test(stripVTControlCharacters(l)));
    expect(row).toBeDefined();
    expect(row).toContain(lang === 'ko' ? '아동ㆍ청소년' : 'child');
    if (lang === 'ko') expect(row).not.toMatch(/child/);
  });
});
