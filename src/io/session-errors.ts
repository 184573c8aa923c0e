/** Why a session file is refused: the errors the session store raises, each with its fix. */
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';

export function rollback(id: string): UserError {
  return new UserError('ROLLBACK', (lang) => say(lang).ioSessionErrors.ROLLBACK(id));
}

export function damaged(id: string): UserError {
  return new UserError('SESSION_DAMAGED', (lang) => say(lang).ioSessionErrors.SESSION_DAMAGED(id));
}

export function swapped(id: string): UserError {
  return new UserError('SESSION_SWAPPED', (lang) => say(lang).ioSessionErrors.SESSION_SWAPPED(id));
}

export function roleMismatch(id: string): UserError {
  return new UserError('FILE_ROLE_MISMATCH', (lang) => say(lang).ioSessionErrors.FILE_ROLE_MISMATCH(id));
}
