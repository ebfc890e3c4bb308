import { describe, expect, it } from 'vitest';
import { normalizeForCer, substringCer } from '../../../lib/ocr/eval/cer.ts';
import { tidy } from '../../../lib/ocr/page.ts';

describe('tidy', () => {
  it('drops spaces Tesseract puts between Chinese characters, keeps the others', () => {
    expect(tidy('你 好 , 我 是  sf-gjqg.cn 上 传 。')).toBe('你好,我是 sf-gjqg.cn 上传。');
    expect(tidy('Hello   world\n  again ')).toBe('Hello world\nagain');
  });
  it('removes bidi marks around right-to-left runs', () => {
    expect(tidy('\u200fسالام\u200e 00:58')).toBe('سالام 00:58');
  });
});

describe('substringCer', () => {
  it('is zero when the expected text appears inside the OCR output', () => {
    expect(substringCer('Call me tonight.', '9:41 Header\nCall me\ntonight.\n22:07').cer).toBe(0);
  });
  it('counts edits inside the match only', () => {
    const m = substringCer('passport', 'send your passpart now');
    expect(m).toMatchObject({ distance: 1, length: 8, matched: 'passpart' });
  });
  it('counts what is missing', () => {
    expect(substringCer('abcdefghij', 'xx abcde').distance).toBe(5);
  });
  it('normalises width, bidi marks and Chinese line breaks alike on both sides', () => {
    expect(normalizeForCer('你好，\n我是\u200f  民警')).toBe('你好,我是民警');
  });
});
