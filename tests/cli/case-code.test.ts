import { describe, expect, it } from 'vitest';
import { checkCaseCode } from '../../src/guard/case-code.js';
import { UserError } from '../../src/base/errors.js';

function refusal(code: string): UserError | undefined {
  try {
    checkCaseCode(code);
    return undefined;
  } catch (e) {
    return e as UserError;
  }
}

describe('case codes for the interview', () => {
  it.each(['010-1234-5678', '01012345678', '900101-1234567', 'M12345678', 'P1234567A', '12가3456'])(
    'when the case code is %s then it is refused as identifying and not printed back',
    (code) => {
      const e = refusal(code);
      expect(e?.code).toBe('PII_DETECTED');
      expect(e?.exitCode).toBe(2);
      expect(`${e?.message} ${e?.hint ?? ''}`).not.toContain(code);
    },
  );

  it.each(['김민지', 'Maria_Santos1'])('when the case code %s is not a code then it is refused', (code) => {
    expect(refusal(code)).toBeInstanceOf(UserError);
  });

  it.each(['SEOUL-2026-014', 'batch-20260315-01', 'INV-20240101-001', 'case-7'])(
    'when the case code is %s then it is kept',
    (code) => {
      expect(checkCaseCode(code)).toBe(code);
    },
  );
});

describe('case codes in Korean', () => {
  it('when the language is Korean then the refusal is in Korean', () => {
    expect(() => checkCaseCode('010-1234-5678', 'ko')).toThrow('전화번호');
  });
});
