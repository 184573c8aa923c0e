/**
 * Which session `resume` continues. Continuing the wrong person's session is worse than asking:
 * without an id it goes on alone only when exactly one session is still open, and the screener
 * sees whose it is (case code, started, last changed, answers) and confirms; with several open,
 * or a case code several sessions share, the screener picks from a list, last changed first.
 */
import { type ResumeHeader } from '../../base/catalogue/interview.js';
import { say } from '../../base/catalogue/index.js';
import { UserError } from '../../base/errors.js';
import type { Lang } from '../../base/i18n.js';
import type { Session } from '../../io/session.js';
import { localTime } from '../../io/session-line.js';
import type { SessionInfo, SessionStore } from '../../io/session-store.js';
import type { Prompter } from '../../ui/prompts.js';
import { truncate } from '../../render/layout.js';

/** The language and width the list of sessions is shown in. */
interface ListScreen {
  lang: Lang;
  width: number;
}

export interface Chosen {
  info: SessionInfo;
  /** The screener has not seen yet whose session this is, so it is shown and confirmed once open. */
  confirm: boolean;
}

/** The session to continue, or undefined when the screener picked none. */
export async function chooseSession(
  store: SessionStore,
  ref: string | undefined,
  prompter: Prompter,
  screen: ListScreen,
): Promise<Chosen | undefined> {
  if (ref !== undefined) {
    const hits = store.findAll(ref);
    // No match is reported by find, with the fix.
    if (hits.length < 2) return { info: store.find(ref), confirm: false };
    return pick(store, hits, prompter, screen);
  }
  const open = store.list().filter((info) => stillOpen(store, info));
  if (!open[0])
    throw new UserError('SESSION_NOT_FOUND', (lang) =>
      say(lang).cliErrors.SESSION_NOT_FOUND.noPaused(store.dir),
    );
  if (open.length === 1) return { info: open[0], confirm: true };
  return pick(store, open, prompter, screen);
}

/** What the screener sees of a session before going on with it. */
export function resumeHeader(session: Session, info: SessionInfo): ResumeHeader {
  return {
    id: session.id,
    caseCode: session.caseCode,
    started: localTime(Date.parse(session.createdAt)),
    changed: localTime(info.changedAt),
    answers: Object.keys(session.answers).length,
  };
}

/** Not finished: paused, interrupted, encrypted (unknown until opened) or unreadable (said when chosen). */
function stillOpen(store: SessionStore, info: SessionInfo): boolean {
  try {
    const state = store.check(info);
    return state === 'encrypted' || state.status !== 'done';
  } catch {
    return true;
  }
}

async function pick(
  store: SessionStore,
  infos: SessionInfo[],
  prompter: Prompter,
  { lang, width }: ListScreen,
): Promise<Chosen | undefined> {
  const t = say(lang).interview;
  const byId = new Map(infos.map((i) => [i.id, i]));
  const choice = await prompter.select<string>({
    lang,
    message: t.resumePick,
    choices: [
      // One line each: the id at the end tells two sessions of one case apart.
      ...infos.map((info) => ({ value: info.id, name: truncate(choiceName(store, info, lang), width - 4) })),
      { value: '', name: t.resumeNone },
    ],
  });
  const info = byId.get(choice);
  // An encrypted session's case code was hidden in the list: it is shown and confirmed once open.
  return info && { info, confirm: info.encrypted };
}

function choiceName(store: SessionStore, info: SessionInfo, lang: Lang): string {
  const t = say(lang).interview;
  const changed = localTime(info.changedAt);
  try {
    const state = store.check(info);
    if (state === 'encrypted') return t.resumeEncryptedChoice(info.id, changed);
    return t.resumeChoice(resumeHeader(state, info));
  } catch {
    // Still listed, so that choosing it says why it cannot be opened.
    return `${info.id} · ${changed} · ${t.resumeUnreadable}`;
  }
}
