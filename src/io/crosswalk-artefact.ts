/**
 * The crosswalk in the build's artefact: plain JSON, its sets named by their files under
 * indicators/ (they come from their own artefacts), its maps as lists of entries.
 */
import { join } from 'node:path';
import type { Element, Text } from '../core/schema.js';
import type { Crosswalk, Mapping } from '../frameworks/crosswalk-schema.js';
import { underIndicators } from './builtin-artefact.js';
import { loadSet } from './load-set.js';
import { INDICATORS_DIR } from './package-dirs.js';

type Reuse = [string, [string, { usedFor: Element; dualUse: boolean }][]][];

export interface StoredCrosswalk {
  primary: string;
  frameworks: { id: string; set: string; items: [string, Mapping][]; reuse: Reuse }[];
  factNotes: [string, Text][];
}

/** The crosswalk as stored; undefined when one of its sets is not under indicators/. */
export function storeCrosswalk(cw: Crosswalk): StoredCrosswalk | undefined {
  const primary = underIndicators(cw.primary.file);
  const frameworks: StoredCrosswalk['frameworks'] = [];
  for (const f of cw.frameworks.values()) {
    const set = underIndicators(f.loaded.file);
    if (set === undefined) return undefined;
    const reuse: Reuse = [...f.reuse].map(([item, byQ]) => [item, [...byQ]]);
    frameworks.push({ id: f.id, set, items: [...f.items], reuse });
  }
  if (primary === undefined) return undefined;
  return { primary, frameworks, factNotes: [...cw.factNotes] };
}

/** The crosswalk back from its artefact, its sets loaded (from theirs) as the full check loads them. */
export function restoreCrosswalk(file: string, stored: StoredCrosswalk): Crosswalk {
  const set = (rel: string) => loadSet(join(INDICATORS_DIR, rel));
  const mapping = (m: Mapping): Mapping => ({ from: m.from, note: m.note, dualUse: m.dualUse });
  return {
    file,
    primary: set(stored.primary),
    frameworks: new Map(
      stored.frameworks.map((f) => [
        f.id,
        {
          id: f.id,
          loaded: set(f.set),
          items: new Map(f.items.map(([id, m]) => [id, mapping(m)])),
          reuse: new Map(f.reuse.map(([item, byQ]) => [item, new Map(byQ)])),
        },
      ]),
    ),
    factNotes: new Map(stored.factNotes),
  };
}
