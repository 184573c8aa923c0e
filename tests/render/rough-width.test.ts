import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { roughWidth } from '../../src/render/layout.js';

// Until a command loads string-width, display width comes from a small table of its own: it must
// agree with string-width on the scripts the tool prints.
const SAMPLES = [
  'plain ASCII, with punctuation: (a) [b] {c} 1.5%',
  '한국어 보고서 · 피해자 가능성 — 추가 확인 질문 → 3개',
  '█ ▒ ░ ✓ ✗ × • …',
  'ภาษาไทย สวัสดีครับ คุณถูกบังคับให้ทำงานหรือไม่',
  'Монгол хэл: та ажлаа орхиж чадах уу?',
  'Русский: вы можете уйти с работы?',
  '中文简体：您能离开工作吗？',
  'Tiếng Việt: bạn có thể nghỉ việc không?',
  'नेपाली: के तपाईं काम छोड्न सक्नुहुन्छ?',
  "O'zbek tili: ishni tashlab keta olasizmi?",
  'Bahasa Indonesia, Tagalog: maaari ka bang umalis?',
  'Ａｂｃ　全角',
  'ភាសាខ្មែរ: តើអ្នកអាចចាកចេញពីការងារបានទេ?',
];

describe('display width before string-width is loaded', () => {
  it.each(SAMPLES)('when measuring %s then the rough measure agrees with string-width', (text) => {
    expect(roughWidth(text)).toBe(stringWidth(text));
  });
});
