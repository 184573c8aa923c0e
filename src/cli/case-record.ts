/**
 * The case file of a screening as the commands write it: the record of what was asked (from a
 * session, or from an answers file) rendered with its report as Markdown.
 */
import { TOOL_VERSION } from '../base/version.js';
import type { LoadedSet } from '../core/loaded-set.js';
import { isAsked, skipContext } from '../core/questionnaire.js';
import type { ScreeningInput } from '../core/engine.js';
import type { Session } from '../io/session.js';
import { readTranslationFile } from '../io/translations.js';
import { renderCaseMarkdown } from '../render/case-markdown.js';
import { buildCaseFile, type Block, type CaseRecord } from '../report/case-file.js';
import { renderCaseHtml } from '../render/case-html.js';
import type { Report } from '../report/report.js';
import type { FrameworksReport } from '../report/frameworks.js';
import { frameworksBlocks } from '../render/case-frameworks.js';

/** The respondent language by its own name ("Tiếng Việt"), or by its code if none is shipped. */
function respondentLang(setId: string, code: string): { code: string; name: string } {
  try {
    return { code, name: readTranslationFile(setId, code).name };
  } catch {
    return { code, name: code };
  }
}

export function sessionRecord(session: Session): CaseRecord {
  return {
    ...(session.caseCode ? { caseCode: session.caseCode } : {}),
    startedAt: session.createdAt,
    savedAt: session.updatedAt,
    ...(session.respondentLang
      ? { respondentLang: respondentLang(session.set, session.respondentLang) }
      : {}),
    facts: session.facts,
    answers: session.answers,
    notes: session.notes,
    toolVersion: TOOL_VERSION,
  };
}

/** Only the values given: an answers file may name a fact or answer with no value (null). */
const given = <T>(xs: Record<string, T | null | undefined> | undefined): Record<string, T> =>
  Object.fromEntries(Object.entries(xs ?? {}).filter((e): e is [string, T] => e[1] != null));

export function answersRecord(input: ScreeningInput, caseCode: string | undefined, now: Date): CaseRecord {
  return {
    ...(caseCode ? { caseCode } : {}),
    savedAt: now.toISOString(),
    facts: given(input.facts),
    answers: given(input.answers),
    toolVersion: TOOL_VERSION,
  };
}

/**
 * The case file as Markdown; `set` is the one whose questions were asked (the primary set, for a
 * screening scored under several frameworks).
 */
export function caseFileMarkdown(
  report: Report | FrameworksReport,
  loaded: Asked,
  record: CaseRecord,
): string {
  return renderCaseMarkdown(caseFileBlocks(report, loaded, record));
}

/** The same case file as a printable page (`--format html`). */
export function caseFileHtml(report: Report | FrameworksReport, loaded: Asked, record: CaseRecord): string {
  return renderCaseHtml(caseFileBlocks(report, loaded, record), report.language);
}

/** The set whose questions were asked, with its compiled skip logic. */
type Asked = Pick<LoadedSet, 'set' | 'compiled'>;

function caseFileBlocks(report: Report | FrameworksReport, loaded: Asked, given: CaseRecord): Block[] {
  const record = { ...given, notApplicable: notApplicable(loaded, given) };
  if (!('disagreements' in report)) return buildCaseFile(report, loaded.set, record);
  const primary = report.frameworks.find((r) => r.set.id === report.primary) ?? report.frameworks[0]!;
  return buildCaseFile(primary, loaded.set, record, frameworksBlocks(report));
}

/** The unanswered facts and indicators that the skip logic rules out on the answers given. */
function notApplicable({ set, compiled }: Asked, record: CaseRecord): string[] {
  const ctx = skipContext(compiled, { facts: record.facts, answers: record.answers } as ScreeningInput);
  return [
    ...set.facts.filter((f) => record.facts[f.id] === undefined && !isAsked(compiled, ctx, 'fact', f.id)),
    ...set.indicators.filter(
      (i) => record.answers[i.id] === undefined && !isAsked(compiled, ctx, 'indicator', i.id),
    ),
  ].map((x) => x.id);
}
