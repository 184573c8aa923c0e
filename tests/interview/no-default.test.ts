import { describe, expect, it } from 'vitest';
import { adult30, answerUntil, FIRST_INDICATOR, screen, startInterview } from './drive.js';

const FIRST = FIRST_INDICATOR;
const upToFirstIndicator = adult30();

describe('no answer has a default: a stray Enter never answers', () => {
  it('when Enter is pressed on the untouched safety question then nothing is answered', async () => {
    const d = startInterview();
    screen.keypress('enter');
    screen.keypress('enter');
    expect(d.session.danger).toBeUndefined();
    expect(d.session.cursor).toBe('safety');
    expect(screen.getScreen()).toContain('immediate danger');
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });

  it('when Enter is pressed on an untouched question then it stays unanswered; an arrow then Enter answers', async () => {
    const d = startInterview();
    await answerUntil(d, upToFirstIndicator, FIRST);
    for (let i = 0; i < 5; i++) screen.keypress('enter');
    expect(d.session.cursor).toBe(FIRST);
    expect(d.session.answers).toEqual({});
    // The cursor appears on the first choice (yes) only when an arrow moves it there.
    expect(screen.getScreen()).not.toContain('❯');
    screen.keypress('down');
    expect(screen.getScreen()).toContain('❯ [y]');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.answers['nhrck16.act.recruitment']).toBe('yes');
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });

  it('when a question answered before is shown again then Enter keeps that answer', async () => {
    const d = startInterview();
    await answerUntil(d, upToFirstIndicator, FIRST);
    screen.keypress('n');
    await screen.next();
    screen.keypress('b');
    await screen.next();
    expect(d.session.cursor).toBe(FIRST);
    screen.keypress('enter');
    await screen.next();
    expect(d.session.answers['nhrck16.act.recruitment']).toBe('no');
    expect(d.session.cursor).not.toBe(FIRST);
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });
});

describe('no list answer has a default either', () => {
  it('when Enter is pressed on an untouched list then nothing is chosen and the question stays', async () => {
    const d = startInterview();
    await answerUntil(d, upToFirstIndicator, 'fact:sector');
    expect(screen.getScreen()).toContain('❯ (choose with ↑↓, then Enter)');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    expect(d.session.cursor).toBe('fact:sector');
    expect(d.session.facts.sector).toBeUndefined();
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.facts.sector).toBe('sex-industry');
    screen.keypress('escape');
    await d.end;
  });
});
