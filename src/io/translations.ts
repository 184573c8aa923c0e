/**
 * Respondent-language texts (indicators/i18n/<set>.<lang>.yaml), shown beside the screener's
 * language so the screen can be turned toward the person. A missing text falls back to English
 * with a visible marker, never to a blank.
 */
import { say } from '../base/catalogue/index.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorSet } from '../core/schema.js';
import { UserError } from '../base/errors.js';
import { INDICATORS_DIR } from './package-dirs.js';
import { builtinValue } from './builtin-artefact.js';
import { fullChecks } from './full-checks.js';
import type { TranslationFile } from './check-translation.js';
import type { RespondentWords } from '../report/summary.js';

export interface Translation {
  lang: string;
  name: string;
  reviewed: boolean;
  /** Text in the respondent's language, or English marked as a fallback. */
  question(kind: 'fact' | 'indicator', id: string): { text: string; fallback: boolean };
  help(kind: 'fact' | 'indicator', id: string): { text: string; fallback: boolean };
  answer(value: string): string | undefined;
  /** The label of a choice fact's option, if translated. */
  option(factId: string, optionId: string): string | undefined;
  ui: TranslationFile['ui'];
  /** The summary's words in this language; undefined where the file has none. */
  summary: RespondentWords | undefined;
}

export const translationFile = (setId: string, lang: string): string =>
  join(INDICATORS_DIR, 'i18n', `${setId}.${lang}.yaml`);

export function availableTranslations(setId: string): string[] {
  const dir = join(INDICATORS_DIR, 'i18n');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => new RegExp(`^${setId.replace(/[.]/g, '\\.')}\\.([a-z-]+)\\.yaml$`, 'i').exec(f)?.[1])
    .filter((x): x is string => !!x);
}

export function readTranslationFile(setId: string, lang: string): TranslationFile {
  const file = translationFile(setId, lang);
  if (!existsSync(file))
    throw new UserError('USAGE', (userLang) =>
      say(userLang).ioSetErrors.USAGE.noTranslation(
        lang,
        setId,
        ['ko', 'en', ...availableTranslations(setId)].join(', '),
      ),
    );
  return builtinValue<TranslationFile>(file)?.value ?? fullChecks().readTranslation(file);
}

export function loadTranslation(set: IndicatorSet, lang: string): Translation {
  const english = (kind: 'fact' | 'indicator', id: string, field: 'question' | 'help') => {
    const item =
      kind === 'fact' ? set.facts.find((f) => f.id === id) : set.indicators.find((i) => i.id === id);
    return item?.[field]?.en ?? '';
  };
  if (lang === 'ko' || lang === 'en') {
    const own = (kind: 'fact' | 'indicator', id: string, field: 'question' | 'help') => {
      const item =
        kind === 'fact' ? set.facts.find((f) => f.id === id) : set.indicators.find((i) => i.id === id);
      return { text: item?.[field]?.[lang] ?? '', fallback: false };
    };
    return {
      lang,
      name: say(lang).words.languageName,
      reviewed: true,
      question: (k, id) => own(k, id, 'question'),
      help: (k, id) => own(k, id, 'help'),
      answer: () => undefined,
      option: () => undefined,
      ui: {},
      summary: ownSummary(set, lang),
    };
  }
  const file = readTranslationFile(set.id, lang);
  const lookup = (kind: 'fact' | 'indicator', id: string, field: 'question' | 'help') => {
    const entry = kind === 'fact' ? file.facts[id] : file.indicators[id];
    const text = entry?.[field];
    return text ? { text, fallback: false } : { text: english(kind, id, field), fallback: true };
  };
  return {
    lang,
    name: file.name,
    reviewed: file.reviewed,
    question: (k, id) => lookup(k, id, 'question'),
    help: (k, id) => lookup(k, id, 'help'),
    answer: (value) => file.ui.answers?.[value],
    option: (factId, optionId) => file.facts[factId]?.options?.[optionId],
    ui: file.ui,
    summary: file.summary && fileSummary(file, file.summary),
  };
}

/** Korean or English as the person's language: the tool's own summary words and the set's texts. */
function ownSummary(set: IndicatorSet, lang: 'ko' | 'en'): RespondentWords {
  const s = say(lang).report.summary;
  return {
    lang,
    name: say(lang).words.languageName,
    heading: s.heading,
    finding: s.finding,
    notLegal: s.notLegal,
    rights: s.rights,
    nextStep: s.nextStep,
    right: (id) => set.legal.find((l) => l.id === id)?.right?.[lang],
    referralName: (id) => set.referrals.find((r) => r.id === id)?.name[lang],
  };
}

function fileSummary(file: TranslationFile, s: NonNullable<TranslationFile['summary']>): RespondentWords {
  return {
    lang: file.language,
    name: file.name,
    heading: s.heading,
    finding: s.finding,
    notLegal: s.notLegal,
    rights: s.rights,
    nextStep: (contact, name) => s.nextStep.replace('{name}', name).replace('{contact}', contact),
    right: (id) => file.legal[id]?.right,
    referralName: (id) => file.referrals[id]?.name,
  };
}

/** Per language: how many of the set's respondent texts are translated. */
export interface Completeness {
  lang: string;
  name: string;
  reviewed: boolean;
  translated: number;
  total: number;
  missing: string[];
}

export function translationCompleteness(set: IndicatorSet): Completeness[] {
  const ids = [
    ...set.facts.map((f) => ({ kind: 'fact' as const, id: f.id, help: !!f.help })),
    ...set.indicators.map((i) => ({ kind: 'indicator' as const, id: i.id, help: true })),
  ];
  const total = ids.reduce((n, x) => n + (x.help ? 2 : 1), 0);
  const rows: Completeness[] = (['ko', 'en'] as const).map((lang) => ({
    lang,
    name: say(lang).words.languageName,
    reviewed: true,
    translated: total,
    total,
    missing: [],
  }));
  for (const lang of availableTranslations(set.id)) {
    const t = loadTranslation(set, lang);
    const missing: string[] = [];
    let translated = 0;
    for (const x of ids) {
      if (t.question(x.kind, x.id).fallback) missing.push(`${x.id}.question`);
      else translated++;
      if (!x.help) continue;
      if (t.help(x.kind, x.id).fallback) missing.push(`${x.id}.help`);
      else translated++;
    }
    rows.push({ lang, name: t.name, reviewed: t.reviewed, translated, total, missing });
  }
  return rows;
}
