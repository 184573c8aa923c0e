/**
 * Issue 13, item 8: the short path. An adult fishing-vessel worker: recruited, deceived, kept at
 * sea with papers taken and wages withheld. Once the rule holds, the screener is offered to go to
 * protection and referrals at once, with the number of questions left; taken, the assessment is
 * shown and `resume` later asks the rest. The progress total never jumps back.
 */
import { describe, expect, it } from 'vitest';
import { answerUntil, screen, startInterview } from './drive.js';

const FISHING = '2';
const YES = new Set([
  'indicator:nhrck16.act.recruitment',
  'indicator:nhrck16.means.fraud-deception',
  'indicator:nhrck16.purpose.forced-labour-threat',
  'indicator:nhrck16.purpose.cannot-leave',
  'indicator:nhrck16.purpose.documents-taken',
  'indicator:nhrck16.purpose.wages-controlled',
  'indicator:nhrck16.purpose.at-sea-no-leave',
]);

const fisher = (key: string): string => {
  if (key === 'safety') return 'n';
  if (key === 'opening') return 'c';
  if (key === 'fact:age') return '35';
  if (key === 'fact:sector') return FISHING;
  if (key === 'fact:foreignNational') return 'y';
  if (key.startsWith('fact:')) return 'n';
  return YES.has(key) ? 'y' : 'n';
};

const totals = (text: string): number[] =>
  [...text.matchAll(/question \d+ of about (\d+)/g)].map((m) => Number(m[1]));

describe('the short path to protection and referrals', () => {
  it('when the rule holds for an adult fishing-vessel worker then the offer names the questions left, and taking it shows the assessment', async () => {
    const d = startInterview();
    const seen: string[] = [];
    const ask = async () => {
      for (let guard = 0; guard < 200; guard++) {
        const s = screen.getScreen();
        seen.push(s);
        if (s.includes('Enough to refer')) return;
        const key = d.session.cursor ?? 'safety';
        const choice = fisher(key);
        if (key === 'fact:age') {
          screen.type(choice);
          screen.keypress('enter');
        } else if (key === 'fact:sector') {
          // Off the "(choose with ↑↓)" line, then to the option.
          for (let i = 0; i <= Number(FISHING); i++) screen.keypress('down');
          screen.keypress('enter');
        } else if (key === 'fact:ageAtExploitation')
          screen.keypress('enter'); // unknown
        else if (['fact:immigrationStatus', 'fact:currentLocation'].includes(key)) {
          screen.keypress('down'); // the first choice
          screen.keypress('enter');
        } else screen.keypress(choice);
        await screen.next();
      }
      throw new Error('no offer');
    };
    await ask();
    const offer = screen.getScreen();
    const left = Number(/the (\d+) remaining questions/.exec(offer)?.[1]);
    expect(left).toBeGreaterThan(5);
    expect(d.output()).toContain('The answers so far meet the rule');
    const cursor = d.session.cursor;
    screen.keypress('enter'); // go to protection and referrals now
    const end = await d.end;
    expect(end.status).toBe('referred');
    if (end.status !== 'referred') throw new Error('not referred');
    expect(end.report.outcome).toBe('victim-likely');
    // The command is put on a line of its own when the line would not fit.
    const out = d.output().replace(/\n +/g, ' ');
    expect(out).toMatch(/protect|refer/i);
    expect(out).toContain(
      `${left} questions were not asked. To ask them later: tip-screen resume ${end.session.id}`,
    );
    expect(end.session.status).toBe('paused');
    expect(end.session.cursor).toBe(cursor);
    expect(d.saved.at(-1)?.shortPathOffered).toBe(true);
    // The total in "question N of about T" never went down.
    const all = totals(seen.join('\n'));
    expect(all.length).toBeGreaterThan(10);
    for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThanOrEqual(all[i - 1]!);

    // resume: the rest is asked, without offering the short path again.
    const again = startInterview(structuredClone(end.session));
    expect(again.session.cursor).toBe(cursor);
    screen.keypress('n');
    await screen.next();
    expect(screen.getScreen()).not.toContain('Enough to refer');
    expect(again.session.cursor).not.toBe(cursor);
    screen.keypress('p');
    expect((await again.end).status).toBe('paused');
  });

  it('when the screener keeps asking then the offer is not made again and the screening goes to the review', async () => {
    const d = startInterview();
    // answerUntil keeps asking when the offer is made.
    await answerUntil(d, fisher);
    expect(screen.getScreen()).toContain('Review answers');
    expect(d.output().split('The answers so far meet the rule').length - 1).toBe(1);
    expect(d.session.shortPathOffered).toBe(true);
    screen.keypress('escape');
    await d.end;
  });
});
