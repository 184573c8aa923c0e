/**
 * Notes to a question: several may be kept, each shown under the question, and any one deleted.
 * A note is checked by the one identifying-data guard: numbers, e-mail, addresses and labelled
 * names are refused with their kind named; what looks like a name is the screener's call, asked
 * before anything is saved ("remove it?"), and an unanswered question saves nothing.
 */
import { say } from '../base/catalogue/index.js';
import { checkNote } from '../guard/notes.js';
import type { Session } from '../io/session.js';
import type { Action, Screen } from './screen.js';

/** Notes longer than this are cut (the session format's limit). */
const NOTE_MAX = 500;
/** Enough for any question; a session file stays small. */
const NOTES_PER_QUESTION = 20;

/** The notes to a question, oldest first (a session saved before keeps one note as a string). */
export function notesOf(session: Pick<Session, 'notes'>, id: string): string[] {
  const kept = session.notes[id];
  return kept === undefined ? [] : typeof kept === 'string' ? [kept] : kept;
}

function setNotes(session: Session, id: string, notes: string[]): void {
  if (notes.length) session.notes[id] = notes;
  else delete session.notes[id];
}

/** `t` on a question: add a note straight away, or, when there are notes, add or delete one. */
export async function noteScreen(sc: Screen, id: string): Promise<Action> {
  const { t, session, lang, prompter } = sc;
  const notes = notesOf(session, id);
  if (!notes.length) return addNote(sc, id);
  const choice = await prompter.select<string>({
    lang,
    message: t.noteMenu,
    choices: [
      ...(notes.length < NOTES_PER_QUESTION ? [{ value: 'add', name: t.noteAdd }] : []),
      ...notes.map((n, i) => ({ value: String(i), name: t.noteDelete(short(n)) })),
      { value: 'back', name: `← ${t.noteBack}` },
    ],
  });
  if (choice === 'add') return addNote(sc, id);
  if (choice !== 'back') {
    setNotes(
      session,
      id,
      notes.filter((_, i) => String(i) !== choice),
    );
    sc.persist();
  }
  return 'note';
}

const short = (n: string): string => ([...n].length > 50 ? `${[...n].slice(0, 49).join('')}…` : n);

/** Asks for a note; a likely name sends the screener back to edit it unless they say it is none. */
async function addNote(sc: Screen, id: string): Promise<Action> {
  const { t, session, lang, prompter } = sc;
  const noteOf = (s: string) => [...s.trim()].slice(0, NOTE_MAX).join('');
  let draft = '';
  for (;;) {
    const text = noteOf(
      await prompter.input({
        lang,
        message: t.notePrompt,
        default: draft,
        validate: (s) => {
          const kind = checkNote(noteOf(s)).refused;
          return kind ? t.noteRefused(say(lang).identifyingKinds[kind]) : true;
        },
      }),
    );
    if (!text) return 'note';
    if (checkNote(text).maybeName) {
      const remove = await prompter.confirm({
        lang,
        message: t.noteMaybeName,
        default: true,
        labels: { yes: t.noteRemoveName, no: t.noteNotAName },
      });
      if (remove) {
        // Back to the note as typed, to take the name out.
        draft = text;
        continue;
      }
    }
    setNotes(session, id, [...notesOf(session, id), text]);
    sc.persist();
    return 'note';
  }
}
