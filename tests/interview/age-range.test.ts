import { say } from '../../src/base/catalogue/index.js';
import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/interview/parse-age.js';
import { sessionSchema } from '../../src/io/session.js';
import { answerUntil, finishReview, screen, startInterview } from './drive.js';

/** Recruitment and three purpose items yes, the means unknown, the rest no. */
function answers(age: string) {
  return (key: string): string => {
    if (key === 'safety') return 'n';
    if (key === 'opening') return 'c';
    if (key === 'fact:age') return age;
    if (key === 'fact:sector') return '0';
    if (key.startsWith('fact:')) return 'n';
    if (key === 'indicator:nhrck16.act.recruitment') return 'y';
    if (key.startsWith('indicator:nhrck16.means.')) return 'u';
    if (
      key === 'indicator:nhrck16.purpose.forced-sex' ||
      key === 'indicator:nhrck16.purpose.isolated-watched' ||
      key === 'indicator:nhrck16.purpose.scripted-answers'
    )
      return 'y';
    return 'n';
  };
}

describe('interview: the age as a range or an estimate', () => {
  it('when the age is typed as 17-19 then it is saved as a range and the child rule is left open', async () => {
    const d = startInterview();
    await answerUntil(d, answers('17-19'));
    expect(d.session.facts.age).toEqual({ min: 17, max: 19 });
    // What is saved reads back: resume validates sessions with the same schema.
    const saved = d.saved.at(-1)!;
    expect(sessionSchema.parse(JSON.parse(JSON.stringify(saved))).facts.age).toEqual({ min: 17, max: 19 });
    const end = await finishReview(d);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.report.outcome).toBe('possible');
    expect(end.report.waiverStatus).toBe('unknown');
    expect(end.report.openQuestions.map((q) => q.id)).toContain('age');
  });

  it('when the age is typed as "약 15" then it is 13-17 and the child rule is met', async () => {
    const d = startInterview(undefined, 'ko');
    await answerUntil(d, answers('약 15'));
    expect(d.session.facts.age).toEqual({ min: 13, max: 17 });
    const end = await finishReview(d);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.report.outcome).toBe('victim-likely');
    expect(end.report.waiverReason).toBe('child');
  });

  it('when the interview is paused after a range then the resumed one keeps it and scores the same', async () => {
    const first = startInterview();
    await answerUntil(first, answers('about 18'), 'indicator:nhrck16.act.recruitment');
    screen.keypress('p');
    expect((await first.end).status).toBe('paused');
    const stored = sessionSchema.parse(JSON.parse(JSON.stringify(first.saved.at(-1)!)));
    expect(stored.facts.age).toEqual({ min: 16, max: 20 });

    const second = startInterview(stored);
    await answerUntil(second, answers('about 18'));
    const end = await finishReview(second);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.session.facts.age).toEqual({ min: 16, max: 20 });
    expect(end.report.waiverStatus).toBe('unknown');
  });

  it('when the age is not a number, range or estimate then the prompt says which forms it takes', async () => {
    const d = startInterview();
    await answerUntil(d, answers(''), 'fact:age');
    screen.type('seventeen or so');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.cursor).toBe('fact:age');
    expect(screen.getScreen()).toContain(say('en').interview.ageInvalid);
    expect(say('en').interview.ageInvalid).toMatch(/17-19.*about 18/);
    expect(say('ko').interview.ageInvalid).toMatch(/17-19.*약 18/);
    expect(d.output()).toContain(say('en').interview.agePrompt);
    screen.keypress('escape');
  });

  it('when parseAge reads the prompt shortcuts and the forms then each gives its value', () => {
    expect(parseAge('', 0, 120)).toBe('unknown');
    expect(parseAge('?', 0, 120)).toBe('unknown');
    expect(parseAge('모름', 0, 120)).toBe('unknown');
    expect(parseAge('d', 0, 120)).toBe('declined');
    expect(parseAge('거부', 0, 120)).toBe('declined');
    expect(parseAge('16', 0, 120)).toBe(16);
    expect(parseAge('17~19', 0, 120)).toEqual({ min: 17, max: 19 });
    expect(parseAge('18살 정도', 0, 120)).toEqual({ min: 16, max: 20 });
    expect(parseAge('300', 0, 120)).toBeUndefined();
    expect(parseAge('110-130', 0, 120)).toBeUndefined();
    expect(parseAge('x'.repeat(100_000), 0, 120)).toBeUndefined();
  });
});
