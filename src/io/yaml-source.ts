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

export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax errors: when any are present `data` must not be trusted. */
  errors: Problem[];
  locate(path: readonly PropertyKey[]): { line: number; col: number } | undefined;
  /** A problem at a path; `ko` is its message in Korean, where one was written. */
  problem(path: readonly PropertyKey[], message: string, ko?: string): Problem;
  /** A problem with the key at the end of path itself, reported where the key is written. */
  keyProblem(path: readonly PropertyKey[], message: string): Problem;
}

/** Deeper than any set's conditions nest, shallow enough for every recursive check after parsing. */
export const MAX_DEPTH = 64;
/** Aliases expanded when building the data: a set uses few, if any. */
export const MAX_ALIASES = 100;

// The parser's own messages can quote the file (an alias or tag name, an excerpt): ours do not.
const SYNTAX: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or tag',
  BAD_ALIAS: 'an alias (*name) refers to no anchor (&name) written before it',
  BAD_DIRECTIVE: 'unknown or malformed % directive',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted text',
  BAD_INDENT: 'wrong indentation',
  BAD_PROP_ORDER: 'anchor and tag are in the wrong order',
  BAD_SCALAR_START: 'a plain value cannot start with this character; put it in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be a key',
  BLOCK_IN_FLOW: 'a block cannot be written inside [ ] or { }',
  DUPLICATE_KEY: 'this key is written twice in the same mapping',
  IMPOSSIBLE: 'malformed YAML',
  MISSING_CHAR: 'a closing character is missing (a quote, ] or })',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line (quote text that contains a colon)',
  MULTIPLE_ANCHORS: 'a value has more than one anchor',
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  MULTIPLE_TAGS: 'a value has more than one tag',
  NON_STRING_KEY: 'keys must be plain text',
  TAB_AS_INDENT: 'tabs cannot be used for indentation',
  TAG_RESOLVE_FAILED: 'unknown tag (!name); remove it',
  UNEXPECTED_TOKEN: 'unexpected character (quote text that contains a colon or #)',
  BAD_COLLECTION_TYPE: 'a tag does not fit the kind of value it is on',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
};

export function parseYamlSource(text: string, file: string, opts: { exitCode?: number } = {}): YamlSource {
  const exitCode = opts.exitCode ?? EXIT.usage;
  const lineCounter = new LineCounter();
  // Duplicate keys are an error, not a silent overwrite; checkShape finds them with one set per
  // mapping (the parser's own check compares every key with every other: minutes on a large file).
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) throw tooDeep(file, at(exhausted.pos[0]), exitCode);
  const errors: Problem[] = doc.errors.map((e) => ({
    file,
    ...at(e.pos[0]),
    message: `${SYNTAX[e.code] ?? 'YAML syntax error'} (${e.code})`,
  }));
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
    keyProblem(path, message) {
      const p = locateKey(path) ?? locate(path);
      return { file, ...p, path: path.map(String).join('.') || undefined, message };
    },
  };
}

type At = (offset: number) => { line: number; col: number };

function tooDeep(file: string, pos: { line: number; col: number } | undefined, exitCode: number): UserError {
  return new UserError('YAML_DEPTH', `${shown(file)} is nested more than ${MAX_DEPTH} levels deep.`, {
    exitCode,
    problems: [{ file, ...pos, message: `nested more than ${MAX_DEPTH} levels deep here` }],
    hint: 'No set, answers or settings file nests this deep; check that this is the file you meant.',
  });
}

function tooManyAliases(
  file: string,
  pos: { line: number; col: number } | undefined,
  exitCode: number,
): UserError {
  return new UserError('YAML_ALIASES', `${shown(file)} uses aliases (*name) that expand too far.`, {
    exitCode,
    problems: [{ file, ...pos, message: 'aliases expand beyond the limit from here' }],
    hint: `Write the values out instead of repeating them with aliases (at most ${MAX_ALIASES} are expanded).`,
  });
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
          shape.repeated.push({
            file,
            ...(p.key.range ? at(p.key.range[0]) : {}),
            message: `${SYNTAX.DUPLICATE_KEY} (DUPLICATE_KEY)`,
          });
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
