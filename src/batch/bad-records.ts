/**
 * Bad records as a run meets them: the first few printed on standard error in the user's
 * language, every one written to --errors as a JSON line (in English), with the file when there
 * is more than one input. Keys and ids come from the record, so what is printed has its control
 * characters escaped.
 */
import type { OutputStream } from '../io/streams.js';
import type { Sink } from '../io/sink.js';
import { escapeControls } from '../base/safe-text.js';
import type { Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import type { BadRecord } from './chunk-result.js';
import type { Input } from './inputs.js';
import { ProblemTally } from './problem-tally.js';

/** Bad records printed one by one on standard error; the rest are counted (all go to --errors). */
export const PRINT_BAD = 20;

export class BadRecordLog {
  /** Bad records so far. */
  count = 0;
  private readonly tally = new ProblemTally();

  constructor(
    private readonly stderr: OutputStream,
    private readonly errors: Sink | undefined,
    private readonly many: boolean,
    private readonly lang: Lang,
  ) {}

  /** A problem that is not a bad record (a repeated id, an empty input): --errors only. */
  async note(input: Input, line: number, path: string, message: string): Promise<void> {
    if (this.errors)
      await this.errors.write(
        JSON.stringify({ ...(this.many ? { file: input.name } : {}), line, problems: [{ path, message }] }) +
          '\n',
      );
  }

  /** A bad record, at its line in the chunk plus the chunk's offset. */
  async report(input: Input, r: BadRecord, offset: number): Promise<void> {
    this.count++;
    this.tally.add(r.problems);
    const line = r.line + offset;
    if (this.count <= PRINT_BAD) {
      const where = say(this.lang).commands.badRecord(this.many ? input.name : undefined, line, r.id);
      const said = (p: BadRecord['problems'][number]) => (this.lang === 'ko' && p.ko) || p.message;
      const text = `${where}: ${r.problems.map((p) => (p.path ? `${p.path}: ${said(p)}` : said(p))).join('; ')}`;
      this.stderr.write(`${escapeControls(text)}\n`);
    }
    if (this.errors)
      await this.errors.write(
        JSON.stringify({
          ...(this.many ? { file: input.name } : {}),
          line,
          ...(r.id ? { id: r.id } : {}),
          problems: r.problems.map(({ path, message }) => ({ path, message })),
        }) + '\n',
      );
  }

  /** After the run: one line on standard error for each problem that many records share. */
  summarise(set: string): void {
    for (const line of this.tally.lines(this.lang, set)) this.stderr.write(`${line}\n`);
  }
}
