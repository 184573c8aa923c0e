import { describe, expect, it } from 'vitest';
import { answerUntil, screen, startInterview } from './drive.js';

const FIRST = 'indicator:nhrck16.act.recruitment';
const upToFirstIndicator = (key: string): string =>
  key === 'safety' ? 'n' : key === 'opening' ? 'c' : key === 'fact:age' ? '30' : 'n';

async function openNote(lang: 'ko' | 'en' = 'en') {
  const d = startInterview(undefined, lang);
  await answerUntil(d, upToFirstIndicator, FIRST);
  screen.keypress('t');
  await screen.next();
  return d;
}

describe('interview notes: identifying data', () => {
  it.each([
    ['call her on +63 917 123 4567', 'phone numbers'],
    ['kim (at) gmail [dot] com', 'e-mail addresses'],
    ['ARC 900101-5234567', 'resident registration numbers'],
    ['passport P1234567A kept by the boss', 'passport numbers'],
    ['van plate 12가3456', 'car number plates'],
    ['wages into 110-123-456789', 'bank account numbers'],
    ['lived at 안산시 단원구 원곡로 45', 'addresses'],
  ])('when the note is "%s" then it is refused, naming %s', async (text, kind) => {
    const d = await openNote();
    screen.type(text);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(kind);
    expect(d.session.notes[FIRST.slice('indicator:'.length)]).toBeUndefined();
  });

  it('when the note holds a likely name and the screener says no then it is not kept', async () => {
    const d = await openNote();
    screen.type('met Maria Santos at the shelter');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('name');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[FIRST.slice('indicator:'.length)]).toBeUndefined();
    screen.keypress('p');
    await d.end;
  });

  it('when the note holds a likely name and the screener confirms then it is kept', async () => {
    const d = await openNote('ko');
    screen.type('김민지 씨가 상담을 받음');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('이름');
    screen.type('y');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[FIRST.slice('indicator:'.length)]).toBe('김민지 씨가 상담을 받음');
  });

  it('when the note is an ordinary screening note with a date then it is kept without a question', async () => {
    const d = await openNote();
    screen.type('Employer kept her passport since 2026-03-15');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[FIRST.slice('indicator:'.length)]).toBe(
      'Employer kept her passport since 2026-03-15',
    );
  });
});
