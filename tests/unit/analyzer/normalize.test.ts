import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../../lib/analyzer/normalize';

/** Finds `needle` in the normalised text and returns what it covers in the original. */
function original(text: string, needle: string): string {
  const n = normalize(text);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(n, at, at + needle.length);
  return text.slice(start, end);
}

describe('normalize', () => {
  it('folds case, width and Latin diacritics', () => {
    expect(normalize('ＰＡＳＳＰＯＲＴ Gönderİniz ŞİFRE').text).toBe('passport gonderiniz sifre');
  });

  it('removes zero-width and bidi controls and maps offsets around them', () => {
    const text = 'send your pass\u200Bport\u202E now';
    expect(normalize(text).text).toBe('send your passport now');
    expect(original(text, 'passport')).toBe('pass\u200Bport');
  });

  it('joins letters spaced or dotted apart', () => {
    expect(normalize('your p a s s p o r t please').text).toBe('your passport please');
    expect(original('Send me your P.A.S.S.P.O.R.T now', 'passport')).toBe('P.A.S.S.P.O.R.T');
    expect(normalize('Plan A or plan B').text).toBe('plan a or plan b');
  });

  it('mends Latin words written with Cyrillic look-alike letters, and the reverse', () => {
    expect(normalize('pаssport').text).toBe('passport');
    expect(normalize('пacпорт').text).toBe('паспорт');
  });

  it('collapses white space, repeated punctuation and emoji', () => {
    expect(normalize('urgent!!!   call   now 📞📞 ok???').text).toBe('urgent! call now ok?');
    expect(normalize('line one\n\n\n  line two').text).toBe('line one\nline two');
  });

  it('converts Traditional Chinese to Simplified and keeps offsets exact', () => {
    const text = '請把你的護照複印件發給我';
    expect(normalize(text).text).toBe('请把你的护照复印件发给我');
    expect(original(text, '护照复印件')).toBe('護照複印件');
  });

  it('removes spaces an OCR engine puts between Chinese characters', () => {
    const text = '请 把 护 照 发 给 我';
    expect(normalize(text).text).toBe('请把护照发给我');
    expect(original(text, '护照')).toBe('护 照');
  });

  it('folds Uyghur letter variants typed on Arabic and Persian keyboards', () => {
    // ی (Persian yeh) and ي (Arabic yeh) and ى fold alike; ک and ك fold alike; ه and ە fold alike.
    expect(normalize('پاسپورتىڭىزنى').text).toBe(normalize('پاسپورتيڭيزني').text);
    expect(normalize('کىملىك').text).toBe(normalize('كىملىك').text);
    expect(normalize('ئەۋەتىڭ').text).toBe(normalize('ئهۋهتىڭ').text);
  });

  it('maps Uyghur evidence back exactly, with harakat and tatweel removed', () => {
    const text = 'سىز پاسـپورتىڭىزنى ئەۋەتىڭ';
    const n = normalize(text);
    const at = n.text.indexOf(normalize('پاسپورت').text);
    const [start, end] = toOriginalSpan(n, at, at + normalize('پاسپورت').text.length);
    expect(text.slice(start, end)).toBe('پاسـپورت');
  });

  it('folds Kazakh letters to the Russian keyboard letters', () => {
    expect(normalize('Жіберіңіз').text).toBe('жибериниз');
    expect(normalize('құжат').text).toBe('кужат');
  });

  it('keeps astral characters from shifting later offsets', () => {
    const text = '𠀀 😀 send passport';
    expect(original(text, 'passport')).toBe('passport');
  });

  it('maps every normalised unit inside the original text, in order', () => {
    const text = 'Ｈｅｌｌｏ،  دۇنيا!! 你 好 p a s s 𝐁𝐨𝐥𝐝';
    const n = normalize(text);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeGreaterThanOrEqual(0);
      expect(n.ends[i]).toBeLessThanOrEqual(text.length);
      expect(n.starts[i]).toBeLessThan(n.ends[i] ?? 0);
      if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1] ?? 0);
    }
  });
});

describe('normalize: merged spellings', () => {
  it('spells Uyghur ڭ as نگ, as keyboards without ڭ type it, keeping ن + گ at suffixes', () => {
    expect(normalize('پاسپورتىنگىزنى').text).toBe(normalize('پاسپورتىڭىزنى').text);
    expect(original('پاسپورتىڭىزنى', normalize('نگ').text)).toBe('ڭ');
    expect(normalize('ۋەتەنگە').text.startsWith(normalize('ۋەتەن').text)).toBe(true);
  });

  it('drops a line break that an OCR engine put inside Chinese text', () => {
    expect(normalize('就别再\n去参加那些活动').text).toBe('就别再去参加那些活动');
    expect(normalize('hello\nworld').text).toBe('hello\nworld');
  });

  it('folds 妳 to 你', () => {
    expect(normalize('妳什麼時候回來').text).toBe('你什么时候回来');
  });
});
