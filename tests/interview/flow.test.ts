import { describe, expect, it } from 'vitest';
import { CLEAR_ALL } from '../../src/ui/output.js';
import { answerUntil, finishReview, screen, startInterview } from './drive.js';

const SEX_INDUSTRY = '0';
const AGRICULTURE = '3';

/** A standard set of answers: recruitment, 1 high and 2 plausible purpose items, the rest no. */
function standard(age: string, means: 'u' | 'n' | 'y') {
  return (key: string): string => {
    if (key === 'safety') return 'n';
    if (key === 'opening') return 'c';
    if (key === 'fact:age') return age;
    if (key === 'fact:sector') return SEX_INDUSTRY;
    if (key.startsWith('fact:')) return 'n';
    if (key === 'indicator:nhrck16.act.recruitment') return 'y';
    if (key.startsWith('indicator:nhrck16.means.')) return means;
    if (
      key === 'indicator:nhrck16.purpose.forced-sex' ||
      key === 'indicator:nhrck16.purpose.isolated-watched' ||
      key === 'indicator:nhrck16.purpose.scripted-answers'
    )
      return 'y';
    return 'n';
  };
}

describe('interactive screening (no TTY, virtual screen)', () => {
  it('when the first screen shows then it is the safety question', async () => {
    const d = startInterview();
    expect(screen.getScreen()).toContain('immediate danger');
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });

  it('when a 16-year-old is screened then the result is victim-likely with means waived', async () => {
    const d = startInterview();
    await answerUntil(d, standard('16', 'u'));
    const end = await finishReview(d);
    expect(end.status).toBe('done');
    if (end.status !== 'done') return;
    expect(end.report.outcome).toBe('victim-likely');
    expect(end.report.waiverReason).toBe('child');
    expect(end.session.answers['nhrck16.act.recruitment']).toBe('yes');
    expect(d.output()).toContain('VICTIM LIKELY');
    // Every answer was saved as it was given.
    expect(d.saved.at(-1)?.status).toBe('done');
  });

  it('when an adult gives the same answers then the result is possible and means are asked next', async () => {
    const d = startInterview();
    await answerUntil(d, standard('30', 'u'));
    const end = await finishReview(d);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.report.outcome).toBe('possible');
    expect(end.report.openQuestions.filter((q) => q.raisesTo === 'victim-likely').map((q) => q.id)).toEqual(
      expect.arrayContaining(['nhrck16.means.force-coercion', 'nhrck16.means.fraud-deception']),
    );
  });

  it('when every question is declined then the result is insufficient information', async () => {
    const d = startInterview();
    await answerUntil(d, (key) =>
      key === 'safety'
        ? 'u'
        : key === 'opening'
          ? 'c'
          : key === 'fact:age'
            ? 'd'
            : key === 'fact:sector'
              ? '10'
              : 'd',
    );
    const end = await finishReview(d);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.report.outcome).toBe('insufficient-information');
    expect(Object.values(end.session.answers).every((v) => v === 'declined')).toBe(true);
  });

  it('when the screener goes back then the earlier answer can be changed', async () => {
    const d = startInterview();
    await answerUntil(d, standard('30', 'n'), 'indicator:nhrck16.act.transport-transfer');
    expect(d.session.answers['nhrck16.act.recruitment']).toBe('yes');
    screen.keypress('b');
    await screen.next();
    expect(d.session.cursor).toBe('indicator:nhrck16.act.recruitment');
    screen.keypress('n');
    await screen.next();
    expect(d.session.answers['nhrck16.act.recruitment']).toBe('no');
    expect(d.session.cursor).toBe('indicator:nhrck16.act.transport-transfer');
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });

  it('when the screener pauses then a resumed interview continues with every answer kept', async () => {
    const first = startInterview();
    await answerUntil(first, standard('16', 'u'), 'indicator:nhrck16.means.force-coercion');
    screen.keypress('p');
    const paused = await first.end;
    expect(paused.status).toBe('paused');
    const stored = first.saved.at(-1)!;
    expect(stored.status).toBe('paused');
    expect(stored.cursor).toBe('indicator:nhrck16.means.force-coercion');
    const answeredBefore = { ...stored.answers };

    const second = startInterview(structuredClone(stored));
    expect(screen.getScreen()).toContain('[u]');
    await answerUntil(second, standard('16', 'u'));
    const end = await finishReview(second);
    if (end.status !== 'done') throw new Error('not done');
    expect(end.session.answers).toMatchObject(answeredBefore);
    expect(end.report.outcome).toBe('victim-likely');
  });

  it('when quick exit is pressed then the screen and scrollback are cleared and the session is saved', async () => {
    const d = startInterview();
    await answerUntil(d, standard('30', 'u'), 'indicator:nhrck16.act.harbouring');
    screen.keypress('x');
    const end = await d.end;
    expect(end.status).toBe('quick-exit');
    expect(d.output().endsWith(CLEAR_ALL)).toBe(true);
    expect(d.saved.at(-1)?.answers['nhrck16.act.recruitment']).toBe('yes');
  });

  it('when Ctrl+C is pressed then the interview stops without a stack trace and saves', async () => {
    const d = startInterview();
    await answerUntil(d, standard('30', 'u'), 'indicator:nhrck16.act.harbouring');
    screen.keypress({ name: 'c', ctrl: true });
    const end = await d.end;
    expect(end.status).toBe('interrupted');
    expect(d.output()).toContain('tip-screen resume');
    expect(d.output()).not.toMatch(/at .*\.ts:\d+/);
    expect(d.saved.at(-1)?.answers['nhrck16.act.recruitment']).toBe('yes');
  });

  it('when the person is in immediate danger then emergency contacts are shown and a pause is offered', async () => {
    const d = startInterview();
    screen.keypress('y');
    await screen.next();
    expect(d.output()).toContain('112');
    expect(screen.getScreen()).toMatch(/continue later/i);
    screen.keypress('enter');
    expect((await d.end).status).toBe('paused');
  });

  it('when the sector is not fishing then the fishing question is skipped', async () => {
    const d = startInterview();
    const asked: string[] = [];
    await answerUntil(d, (key) => {
      asked.push(key);
      return key === 'fact:sector' ? AGRICULTURE : standard('30', 'n')(key);
    });
    expect(asked).not.toContain('indicator:nhrck16.purpose.at-sea-no-leave');
    expect(asked).toContain('indicator:nhrck16.purpose.excessive-hours');
    screen.keypress('enter');
    await d.end;
  });
});
