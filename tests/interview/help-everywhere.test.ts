/**
 * Issue 13, item 10: every screen has help, the respondent's language reaches the list choices
 * (with a mark where a text is not translated), and an unreviewed translation says so.
 */
import { describe, expect, it } from 'vitest';
import { loadSet } from '../../src/io/load-set.js';
import { loadTranslation } from '../../src/io/translations.js';
import { answerUntil, screen, startInterview } from './drive.js';

const { set } = loadSet('nhrck-2016');
const vi = () => loadTranslation(set, 'vi');
const toFacts = (key: string): string =>
  key === 'safety' ? 'n' : key === 'opening' ? 'c' : key === 'fact:age' ? '30' : 'n';

describe('help on every screen', () => {
  it('when ? is pressed on the opening script then it shows how to read it', async () => {
    const d = startInterview();
    await answerUntil(d, toFacts, 'opening');
    screen.keypress('?');
    expect(screen.getScreen()).toContain('Read it aloud, slowly');
    screen.keypress('p');
    await d.end;
  });

  it('when ? is pressed on a fact with no help of its own then it shows how to answer any fact', async () => {
    const d = startInterview();
    await answerUntil(d, toFacts, 'fact:foreignNational');
    screen.keypress('?');
    expect(screen.getScreen()).toContain("Don't know");
    expect(screen.getScreen()).toContain('neither counts against them');
    screen.keypress('p');
    await d.end;
  });

  it('when ? and Enter are typed in the age input then its help is shown and nothing is answered', async () => {
    const d = startInterview();
    await answerUntil(d, toFacts, 'fact:age');
    expect(d.output()).toContain('[?] help');
    screen.type('?');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(set.facts.find((f) => f.id === 'age')!.help!.en.slice(0, 30));
    expect(d.session.facts.age).toBeUndefined();
    expect(d.session.cursor).toBe('fact:age');
    screen.keypress('escape');
    await d.end;
  });
});

describe("the respondent's language", () => {
  it("when a list is shown then Don't know, Declined and back are in Vietnamese too", async () => {
    const d = startInterview(undefined, 'en', vi());
    await answerUntil(d, toFacts, 'fact:sector');
    const list = screen.getScreen();
    expect(list).toContain("Don't know · Không biết");
    expect(list).toContain('Declined · Không muốn trả lời');
    expect(list).toContain('← back · Quay lại');
    screen.keypress('escape');
    await d.end;
  });

  it('when a list choice has no translation then it is marked, not left in English alone', async () => {
    const t = vi();
    const partial = { ...t, ui: { ...t.ui, back: undefined }, answer: () => undefined };
    const d = startInterview(undefined, 'ko', partial);
    await answerUntil(d, toFacts, 'fact:sector');
    expect(screen.getScreen()).toContain('← 이전 · (vi: 번역 없음)');
    screen.keypress('escape');
    await d.end;
  });

  it('when the translation is not reviewed then the screen says so before the questions', async () => {
    const d = startInterview(undefined, 'en', vi());
    expect(d.output()).toContain('have not been checked by a native speaker');
    screen.keypress('p');
    await d.end;
  });
});
