/**
 * The build's artefact (dist/builtin/, made by .config/build.mjs before any test runs) holds the
 * built-in data exactly as the full check of the YAML gives it, and is used only while each YAML
 * file it was made from is unchanged: an edited file is checked in full, with its positions.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorSet } from '../../src/core/schema.js';
import type { Scenario } from '../../src/core/scenario-schema.js';
import { builtinValue, useArtefacts } from '../../src/io/builtin-artefact.js';
import { restoreCrosswalk, type StoredCrosswalk } from '../../src/io/crosswalk-artefact.js';
import { fullChecks } from '../../src/io/full-checks.js';
import { CROSSWALK_FILE } from '../../src/io/load-crosswalk.js';
import { libraryFiles } from '../../src/io/load-scenario.js';
import { builtinSetIds, INDICATORS_DIR } from '../../src/io/load-set.js';
import { BUILTIN_DIR } from '../../src/io/package-dirs.js';

const root = join(INDICATORS_DIR, '..');
const setFile = (id: string) => join(INDICATORS_DIR, `${id}.yaml`);
const i18nFiles = readdirSync(join(INDICATORS_DIR, 'i18n')).map((f) => join(INDICATORS_DIR, 'i18n', f));

afterEach(() => useArtefacts(BUILTIN_DIR));

describe('the built-in artefact', () => {
  it('when each built-in set is loaded from the artefact then it equals the full check of its YAML', () => {
    expect(builtinSetIds()).toEqual(['nhrck-2016', 'kr-2023', 'palermo']);
    for (const id of builtinSetIds()) {
      const full = fullChecks().loadSetFile(setFile(id), []);
      const built = builtinValue<IndicatorSet>(setFile(id));
      expect(built, id).toBeDefined();
      expect(built!.value).toEqual(full.set);
    }
  });

  it('when the crosswalk is restored from the artefact then it equals the full check of its YAML', () => {
    const built = builtinValue<StoredCrosswalk>(CROSSWALK_FILE);
    expect(built).toBeDefined();
    expect(restoreCrosswalk(CROSSWALK_FILE, built!.value)).toStrictEqual(
      fullChecks().readCrosswalk(CROSSWALK_FILE),
    );
  });

  it('when the library scenarios and translations come from the artefact then they equal their full checks', () => {
    expect(libraryFiles().length).toBeGreaterThan(0);
    for (const f of libraryFiles())
      expect(builtinValue<Scenario>(f)?.value, f).toEqual(fullChecks().checkScenarioSource(f).ok?.scenario);
    expect(i18nFiles.length).toBeGreaterThan(0);
    for (const f of i18nFiles) expect(builtinValue(f)?.value, f).toEqual(fullChecks().readTranslation(f));
  });

  it('when a YAML file is edited then its artefact, and those made from it, are no longer used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tip-screen-artefact-'));
    try {
      cpSync(INDICATORS_DIR, join(dir, 'indicators'), { recursive: true });
      useArtefacts(BUILTIN_DIR, join(dir, 'indicators'));
      const copy = (f: string) => join(dir, 'indicators', f);
      expect(builtinValue(copy('kr-2023.yaml'))).toBeDefined();
      expect(builtinValue(copy('crosswalk.yaml'))).toBeDefined();
      appendFileSync(copy('kr-2023.yaml'), '# edited\n');
      expect(builtinValue(copy('kr-2023.yaml'))).toBeUndefined();
      // The crosswalk was checked against kr-2023 as it was.
      expect(builtinValue(copy('crosswalk.yaml'))).toBeUndefined();
      expect(builtinValue(copy('nhrck-2016.yaml'))).toBeDefined();
      // A file outside indicators/ never has one.
      expect(builtinValue(join(dir, 'nhrck-2016.yaml'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the built CLI runs on an edited built-in set then the full check reports the problem at file:line:col', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'tip-screen-pkg-'));
    try {
      for (const d of ['bin', 'dist', 'indicators']) cpSync(join(root, d), join(pkg, d), { recursive: true });
      cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
      symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
      const run = () =>
        spawnSync(
          process.execPath,
          [join(pkg, 'bin', 'tip-screen.js'), 'indicators', 'list', '--lang', 'en'],
          {
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
          },
        );
      expect(run().status).toBe(0);
      const file = join(pkg, 'indicators', 'nhrck-2016.yaml');
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const line = lines.findIndex((l) => /^ +element: act$/.test(l));
      lines[line] = lines[line]!.replace('act', 'acts');
      writeFileSync(file, lines.join('\n'));
      const r = run();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`nhrck-2016\\.yaml:${line + 1}:\\d+`));
      expect(r.stderr).toContain('SET_INVALID');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
