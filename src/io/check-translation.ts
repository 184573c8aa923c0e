/**
 * The full check of a translation file (indicators/i18n/<set>.<lang>.yaml): its format. A
 * built-in file unchanged since the build comes from the build's artefact instead.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { say } from '../base/catalogue/index.js';
import { UserError } from '../base/errors.js';

const textPair = z.object({ question: z.string().optional(), help: z.string().optional() }).passthrough();

const translationSchema = z.object({
  language: z.string(),
  name: z.string(),
  set: z.string(),
  reviewed: z.boolean(),
  translator_note: z.string().optional(),
  ui: z
    .object({
      answers: z.record(z.string(), z.string()).optional(),
      safetyQuestion: z.string().optional(),
      opening: z.array(z.string()).optional(),
      /** "back", beside the choices of a list. */
      back: z.string().optional(),
    })
    .default({}),
  facts: z
    .record(z.string(), textPair.extend({ options: z.record(z.string(), z.string()).optional() }))
    .default({}),
  indicators: z.record(z.string(), textPair).default({}),
  /** The summary read aloud at the end, said in the person's language too. */
  summary: z
    .strictObject({
      heading: z.string(),
      finding: z.strictObject({
        'victim-likely': z.string(),
        possible: z.string(),
        'insufficient-information': z.string(),
        'no-indicators': z.string(),
      }),
      notLegal: z.string(),
      rights: z.string(),
      nextStep: z.string().refine((t) => t.includes('{contact}') && t.includes('{name}'), {
        message: 'nextStep names {name} and {contact}',
      }),
    })
    .optional(),
  /** The legal notes' sentences said to the person, by note id. */
  legal: z.record(z.string(), z.strictObject({ right: z.string() })).default({}),
  /** Contacts' names, by referral id. */
  referrals: z.record(z.string(), z.strictObject({ name: z.string() })).default({}),
});
export type TranslationFile = z.infer<typeof translationSchema>;

export function readTranslation(file: string): TranslationFile {
  const parsed = translationSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new UserError(
      'SET_INVALID',
      (userLang) => say(userLang).ioSetErrors.SET_INVALID.translation(file),
      {
        problems: parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message })),
      },
    );
  return parsed.data;
}
