/**
 * The two languages of the tool, how one is chosen, and how a text in several languages is read.
 * What the tool itself says is in the catalogue (catalogue/index.ts).
 */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function pickLang(explicit: string | undefined, env: Record<string, string | undefined>): Lang {
  const wanted = explicit ?? env.TIP_SCREEN_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return wanted.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Text in several languages, falling back to English, then to any language present. */
export function pick(text: Record<string, string> | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** A citation in a language: one string is the same in every language. */
export function cite(citation: string | Record<string, string> | undefined, lang: string): string {
  return typeof citation === 'string' ? citation : pick(citation, lang);
}

/** What a referral's date means: when its newest source is dated, and whether anyone checked it. */
export interface ReferralDating {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': only as precise as the source. */
  sourceDate: string;
  singleSource: boolean;
  verified: { on: string; method: string } | null;
}

/** '2009' → 2009년, '2024-03' → 2024년 3월, '2024-03-18' → 2024년 3월 18일. */
export function koDate(date: string): string {
  const [y, m, d] = date.split('-');
  return [`${y}년`, m && `${Number(m)}월`, d && `${Number(d)}일`].filter(Boolean).join(' ');
}
