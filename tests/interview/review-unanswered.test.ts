/**
 * Issue 13, item 4: the review is not a dead end. It offers to continue with the questions still
 * unanswered (and says how many), and a session saved on the review with questions left resumes
 * at those questions.
 */
import { describe, expect, it } from 'vitest';
import { adult30, answerUntil, FIRST_INDICATOR, screen, startInterview } from './drive.js';

const FIRST = FIRST_INDICATOR;
const toFirstIndicator = adult30();

const unansweredOn = (text: string): number => Number(/unanswered questions \((\d+)\)/.exec(text)?.[1]);

describe('from the review to the unanswered questions', () => {
  it('when the review is opened early then it offers the unanswered questions first, and goes through only those', async () => {
    const d = startInterview();
    await answerUntil(d, toFirstIndicator, FIRST);
    screen.keypress('y'); // the first indicator
    await screen.next();
    const second = d.session.cursor;
    screen.keypress('r');
    await screen.next();
    const review = screen.getScreen();
    expect(review).toContain('Continue with the unanswered questions');
    const before = unansweredOn(review);
    expect(before).toBeGreaterThan(5);
    // First in the list: Enter goes on with them, it does not finish.
    screen.keypress('enter');
    await screen.next();
    expect(d.session.cursor).toBe(second);
    expect(d.session.status).toBe('in-progress');
    screen.keypress('n');
    await screen.next();
    const third = d.session.cursor;
    expect(third).not.toBe(second);
    expect(d.session.answers['nhrck16.act.recruitment']).toBe('yes');
    screen.keypress('r');
    await screen.next();
    expect(unansweredOn(screen.getScreen())).toBe(before - 1);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down'); // pause
    screen.keypress('enter');
    expect((await d.end).status).toBe('paused');
  });

  it('when every question is answered then the review offers no such choice and Enter finishes', async () => {
    const d = startInterview();
    await answerUntil(d, toFirstIndicator);
    expect(screen.getScreen()).not.toContain('unanswered questions');
    screen.keypress('enter');
    expect((await d.end).status).toBe('done');
  });

  it('when a session saved on the review still has unanswered questions then resuming continues with them', async () => {
    const d = startInterview();
    await answerUntil(d, toFirstIndicator, FIRST);
    screen.keypress('n');
    await screen.next();
    const open = d.session.cursor;
    screen.keypress('r');
    await screen.next();
    screen.keypress('escape'); // quick exit on the review: saved with the review as its step
    const end = await d.end;
    expect(end.session.cursor).toBe('review');

    const again = startInterview(structuredClone(end.session));
    expect(again.session.cursor).toBe(open);
    expect(screen.getScreen()).not.toContain('Review answers');
    screen.keypress('p');
    expect((await again.end).status).toBe('paused');
  });
});
