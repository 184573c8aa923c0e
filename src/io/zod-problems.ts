/**
 * Turns zod's issues about a parsed file into problems at file:line:col, in English and Korean.
 * Used by every check that runs a schema over a YAML file (sets, crosswalk, scenarios, settings).
 */
import type { z } from 'zod';
import { retiredKey } from '../core/schema.js';
import type { Problem } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { koreanOf } from '../base/zod-messages.js';
import type { YamlSource } from './yaml-source.js';

export function zodProblems(src: YamlSource, issues: z.core.$ZodIssue[]): Problem[] {
  // A key an older format used names what replaces it; the replacement is then not also reported
  // as missing.
  const replaced = new Set<string>();
  for (const issue of issues)
    if (issue.code === 'unrecognized_keys')
      for (const k of issue.keys) {
        const retired = retiredKey(issue.path, k);
        if (retired) replaced.add([...issue.path, retired.replacedBy].map(String).join('.'));
      }
  // An unknown key is reported at that key, with its name in the path, not at the top of its object.
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) =>
          src.keyProblem(
            [...issue.path, k],
            retiredKey(issue.path, k)?.message ?? say('en').schemaProblems.unknownKey(k),
            retiredKey(issue.path, k) ? undefined : say('ko').schemaProblems.unknownKey(k),
          ),
        )
      : issue.code === 'invalid_type' && replaced.has(issue.path.map(String).join('.'))
        ? []
        : [src.problem(issue.path, issue.message, koreanOf(issue))],
  );
}
