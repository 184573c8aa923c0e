/**
 * The guard for free-text interview notes, from src/privacy like every other guard. Numbers,
 * e-mail, addresses, plates and labelled names are refused with their kind named; a likely name
 * (김민지, Maria Santos) is the screener's call, so it is asked about rather than refused.
 */
import { findIdentifying, kindsOf, type IdentifyingKind } from './find.js';

export interface NoteCheck {
  /** The kind that makes the note unsafe to keep, if any. */
  refused: IdentifyingKind | undefined;
  /** Whether the note seems to hold a name that the screener should confirm. */
  maybeName: boolean;
}

export function checkNote(text: string): NoteCheck {
  const findings = findIdentifying(text);
  return {
    refused: kindsOf(findings.filter((f) => f.confidence === 'refuse'))[0],
    maybeName: findings.some((f) => f.confidence === 'confirm'),
  };
}
