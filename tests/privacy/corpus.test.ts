import { describe, expect, it } from 'vitest';
import { findIdentifying, IDENTIFYING_KINDS, type IdentifyingKind } from '../../src/guard/find.js';
import { INNOCENT, PLANTED } from './corpus.js';

/** Measured floors: every kind catches at least 95 %; names are guesses, so their floor is lower. */
const FLOOR: Partial<Record<IdentifyingKind, number>> = { name: 0.9 };
const MAX_FALSE_POSITIVES = 0.02;

const caught = (kind: IdentifyingKind, text: string): boolean =>
  findIdentifying(text).some((f) => f.kind === kind);

describe('identifying-data corpus', () => {
  const rows = IDENTIFYING_KINDS.map((kind) => {
    const planted = PLANTED[kind];
    const hits = planted.filter((t) => caught(kind, t)).length;
    const falseAlarms = INNOCENT.filter((t) => findIdentifying(t).some((f) => f.kind === kind)).length;
    return { kind, planted: planted.length, hits, rate: hits / planted.length, falseAlarms };
  });
  const flagged = INNOCENT.filter((t) => findIdentifying(t).length > 0);
  const fpRate = flagged.length / INNOCENT.length;

  it('prints the catch rate and the false-positive rate per kind', () => {
    const lines = rows.map(
      (r) =>
        `${r.kind.padEnd(13)} ${String(r.hits).padStart(4)}/${String(r.planted).padEnd(4)} ${(r.rate * 100).toFixed(1).padStart(5)} %   ${String(r.falseAlarms).padStart(3)}/${INNOCENT.length} ${((r.falseAlarms / INNOCENT.length) * 100).toFixed(1).padStart(4)} %`,
    );
    const total = rows.reduce((n, r) => n + r.planted, 0);
    console.log(
      [
        'kind          caught       rate   false positives',
        ...lines,
        `planted values: ${total}; innocent texts: ${INNOCENT.length}; flagged innocent: ${flagged.length} (${(fpRate * 100).toFixed(1)} %)`,
      ].join('\n'),
    );
    expect(total).toBeGreaterThanOrEqual(300);
    expect(INNOCENT.length).toBeGreaterThanOrEqual(100);
  });

  it.each(IDENTIFYING_KINDS)(
    'when %s values are planted then at least the floor of them is caught',
    (kind) => {
      const row = rows.find((r) => r.kind === kind)!;
      const missed = PLANTED[kind].filter((t) => !caught(kind, t));
      expect({ kind, rate: row.rate >= (FLOOR[kind] ?? 0.95), missed }).toEqual({ kind, rate: true, missed });
    },
  );

  it.each(IDENTIFYING_KINDS)(
    'when innocent text is checked then at most 2 %% of it is flagged as %s',
    (kind) => {
      const row = rows.find((r) => r.kind === kind)!;
      expect(row.falseAlarms / INNOCENT.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
    },
  );

  it('when innocent text is checked then at most 2 % of it is flagged', () => {
    expect(fpRate, `flagged: ${flagged.length}`).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
  });

  it.each([
    '2026-03-15',
    'batch-20260315-01',
    'INV-20240101-001',
    '5,000,000원',
    '1600-8248',
    'SEOUL-2026-014',
  ])('when the text is %s then nothing is flagged', (text) => {
    expect(findIdentifying(text)).toEqual([]);
  });

  it('when a finding is made then it points at the value within the text', () => {
    const text = '상담 후 010-1234-5678 로 연락';
    const [f] = findIdentifying(text);
    expect(f).toEqual({ kind: 'phone', confidence: 'refuse', start: 5, end: 18 });
    expect(text.slice(f!.start, f!.end)).toBe('010-1234-5678');
  });

  it('when a name appears then it asks for confirmation, and a labelled name is refused', () => {
    expect(findIdentifying('met Maria Santos today').map((f) => f.confidence)).toEqual(['confirm']);
    expect(findIdentifying('김민지 씨').map((f) => f.confidence)).toEqual(['confirm']);
    expect(findIdentifying('이름: 누구').map((f) => f.confidence)).toEqual(['refuse']);
  });
});
