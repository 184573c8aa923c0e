import { describe, expect, it } from 'vitest';
import { MAX_LENGTH, parseNumberFact } from '../../src/core/age.js';

const p = (v: unknown) => parseNumberFact(v, 0, 120);
const r = (min: number, max: number) => ({ min, max });

describe('parseNumberFact', () => {
  it('when given a number or a numeric text then it is that number', () => {
    expect(p(16)).toBe(16);
    expect(p(0)).toBe(0);
    expect(p('16')).toBe(16);
    expect(p(' 16 ')).toBe(16);
    expect(p('16.5')).toBe(16.5);
    expect(p('16세')).toBe(16);
    expect(p('16 살')).toBe(16);
  });

  it('when given a range in any of its spellings then it is that range', () => {
    for (const s of [
      '17-19',
      '17–19',
      '17—19',
      '17~19',
      '17～19',
      '17 to 19',
      '17..19',
      ' 17 - 19 ',
      '17 TO 19',
    ])
      expect(p(s), s).toEqual(r(17, 19));
    expect(p('17-19세')).toEqual(r(17, 19));
    expect(p('17.5-18.5')).toEqual(r(17.5, 18.5));
    expect(p({ min: 17, max: 19 })).toEqual(r(17, 19));
    expect(p({ min: 25, max: 30 })).toEqual(r(25, 30));
  });

  it('when a written range is reversed then it is read in order', () => {
    expect(p('19-17')).toEqual(r(17, 19));
  });

  it('when a range has equal ends then it is the number itself', () => {
    expect(p('18-18')).toBe(18);
    expect(p({ min: 18, max: 18 })).toBe(18);
  });

  it('when a range is returned then it is frozen', () => {
    expect(Object.isFrozen(p('17-19'))).toBe(true);
    expect(Object.isFrozen(p({ min: 17, max: 19 }))).toBe(true);
  });

  it('when given an estimate then it is two years either way', () => {
    for (const s of [
      'about 18',
      'About 18',
      'approx. 18',
      'approx 18',
      'approximately 18',
      'around 18',
      '~18',
      '～18',
      'c. 18',
      'ca. 18',
      'circa 18',
      '약 18',
      '약18세',
      '18세쯤',
      '18살 정도',
      '18 정도',
      '18쯤',
      '18세 가량',
    ])
      expect(p(s), s).toEqual(r(16, 20));
  });

  it('when an estimate reaches past the bounds then it is clipped to them', () => {
    expect(p('about 1')).toEqual(r(0, 3));
    expect(p('about 119')).toEqual(r(117, 120));
    expect(parseNumberFact('about 18', 17, 19)).toEqual(r(17, 19));
    expect(parseNumberFact('about 18', 18, 18)).toBe(18);
  });

  it('when a value is outside the bounds then it is kept as given, for the caller to judge', () => {
    expect(p(300)).toBe(300);
    expect(p('300')).toBe(300);
    expect(p('100-130')).toEqual(r(100, 130));
    expect(p({ min: -5, max: 3 })).toEqual(r(-5, 3));
    expect(p('about 150')).toEqual(r(148, 152));
  });

  it('when given unknown or declined, in English or Korean, then it says so', () => {
    expect(p('unknown')).toBe('unknown');
    expect(p(' Unknown ')).toBe('unknown');
    expect(p('모름')).toBe('unknown');
    expect(p('declined')).toBe('declined');
    expect(p('거부')).toBe('declined');
  });

  it('when given garbage then it is invalid', () => {
    for (const v of [
      '',
      'abc',
      'thirty-four',
      '17-',
      '-17',
      '-5',
      '1e5',
      '18.',
      '.5',
      '17--19',
      '17-19-21',
      'about',
      'about 17-19',
      '18 years old maybe',
      NaN,
      Infinity,
      null,
      undefined,
      true,
      [17, 19],
      {},
      { min: 17 },
      { min: 19, max: 17 },
      { min: '17', max: '19' },
      { min: 17, max: 19, note: 'x' },
      { min: NaN, max: 19 },
    ])
      expect(p(v), JSON.stringify(v)).toBeUndefined();
  });

  it('when a text is longer than the limit then it is refused, and a huge one quickly', () => {
    expect(p(`${' '.repeat(MAX_LENGTH - 2)}18`)).toBe(18);
    expect(p(`${' '.repeat(MAX_LENGTH - 1)}18`)).toBeUndefined();
    const hostile = [
      '1'.repeat(100_000),
      ' '.repeat(100_000),
      `${'1 '.repeat(50_000)}x`,
      `about ${'9'.repeat(100_000)}`,
      `17${'-'.repeat(100_000)}19`,
      `17${' '.repeat(100_000)}-19`,
    ];
    const start = performance.now();
    for (const s of hostile) expect(p(s)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(50);
  });
});
