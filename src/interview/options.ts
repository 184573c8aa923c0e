/** What an interview is given, and how it ends. */
import { type LoadedSet } from '../core/loaded-set.js';
import type { Session } from '../io/session.js';
import type { OutputStream } from '../io/streams.js';
import type { Translation } from '../io/translations.js';
import type { Style } from '../render/layout.js';
import type { FrameworksReport } from '../report/frameworks.js';
import type { Report } from '../report/report.js';
import type { Prompter } from '../ui/prompts.js';
import type { FrameworksMode } from './frameworks.js';

export interface InterviewOptions {
  /** The set asked (in frameworks mode, the crosswalk's primary set). */
  loaded: LoadedSet;
  /** Several frameworks scored from one interview; the questions are planned by the crosswalk. */
  frameworks?: FrameworksMode;
  session: Session;
  prompter: Prompter;
  out: OutputStream;
  style: Style;
  respondent?: Translation;
  /** Persists the session; called after every change. */
  save: (session: Session) => void;
  now?: () => Date;
  /** The command as the screener runs it ("npx tip-screen" through npx), for "to continue: ...". */
  command?: string;
}

export type InterviewEnd =
  | {
      status: 'done';
      session: Session;
      /** The assessment (in frameworks mode, that of the first framework named). */
      report: Report;
      /** In frameworks mode: every framework side by side, with the disagreements. */
      frameworks?: FrameworksReport;
    }
  | {
      /** The short path: the rule held, the screener went to protection and referrals; questions remain. */
      status: 'referred';
      session: Session;
      report: Report;
      frameworks?: FrameworksReport;
    }
  | { status: 'paused' | 'quick-exit' | 'interrupted'; session: Session };
