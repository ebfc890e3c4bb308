import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMasks, maskText, PLACEHOLDERS, type MaskRules } from '../../../lib/report/redact-text';

const ALL = { phones: true, emails: true, idNumbers: true };
const masked = (text: string, rules: MaskRules = ALL) => maskText(text, rules).text;

describe('masks in text', () => {
  it('masks phone numbers as people write them', () => {
    for (const phone of [
      '+86 138 1234 5678',
      '13812345678',
      '(010) 6552-9988',
      '+7 701 123 45 67',
      '0090 532 123 45 67',
      '+1-202-555-0147',
    ]) {
      expect(masked(`call ${phone} now`, { phones: true }), phone).toBe('call [phone] now');
    }
  });

  it('leaves dates, times, prices, flight numbers and short numbers alone', () => {
    const text = 'Flight KL1612 on 2024-05-01 at 18:25, 1,000,000 yuan, room 1203, 12.05.2024';
    expect(masked(text, { phones: true })).toBe(text);
  });

  it('masks e-mail addresses, in any script', () => {
    expect(masked('write to wang.police@163.com or 警察@公安.中国.', { emails: true })).toBe(
      'write to [email] or [email].',
    );
  });

  it('masks identity card, passport, IIN and T.C. Kimlik numbers, and codes after a document word', () => {
    const cases = [
      ['ID 11010519491231002X', '[id-number]'],
      ['passport E12345678', '[id-number]'],
      ['护照号码 EA1234567', '[id-number]'],
      ['ЖСН 850101300123', '[id-number]'],
      ['Kimlik 10000000146', '[id-number]'],
      ['passport number: 123456789', '[id-number]'],
    ] as const;
    for (const [text, placeholder] of cases)
      expect(masked(text, { idNumbers: true }), text).toContain(placeholder);
    expect(masked('order 123456789 shipped', { idNumbers: true })).toBe('order 123456789 shipped');
  });

  it('replaces sender identifiers wherever they occur, and the sender phone however it is spaced', () => {
    const rules = { senderValues: ['Officer Wang', '+86 138 1234 5678'] };
    expect(masked('officer wang says: call 13812345678', rules)).toBe('[sender] says: call [sender]');
  });

  it('uses a fixed placeholder whatever the length of what it hides', () => {
    expect(masked('a@b.cn', { emails: true })).toBe(
      masked('a.very.long.address@example.org', { emails: true }),
    );
    expect(PLACEHOLDERS).toEqual({
      phone: '[phone]',
      email: '[email]',
      idNumber: '[id-number]',
      sender: '[sender]',
    });
  });

  it('returns sorted ranges that do not overlap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const ranges = findMasks(text, ALL);
        for (let i = 1; i < ranges.length; i++)
          expect(ranges[i]!.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
      }),
    );
  });

  it('scans adversarial input in linear time (no catastrophic backtracking)', () => {
    const inputs = [
      '1 '.repeat(50_000),
      'a'.repeat(100_000),
      `${'a.'.repeat(50_000)}@`,
      `${'+1('.repeat(30_000)}`,
      '-'.repeat(100_000),
    ];
    for (const input of inputs)
      expect(() => maskText(input, { ...ALL, senderValues: ['aaa'] })).not.toThrow();
  });
});

const token = fc.oneof(
  fc.constantFrom('+86 138 1234 5678', 'wang@163.com', 'E12345678', '11010519491231002X', '(010) 6552-9988'),
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.constantFrom(' ', ', ', '\n', '护照', '😀'),
);

describe('evidence offsets after masking', () => {
  it('still point at the same words: a span clear of masks keeps its text, any span is its new slice', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const m = maskText(text, ALL);
        const ns = m.map(start, 'start');
        const ne = m.map(end, 'end');
        expect(ns).toBeLessThanOrEqual(ne);
        expect(ne).toBeLessThanOrEqual(m.text.length);
        const touched = m.ranges.some((r) => r.start < end && r.end > start);
        if (!touched) expect(m.text.slice(ns, ne)).toBe(text.slice(start, end));
        // A start outside any masked value moves by exactly what the masks before it changed.
        if (!m.ranges.some((r) => r.start < start && start < r.end)) {
          const before = m.ranges.filter((r) => r.end <= start);
          expect(ns).toBe(
            before.reduce((n, r) => n + PLACEHOLDERS[r.kind].length - (r.end - r.start), start),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a span that ends inside a masked value covers its placeholder', () => {
    const text = 'send it to +86 138 1234 5678 today';
    const m = maskText(text, { phones: true });
    const start = text.indexOf('send');
    const end = text.indexOf('1234') + 2;
    expect(m.text.slice(m.map(start, 'start'), m.map(end, 'end'))).toBe('send it to [phone]');
  });
});
