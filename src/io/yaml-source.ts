/**
 * Parses YAML (or JSON, which is YAML) while keeping positions, so that every problem found later,
 * by zod or by the set's own checks, can be reported as file:line:col.
 *
 * Hostile input is refused with its own code rather than crashing or taking long: too many aliases
 * (a "billion laughs" file) and nesting deeper than any real file. Syntax errors are described in
 * the tool's own words, never with the parser's excerpt of the file. Finding a problem's position
 * costs one lookup per key (each mapping's keys are indexed on first use), so reporting every
 * problem of a large file stays linear.
 */
import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { EXIT, UserError, type Problem } from '../base/errors.js';
import { shown } from './file-checks.js';
import { catalogue, say } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax errors: when any are present `data` must not be trusted. */
  errors: Problem[];
  locate(path: readonly PropertyKey[]): { line: number; col: number } | undefined;
  /** A problem at a path; `ko` is its message in Korean, where one was written. */
  problem(path: readonly PropertyKey[], message: string, ko?: string): Problem;
  /** A problem with the key at the end of path itself, reported where the key is written. */
  keyProblem(path: readonly PropertyKey[], message: string, ko?: string): Problem;
}

/** Deeper than any set's conditions nest, shallow enough for every recursive check after parsing. */
export const MAX_DEPTH = 64;
/** Aliases expanded when building the data: a set uses few, if any. */
export const MAX_ALIASES = 100;

// The parser's own messages can quote the file (an alias or tag name, an excerpt): ours do not.
const syntax = (code: string, lang: Lang): string =>
  (say(lang).ioErrors.yamlSyntax as Record<string, string | undefined>)[code] ??
  say(lang).ioErrors.yamlSyntaxOther;

/** A syntax error at a position, in English and Korean, with the parser's code. */
const syntaxProblem = (file: string, pos: { line?: number; col?: number }, code: string): Problem => ({
  file,
  ...pos,
  message: `${syntax(code, 'en')} (${code})`,
  ko: `${syntax(code, 'ko')} (${code})`,
});

export function parseYamlSource(text: string, file: string, opts: { exitCode?: number } = {}): YamlSource {
  const exitCode = opts.exitCode ?? EXIT.usage;
  const lineCounter = new LineCounter();
  // Duplicate keys are an error, not a silent overwrite; checkShape finds them with one set per
  // mapping (the parser's own check compares every key with every other: minutes on a large file).
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) throw tooDeep(file, at(exhausted.pos[0]), exitCode);
  const errors: Problem[] = doc.errors.map((e) => syntaxProblem(file, at(e.pos[0]), e.code));
  const shape = errors.length ? undefined : checkShape(doc, file, at, exitCode);
  if (shape) errors.push(...shape.repeated);

  // Keys of each mapping, indexed when first looked up.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: PropertyKey): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index.get(String(key));
  };
  const child = (node: unknown, key: PropertyKey): unknown => {
    if (isMap(node)) return pairOf(node, key)?.value ?? undefined;
    if (isSeq(node))
      return typeof key === 'number' || /^\d+$/.test(String(key)) ? node.items[Number(key)] : undefined;
    return undefined;
  };
  const pos = (node: unknown) => (isNode(node) && node.range ? at(node.range[0]) : undefined);

  /** Where a key of a mapping is written (an unknown key is reported there, not at its value). */
  const locateKey = (path: readonly PropertyKey[]) => {
    if (!path.length) return undefined;
    let parent: unknown = doc.contents;
    for (const k of path.slice(0, -1)) parent = child(parent, k);
    if (!isMap(parent)) return undefined;
    const pair = pairOf(parent, path[path.length - 1]!);
    return pair ? pos(pair.key) : undefined;
  };
  const locate = (path: readonly PropertyKey[]) => {
    // Walk down as far as the path exists: a missing field is reported at its parent.
    let node: unknown = doc.contents;
    let found = pos(node);
    for (const k of path) {
      node = child(node, k);
      if (node === undefined) break;
      found = pos(node) ?? found;
    }
    return found;
  };
  const data = errors.length || !shape ? undefined : toData(doc, shape, file, at, exitCode);
  return {
    file,
    data,
    errors,
    locate,
    problem(path, message, ko) {
      const p = locate(path);
      return { file, ...p, path: path.map(String).join('.') || undefined, message, ...(ko ? { ko } : {}) };
    },
    keyProblem(path, message, ko) {
      const p = locateKey(path) ?? locate(path);
      return { file, ...p, path: path.map(String).join('.') || undefined, message, ...(ko ? { ko } : {}) };
    },
  };
}

type At = (offset: number) => { line: number; col: number };

function tooDeep(file: string, pos: { line: number; col: number } | undefined, exitCode: number): UserError {
  const { en, ko } = catalogue;
  return new UserError('YAML_DEPTH', (lang) => say(lang).ioErrors.YAML_DEPTH.file(shown(file), MAX_DEPTH), {
    exitCode,
    problems: [
      {
        file,
        ...pos,
        message: en.ioErrors.YAML_DEPTH.here(MAX_DEPTH),
        ko: ko.ioErrors.YAML_DEPTH.here(MAX_DEPTH),
      },
    ],
  });
}

function tooManyAliases(
  file: string,
  pos: { line: number; col: number } | undefined,
  exitCode: number,
): UserError {
  const { en, ko } = catalogue;
  return new UserError(
    'YAML_ALIASES',
    (lang) => say(lang).ioErrors.YAML_ALIASES.file(shown(file), MAX_ALIASES),
    {
      exitCode,
      problems: [
        { file, ...pos, message: en.ioErrors.YAML_ALIASES.here(), ko: ko.ioErrors.YAML_ALIASES.here() },
      ],
    },
  );
}

interface Shape {
  repeated: Problem[];
  /** Collections and values written in the file. */
  nodes: number;
  firstAlias: Node | undefined;
}

/** Refuses nesting past MAX_DEPTH and finds repeated keys, walking the tree without recursion. */
function checkShape(doc: Document, file: string, at: At, exitCode: number): Shape {
  const shape: Shape = { repeated: [], nodes: 0, firstAlias: undefined };
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    shape.nodes++;
    if (isAlias(node) && (!shape.firstAlias || (node.range?.[0] ?? 0) < (shape.firstAlias.range?.[0] ?? 0)))
      shape.firstAlias = node;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) throw tooDeep(file, node.range ? at(node.range[0]) : undefined, exitCode);
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const p of node.items) {
        if (!isScalar(p.key)) continue;
        const k = String(p.key.value);
        if (seen.has(k))
          shape.repeated.push(syntaxProblem(file, p.key.range ? at(p.key.range[0]) : {}, 'DUPLICATE_KEY'));
        seen.add(k);
      }
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  shape.repeated.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return shape;
}

/** Values the aliases may add beyond those written: a set that reuses a block a few times. */
const ALIAS_GROWTH = 100_000;

function toData(doc: Document, shape: Shape, file: string, at: At, exitCode: number): unknown {
  const aliasAt = shape.firstAlias?.range ? at(shape.firstAlias.range[0]) : undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep(file, aliasAt, exitCode);
    if (e instanceof ReferenceError) throw tooManyAliases(file, aliasAt, exitCode);
    throw e;
  }
  if (!shape.firstAlias) return data;
  // A few aliases to a large block, or an alias inside its own anchor (a cycle), pass the
  // parser's count but would have every later check walk the copies: count what they expand to.
  const budget = shape.nodes + ALIAS_GROWTH;
  let seen = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++seen > budget) throw tooManyAliases(file, aliasAt, exitCode);
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) throw tooDeep(file, aliasAt, exitCode);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return data;
}
