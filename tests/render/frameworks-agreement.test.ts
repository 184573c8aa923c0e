/**
 * The line under "where the frameworks disagree" when every outcome is the same: it says that the
 * frameworks agree only if the element statuses and the means waiver agree too; otherwise it says
 * which elements differ. Also the note on an answer already counted for another element.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/io/answers-file.js';
import { scoreFrameworksFile } from '../../src/io/score-file.js';
import { renderFrameworksText } from '../../src/render/frameworks.js';
import { frameworksBlocks } from '../../src/render/case-frameworks.js';
import { renderCaseMarkdown } from '../../src/render/case-markdown.js';
import { makeStyle } from '../../src/ui/output.js';
import type { Lang } from '../../src/base/i18n.js';
import { loadCrosswalk } from '../../src/io/load-crosswalk.js';

const ALL = 'nhrck-2016,kr-2023,palermo';
const style = makeStyle({ write: () => true, columns: 200, isTTY: false }, { NO_COLOR: '1' });

/** An adult, recruited, forced, made to sell sex and kept there: every element met everywhere. */
const allMet = [
  "facts: { age: 30, disability: 'no' }",
  'answers:',
  "  nhrck16.act.recruitment: 'yes'",
  "  nhrck16.means.force-coercion: 'yes'",
  "  nhrck16.purpose.forced-sex: 'yes'",
  "  nhrck16.purpose.cannot-leave: 'yes'",
  "  nhrck16.purpose.excessive-hours: 'yes'",
  "  nhrck16.purpose.lives-at-workplace: 'yes'",
].join('\n');

/** Recruited, pay withheld, no means reported: possible everywhere, but purpose differs. */
const wagesOnly = [
  "facts: { age: 41, disability: 'no' }",
  'answers:',
  "  nhrck16.act.recruitment: 'yes'",
  "  nhrck16.means.force-coercion: 'no'",
  "  nhrck16.means.fraud-deception: 'no'",
  "  nhrck16.means.other-control: 'no'",
  "  nhrck16.purpose.wages-controlled: 'yes'",
].join('\n');

const AGREE = { en: 'All frameworks reach the same outcome.', ko: '모든 기준의 결과가 같습니다.' };
const ELEMENTS_DIFFER = {
  en: 'All frameworks reach the same outcome, but element statuses differ:',
  ko: '모든 기준의 결과는 같지만, 요건별 판단이 다릅니다:',
};

const score = (yaml: string, lang: Lang) =>
  scoreFrameworksFile(parseAnswersFile(yaml, 'case.yaml'), ALL, lang, loadCrosswalk());
const renderings = (yaml: string, lang: Lang) => {
  const fr = score(yaml, lang);
  return { fr, text: renderFrameworksText(fr, style), markdown: renderCaseMarkdown(frameworksBlocks(fr)) };
};

describe.each<Lang>(['en', 'ko'])('the agreement line (%s)', (lang) => {
  it('when outcomes and element statuses all agree then only the agreement line is printed', () => {
    const { fr, text, markdown } = renderings(allMet, lang);
    expect(new Set(fr.frameworks.map((r) => r.outcome)).size).toBe(1);
    expect(fr.elementDifferences).toEqual([]);
    for (const out of [text, markdown]) {
      expect(out).toContain(AGREE[lang]);
      expect(out).not.toContain(ELEMENTS_DIFFER[lang]);
    }
  });

  it('when outcomes agree but purpose differs then it says so and lists the difference', () => {
    const { fr, text, markdown } = renderings(wagesOnly, lang);
    expect(new Set(fr.frameworks.map((r) => r.outcome))).toEqual(new Set(['possible']));
    expect(fr.disagreements).toEqual([]);
    const purpose = fr.elementDifferences.find((d) => d.element === 'purpose')!;
    expect(purpose.values).toEqual([
      { framework: 'nhrck-2016', value: 'unknown' },
      { framework: 'kr-2023', value: 'met' },
      { framework: 'palermo', value: 'met' },
    ]);
    const line =
      lang === 'en'
        ? 'Purpose: undecided under nhrck-2016; met under kr-2023, palermo.'
        : '목적: nhrck-2016에서 미확정; kr-2023, palermo에서 충족.';
    for (const out of [text, markdown]) {
      expect(out).not.toContain(AGREE[lang]);
      expect(out).toContain(ELEMENTS_DIFFER[lang]);
      expect(out).toContain(line);
    }
    expect(markdown).toContain(`- ${line}`);
  });

  it('when outcomes differ then neither agreement line is printed', () => {
    const { fr, text, markdown } = renderings(
      wagesOnly.replace("fraud-deception: 'no'", "fraud-deception: 'yes'"),
      lang,
    );
    expect(fr.disagreements.length).toBeGreaterThan(0);
    for (const out of [text, markdown]) {
      expect(out).not.toContain(AGREE[lang]);
      expect(out).not.toContain(ELEMENTS_DIFFER[lang]);
    }
  });

  it('when withheld pay is the only means answer under kr-2023 then the report says it is already counted for purpose', () => {
    const { text, markdown } = renderings(wagesOnly, lang);
    const note =
      lang === 'en'
        ? 'kr-2023 means: the only supporting answer (yes to "pay withheld or controlled by others") is already counted for purpose, so it does not establish means as well.'
        : "kr-2023 수단: 유일한 근거인 답변('임금을 못 받거나 직접 관리하지 못함'에 '예')은 이미 목적에 반영되었으므로 수단까지 입증하지는 않습니다.";
    // The terminal text is wrapped; compare it with its line breaks and indents folded.
    expect(text.replace(/\n\s+/g, ' ')).toContain(note);
    expect(markdown).toContain(`- ${note}`);
    expect(markdown).toContain(
      lang === 'en' ? '## Answers already counted for another element' : '## 다른 요건에 이미 반영된 답변',
    );
  });
});
