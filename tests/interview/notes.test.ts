import { describe, expect, it } from 'vitest';
import { answerUntil, screen, startInterview } from './drive.js';

const FIRST = 'indicator:nhrck16.act.recruitment';
const ID = FIRST.slice('indicator:'.length);
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
    expect(d.session.notes[ID]).toBeUndefined();
  });

  it.each(['captain Nguyen Van Hung kept passports', 'met Maria Santos at the shelter'])(
    'when the note "%s" looks like a name then removing it goes back to the note, and only the edited note is kept',
    async (text) => {
      const d = await openNote();
      screen.type(text);
      screen.keypress('enter');
      await screen.next();
      expect(screen.getScreen()).toContain('This looks like a name: remove it?');
      expect(d.session.notes[ID]).toBeUndefined();
      screen.keypress('enter'); // yes, the default: remove it
      await screen.next();
      // The note as typed, to take the name out.
      expect(screen.getScreen()).toContain(text);
      for (let i = 0; i < [...text].length; i++) screen.keypress('backspace');
      screen.type('the captain kept passports');
      screen.keypress('enter');
      await screen.next();
      expect(d.session.notes[ID]).toEqual(['the captain kept passports']);
      screen.keypress('p');
      await d.end;
      expect(JSON.stringify(d.saved)).not.toContain(text);
    },
  );

  it('when the note holds a likely name and the screener says it is not one then it is kept', async () => {
    const d = await openNote('ko');
    screen.type('선장 이름은 김철수');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('사람 이름처럼 보입니다. 지울까요?');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[ID]).toEqual(['선장 이름은 김철수']);
  });

  it('when the screener quick-exits on the name question then the note is not saved', async () => {
    const d = await openNote();
    screen.type('captain Nguyen Van Hung kept passports');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('escape');
    const end = await d.end;
    expect(end.status).toBe('quick-exit');
    expect(JSON.stringify(d.saved)).not.toContain('Nguyen');
  });

  it('when the note is an ordinary screening note with a date then it is kept without a question', async () => {
    const d = await openNote();
    screen.type('Employer kept her passport since 2026-03-15');
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[ID]).toEqual(['Employer kept her passport since 2026-03-15']);
  });
});

describe('several notes to a question', () => {
  const add = async (text: string) => {
    screen.type(text);
    screen.keypress('enter');
    await screen.next();
  };

  it('when a second note is added then both are kept and shown, and one can be deleted', async () => {
    const d = await openNote();
    await add('wages held back since March');
    screen.keypress('t');
    await screen.next();
    expect(screen.getScreen()).toContain('Notes to this question');
    screen.keypress('enter'); // add a note
    await screen.next();
    await add('boss keeps the bank card');
    expect(d.session.notes[ID]).toEqual(['wages held back since March', 'boss keeps the bank card']);
    expect(screen.getScreen()).toContain('✎ 1. wages held back since March');
    expect(screen.getScreen()).toContain('✎ 2. boss keeps the bank card');
    screen.keypress('t');
    await screen.next();
    screen.keypress('down'); // delete the first
    screen.keypress('enter');
    await screen.next();
    expect(d.session.notes[ID]).toEqual(['boss keeps the bank card']);
    expect(d.saved.at(-1)?.notes[ID]).toEqual(['boss keeps the bank card']);
    screen.keypress('p');
    await d.end;
  });

  it('when a session saved with one note as text is resumed then the note is shown and a second is added', async () => {
    const first = await openNote();
    await add('first note');
    screen.keypress('p');
    const paused = (await first.end).session;
    paused.notes[ID] = 'written by an earlier version';
    const d = startInterview(structuredClone(paused));
    expect(screen.getScreen()).toContain('✎ written by an earlier version');
    screen.keypress('t');
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    await add('second note');
    expect(d.session.notes[ID]).toEqual(['written by an earlier version', 'second note']);
  });
});
