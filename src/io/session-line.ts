/** How a session is named in a list of choices, without opening it: id, case code, last change. */
import { say } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';

/** One line naming a session: id, case code (hidden inside an encrypted file), last change. */
export function describeSession(
  info: { id: string; encrypted: boolean; changedAt: number },
  caseCode: string | undefined,
  lang: Lang,
): string {
  const words = say(lang).ioSessionErrors.words;
  const code = info.encrypted ? words.encrypted : (caseCode ?? '-');
  return words.sessionLine(info.id, code, localTime(info.changedAt));
}

/** A moment as the screener's clock shows it, to the minute: 2026-12-03 14:05. */
export function localTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
