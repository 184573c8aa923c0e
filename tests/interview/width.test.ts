/**
 * Issue 13, item 7: every line of every screen fits the terminal's width, at 60 and at 80
 * columns, in Korean and in English, with the respondent's language shown too: the printed
 * question, help, notes and review, and the prompt's own lines (choices, key hints).
 */
import { describe, expect, it } from 'vitest';
import { loadSet } from '../../src/io/load-set.js';
import { loadTranslation } from '../../src/io/translations.js';
import { displayWidth } from '../../src/render/layout.js';
import { answerUntil, screen, startInterview } from './drive.js';

const { set } = loadSet('nhrck-2016');

const tooWide = (text: string, width: number): string[] =>
  text.split('\n').filter((l) => displayWidth(l) > width);

describe.each([60, 80])('at %i columns', (width) => {
  it.each(['ko', 'en'] as const)(
    'when a whole screening is run in %s then no line is wider',
    async (lang) => {
      const d = startInterview(undefined, lang, loadTranslation(set, 'vi'), undefined, width);
      const screens: string[] = [];
      const seen = () => screens.push(screen.getScreen());
      let helped = 0;
      await answerUntil(d, (key) => {
        seen();
        // Open the help on the first few questions: it is laid out to the width too.
        if (key.startsWith('indicator:') && helped++ < 3) {
          screen.keypress('?');
          seen();
        }
        if (key === 'safety') return 'n';
        if (key === 'opening') return 'c';
        if (key === 'fact:age') return '30';
        return key.startsWith('fact:') ? 'n' : 'y';
      });
      seen();
      screen.keypress('down'); // change an answer: the list of questions
      screen.keypress('enter');
      await screen.next();
      seen();
      screen.keypress('escape');
      await d.end;
      expect(screens.length).toBeGreaterThan(30);
      expect(tooWide(d.output(), width)).toEqual([]);
      for (const s of screens) expect(tooWide(s, width)).toEqual([]);
    },
  );
});
