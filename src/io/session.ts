/**
 * A screening session as it is saved: a case code (never a name), the set, the answers so far and
 * where the interview stands. Saved after every answer so an interruption loses nothing.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ANSWER_VALUES, savedFactValueSchema } from '../core/schema.js';

export const sessionSchema = z.strictObject({
  format: z.literal('tip-screen-session'),
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  caseCode: z.string().max(40).optional(),
  set: z.string(),
  frameworks: z.array(z.string()).optional(),
  lang: z.enum(['ko', 'en']),
  respondentLang: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['in-progress', 'paused', 'done']),
  danger: z.enum(['yes', 'no', 'unknown']).optional(),
  openingDone: z.boolean().default(false),
  facts: z.record(z.string(), savedFactValueSchema),
  answers: z.record(z.string(), z.enum(ANSWER_VALUES)),
  /** Notes to a question, oldest first; files saved before hold one note as a string. */
  notes: z.record(z.string(), z.union([z.string().max(500), z.array(z.string().max(500)).max(20)])),
  /** The step the interview was on: "fact:age", "ind:<id>", "review". */
  cursor: z.string().optional(),
  outcome: z.string().optional(),
  /** The short path to referrals was offered (taken or not): it is not offered again on resume. */
  shortPathOffered: z.boolean().optional(),
  /**
   * Counts saves. An older copy put back in place of the file has a lower revision than the one
   * this computer saw last, which is how a rollback is noticed. Absent in files saved before.
   */
  revision: z.number().int().nonnegative().max(0xffffffff).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export function newSession(opts: {
  set: string;
  lang: 'ko' | 'en';
  caseCode?: string;
  respondentLang?: string;
  frameworks?: string[];
  now: Date;
}): Session {
  const stamp = opts.now.toISOString().slice(0, 10).replaceAll('-', '');
  return {
    format: 'tip-screen-session',
    version: 1,
    id: `${stamp}-${randomBytes(3).toString('hex')}`,
    ...(opts.caseCode ? { caseCode: opts.caseCode } : {}),
    set: opts.set,
    ...(opts.frameworks ? { frameworks: opts.frameworks } : {}),
    lang: opts.lang,
    ...(opts.respondentLang ? { respondentLang: opts.respondentLang } : {}),
    createdAt: opts.now.toISOString(),
    updatedAt: opts.now.toISOString(),
    status: 'in-progress',
    openingDone: false,
    facts: {},
    answers: {},
    notes: {},
  };
}
