import type { LoadedSet } from '../core/loaded-set.js';
import type { Session } from '../io/session.js';
import { loadSet } from '../io/load-set.js';
import { frameworksMode, type FrameworksMode } from './frameworks.js';

/**
 * The set an interview asks, and the frameworks it is scored under when the session was started
 * with --frameworks (kept in the session file, so `resume` needs no flag).
 */
export function interviewSetup(
  session: Session,
  cwd: string,
): { loaded: LoadedSet; frameworks?: FrameworksMode } {
  if (!session.frameworks) return { loaded: loadSet(session.set, cwd) };
  const frameworks = frameworksMode(session.frameworks);
  return { loaded: frameworks.crosswalk.primary, frameworks };
}
