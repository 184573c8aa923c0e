/**
 * The first stage of `tip-screen batch`: the command's options resolved, and checked, into one
 * BatchConfig: the set (or the frameworks through the crosswalk), the mapping, the inputs, and
 * where and how the rows go. Everything that can be refused is refused here, before anything is
 * read or written.
 */
import { extname } from 'node:path';
import type { Io } from '../io/streams.js';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import type { CompiledSet } from '../core/engine.js';
import type { IndicatorSet } from '../core/schema.js';
import type { Lang } from '../base/i18n.js';
import { loadCrosswalk, prepareCrosswalk } from '../io/load-crosswalk.js';
import { parseFrameworkList } from '../frameworks/select.js';
import { loadSet, prepareSets } from '../io/load-set.js';
import { loadDisplayWidth } from '../ui/output.js';
import type * as MappingLoader from './load-mapping.js';
import { DEFAULT_SET, type LoadedSet } from '../core/loaded-set.js';
import { planFrameworks, type FrameworkPlan } from './frameworks.js';
import { EMPTY_MAPPING, type Mapping } from './mapping.js';
import type { Format, ScorerConfig } from './chunk-result.js';
import { parseColumns, type OutputColumn } from './columns.js';
import { checkOutputs } from './outputs.js';
import { findInputs, type Input } from './inputs.js';

export interface BatchOptions {
  inputs: string[];
  /** The set id or file (default nhrck-2016); not with frameworks. */
  set: string | undefined;
  /** Comma-separated framework ids: score every record under each, through the crosswalk. */
  frameworks: string | undefined;
  inFormat: Format | undefined;
  outFormat: Format | undefined;
  out: string | undefined;
  map: string | undefined;
  errors: string | undefined;
  summary: string | undefined;
  report: string | undefined;
  by: string | undefined;
  label: string | undefined;
  strict: boolean;
  /** Refuse input in which two records share an id (otherwise a warning). */
  uniqueIds?: boolean;
  allowIdentifiers: boolean;
  jobs: number;
  /** --columns: a preset (all, minimal) or a comma-separated list of output columns. */
  columns?: string | undefined;
  quiet: boolean;
  lang: Lang;
}

export interface BatchConfig {
  opts: BatchOptions;
  set: IndicatorSet;
  compiled: CompiledSet;
  /** With --frameworks: the frameworks every record is scored under, in the order given. */
  plans: FrameworkPlan[] | undefined;
  mapping: Mapping;
  inputs: Input[];
  /** More than one input: messages and bad-record lines name the file. */
  many: boolean;
  /** Every input is a stream (standard input): its rows cannot be held back. */
  streamed: boolean;
  /** The rows go to standard output (no --out, or --out -). */
  toStdout: boolean;
  outFormat: Format;
  /** The identifying-data check is on (no --allow-identifiers). */
  guard: boolean;
  /** Where standard output is spooled when its rows may have to be withheld. */
  spoolDir: string;
  /** The output columns chosen with --columns; undefined: all of them. */
  columns: OutputColumn[] | undefined;
}

type LoadMapping = typeof MappingLoader.loadMapping;

/**
 * Loads what resolveBatch needs for these options and no more: the full checks only for a set
 * or crosswalk that is not built in, the mapping's reader only with --map, the full measure of
 * display width only for the summary table.
 */
export async function prepareBatch(opts: BatchOptions, io: Io): Promise<LoadMapping | undefined> {
  const [, loader] = await Promise.all([
    opts.frameworks === undefined ? prepareSets([opts.set ?? DEFAULT_SET], io.cwd) : prepareCrosswalk(),
    opts.map === undefined ? undefined : import('./load-mapping.js'),
    opts.quiet || loadDisplayWidth(),
  ]);
  return loader?.loadMapping;
}

export function resolveBatch(opts: BatchOptions, io: Io, loadMapping?: LoadMapping): BatchConfig {
  const { loaded, plans } = loadSetOrFrameworks(opts, io);
  const { set, compiled } = loaded;
  const mapping: Mapping = opts.map ? loadMapping!(opts.map, io.cwd) : EMPTY_MAPPING;
  if (opts.by !== undefined && !compiled.factIndex.has(opts.by))
    throw new UserError('USAGE', (lang) =>
      say(lang).batchErrors.USAGE.byFact(opts.by!, set.id, set.facts.map((f) => f.id).join(', ')),
    );
  if (opts.inputs.filter((i) => i === '-').length > 1)
    throw new UserError('USAGE', (lang) => say(lang).batchErrors.USAGE.stdinTwice());
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1 || opts.jobs > 64)
    throw new UserError('USAGE', (lang) => say(lang).batchErrors.USAGE.jobs());
  const columns = parseColumns(opts.columns);
  const inputs = findInputs(opts.inputs, opts.inFormat, io);
  const { spoolDir } = checkOutputs(opts, io);
  const toStdout = opts.out === undefined || opts.out === '-';
  const outFormat: Format =
    opts.outFormat ?? (!toStdout && extname(opts.out!).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
  return {
    opts,
    set,
    compiled,
    plans,
    mapping,
    inputs,
    many: inputs.length > 1,
    streamed: inputs.every((i) => 'stream' in i.source),
    toStdout,
    outFormat,
    guard: !opts.allowIdentifiers,
    spoolDir,
    columns,
  };
}

function loadSetOrFrameworks(
  opts: BatchOptions,
  io: Io,
): { loaded: LoadedSet; plans: FrameworkPlan[] | undefined } {
  if (opts.frameworks === undefined)
    return { loaded: loadSet(opts.set ?? DEFAULT_SET, io.cwd), plans: undefined };
  if (opts.set !== undefined)
    throw new UserError('USAGE', (lang) => say(lang).batchErrors.USAGE.setAndFrameworks());
  // Records answer the primary set's questions; the other frameworks are derived from them.
  const cw = loadCrosswalk();
  const plans = planFrameworks(cw, parseFrameworkList(cw, opts.frameworks));
  return { loaded: cw.primary, plans };
}

/** What the chunk scorers need for one input: its format and, for CSV, its header. */
export function scorerConfig(cfg: BatchConfig, inFormat: Format, header: string[] | undefined): ScorerConfig {
  return {
    set: cfg.set,
    inFormat,
    outFormat: cfg.outFormat,
    header,
    mapping: cfg.mapping,
    label: cfg.opts.label,
    by: cfg.opts.by,
    guard: cfg.guard,
    strict: cfg.opts.strict,
    frameworks: cfg.plans,
    columns: cfg.columns,
  };
}
