/** Why a session file is refused: the errors the session store raises, each with its fix. */
import { UserError } from '../base/errors.js';

export function rollback(id: string): UserError {
  return new UserError('ROLLBACK', `The file of session ${id} is older than one already opened here.`, {
    hint:
      'An older copy was put in place of the session, and answers given since would be lost. ' +
      'If you restored it from a backup on purpose, add --accept-older. Nothing was changed.',
  });
}

export function damaged(id: string): UserError {
  return new UserError('SESSION_DAMAGED', `Session ${id} is damaged and cannot be read.`, {
    hint: 'The file was changed outside tip-screen. Other sessions are not affected.',
  });
}

export function swapped(id: string): UserError {
  return new UserError('SESSION_SWAPPED', `The file of session ${id} holds a different session.`, {
    hint:
      'It was copied or renamed outside tip-screen, and was neither shown nor written into. ' +
      'Put the right file back, or remove this one with: tip-screen sessions delete ID --force',
  });
}

export function roleMismatch(id: string): UserError {
  return new UserError(
    'FILE_ROLE_MISMATCH',
    `The file of session ${id} is not a session (a report or export?).`,
    {
      hint: 'Another kind of tip-screen file was put under a session name; it was not opened. Nothing was changed.',
    },
  );
}
