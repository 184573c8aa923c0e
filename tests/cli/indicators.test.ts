import { describe, expect, it } from 'vitest';
import type { describeSet } from '../../src/cli/commands/indicators.js';
import { builtinSetIds } from '../../src/io/load-set.js';
import { runCli } from '../helpers/cli.js';

type Listing = ReturnType<typeof describeSet>;

async function listJson(set = 'nhrck-2016'): Promise<Listing> {
  const r = await runCli(['indicators', 'list', '--set', set, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Listing;
}

const bilingual = (t: unknown) => {
  const text = t as Record<string, unknown>;
  return (
    typeof text.ko === 'string' && text.ko.length > 0 && typeof text.en === 'string' && text.en.length > 0
  );
};

describe('indicators list', () => {
  it('when the default set is listed as JSON then it has the verified NHRCK structure', async () => {
    const d = await listJson();
    // The index's own 27 items; the items this set added for field coverage are counted apart.
    const items = d.identification.filter((i) => !i.added);
    expect(items).toHaveLength(27);
    expect(d.identification.filter((i) => i.added)).toHaveLength(3);
    expect(d.counts.added).toBe(3);
    const purpose = items.filter((i) => i.element === 'purpose');
    expect(purpose).toHaveLength(20);
    expect(purpose.filter((i) => i.tier === 'high')).toHaveLength(8);
    expect(purpose.filter((i) => i.tier === 'plausible')).toHaveLength(12);
    expect(items.filter((i) => i.element === 'act')).toHaveLength(4);
    expect(items.filter((i) => i.element === 'means')).toHaveLength(3);
    expect(d.protection).toHaveLength(15);
    expect(d.counts).toMatchObject({
      identification: 27,
      purpose: 20,
      purposeHigh: 8,
      purposePlausible: 12,
      protection: 15,
    });
  });

  it('when the items are listed then each has element, tier, source, wording and Korean and English text', async () => {
    const d = await listJson();
    for (const i of d.identification) {
      expect(['act', 'means', 'purpose']).toContain(i.element);
      // Only purpose items are tiered; the others say so explicitly rather than leave the key out.
      if (i.element === 'purpose') expect(['high', 'plausible']).toContain(i.tier);
      else expect(i.tier).toBeNull();
      expect(i.source.doc, i.id).toMatch(/\S/);
      expect(['official', 'reconstructed']).toContain(i.wording);
      expect(bilingual(i.question), `${i.id} question`).toBe(true);
      expect(bilingual(i.help), `${i.id} help`).toBe(true);
    }
    for (const p of d.protection) {
      expect(bilingual(p.text), p.id).toBe(true);
      expect(['shelter', 'police', 'immigration', 'medical', 'further-harm']).toContain(p.category);
    }
  });

  it('when an item is listed then its wording is marked reconstructed or it cites a source of the set', async () => {
    const d = await listJson();
    const sourceIds = new Set(d.set.sources.map((s) => s.id));
    for (const i of [...d.identification, ...d.protection]) {
      const source = i.source;
      expect(i.wording === 'reconstructed' || (source !== null && sourceIds.has(source.doc)), i.id).toBe(
        true,
      );
      // Traceability: whatever the wording, a cited source must exist in the set.
      if (source) expect(sourceIds.has(source.doc), `${i.id} cites ${source.doc}`).toBe(true);
    }
  });

  it('when the set is listed as text then each element shows its item count and wording status', async () => {
    const d = await listJson();
    const r = await runCli(['indicators', 'list']);
    expect(r.code).toBe(0);
    const names = { act: 'Act', means: 'Means', purpose: 'Purpose' } as const;
    for (const el of ['act', 'means', 'purpose'] as const)
      expect(r.stdout).toContain(
        `${names[el]} (${d.identification.filter((i) => i.element === el && !i.added).length})`,
      );
    // Added items are named as such, and the tier split is said to be reconstructed.
    expect(r.stdout).toContain('+ 1 added, not in the index');
    expect(r.stdout).toContain('tier reconstructed');
    expect(r.stdout).toContain(`Protection actions (${d.protection.length})`);
    expect(r.stdout).toContain('reconstructed wording');
  });

  it('when the set is listed in Korean then elements, tiers and wording status are in Korean too', async () => {
    const r = await runCli(['--lang', 'ko', 'indicators', 'list']);
    expect(r.code).toBe(0);
    for (const heading of ['행위 (4)', '수단 (3)', '목적 (20)', '보호 조치 (15)'])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toMatch(/nhrck16\.purpose\.forced-sex +가능성 높음 +재구성 문구/);
    expect(r.stdout).not.toMatch(/^(act|means|purpose|protection) \(/m);
  });
});

describe('indicators show', () => {
  it('when a reconstructed item is shown then the text says the wording is reconstructed', async () => {
    const d = await listJson();
    const item = d.identification.find((i) => i.wording === 'reconstructed');
    expect(item).toBeDefined();
    const r = await runCli(['indicators', 'show', item!.id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(item!.id);
    expect(r.stdout).toContain(item!.question.en);
    expect(r.stdout).toContain(item!.question.ko);
    expect(r.stdout).toMatch(/reconstructed from the cited sources, not the official text/);
  });

  it('when the id does not exist then it exits 2 and points to the list', async () => {
    const r = await runCli(['indicators', 'show', 'nhrck16.purpose.no-such-item']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nhrck16.purpose.no-such-item');
    expect(r.stderr).toContain('indicators list');
  });
});

describe('indicators schema', () => {
  it('when the set schema is printed then it is JSON Schema describing indicators', async () => {
    const r = await runCli(['indicators', 'schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as {
      $schema: string;
      properties: Record<string, { type?: string; items?: unknown }>;
      required: string[];
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.properties.indicators).toBeDefined();
    expect(schema.properties.indicators!.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'indicators', 'rules']));
  });

  it('when the overlay schema is asked for then it describes extends, add and reword', async () => {
    const r = await runCli(['indicators', 'schema', '--kind', 'overlay']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['extends', 'add', 'reword']));
    expect(schema.required).toContain('extends');
    expect(schema.properties.indicators).toBeUndefined();
  });
});

describe('indicators with an unknown set', () => {
  it('when the set id is not built in then it exits 2 and lists the built-in sets', async () => {
    const r = await runCli(['indicators', 'list', '--set', 'nhrck-2061']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[SET_NOT_FOUND]');
    // The name given is not repeated (it may come from a file), the built-in ones are listed.
    expect(r.stderr).not.toContain('nhrck-2061');
    const builtins = builtinSetIds();
    expect(builtins.length).toBeGreaterThan(0);
    for (const id of builtins) expect(r.stderr).toContain(id);
  });
});
