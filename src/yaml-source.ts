/**
 * Parses YAML (or JSON, which is YAML) while keeping positions, so that every problem found later,
 * by zod or by the set's own checks, can be reported as file:line:col.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import type { Problem } from './errors.js';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax errors: when any are present `data` must not be trusted. */
  errors: Problem[];
  locate(path: readonly PropertyKey[]): { line: number; col: number } | undefined;
  problem(path: readonly PropertyKey[], message: string): Problem;
  /** A problem with the key at the end of path itself, reported where the key is written. */
  keyProblem(path: readonly PropertyKey[], message: string): Problem;
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // uniqueKeys: duplicate keys are an error, not a silent overwrite.
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors: Problem[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, col: pos.col, message: e.message.split('\n')[0] ?? e.message };
  });
  /** Where a key of a mapping is written (an unknown key is reported there, not at its value). */
  const locateKey = (path: readonly PropertyKey[]) => {
    const parent = path.length ? doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
    if (!isMap(parent)) return undefined;
    const last = String(path[path.length - 1]);
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
    if (!pair || !isNode(pair.key) || !pair.key.range) return undefined;
    const pos = lineCounter.linePos(pair.key.range[0]);
    return { line: pos.line, col: pos.col };
  };
  const locate = (path: readonly PropertyKey[]) => {
    // Walk down as far as the path exists: a missing field is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, col: pos.col };
      }
      if (n < path.length) continue;
    }
    return undefined;
  };
  return {
    file,
    data: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    locate,
    problem(path, message) {
      const pos = locate(path);
      return { file, ...pos, path: path.map(String).join('.') || undefined, message };
    },
    keyProblem(path, message) {
      const pos = locateKey(path) ?? locate(path);
      return { file, ...pos, path: path.map(String).join('.') || undefined, message };
    },
  };
}
