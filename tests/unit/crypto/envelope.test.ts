import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decrypt,
  DEFAULT_ITERATIONS,
  encrypt,
  EncryptionError,
  isEncrypted,
  MAX_ITERATIONS,
  WRONG_PASSPHRASE,
} from '../../../lib/crypto/envelope';
import { utf8Decode, utf8Encode } from '../../../lib/crypto/bytes';

// PBKDF2 at 600,000 iterations costs ~0.3 s a call: property tests run at a lowered count,
// which both sides must agree to; the defaults are tested once, at full strength.
const FAST = { iterations: 1000, minIterations: 1000 };
const CONTENT = 'application/vnd.tekshur.report+json';
const passphrase = fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 });

function headerOf(file: Uint8Array): Record<string, unknown> {
  return JSON.parse(utf8Decode(file.subarray(0, file.indexOf(0x0a)))) as Record<string, unknown>;
}

describe('encrypted files', () => {
  it('defaults to PBKDF2-SHA-256 with 600,000 iterations and refuses weaker files by default', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    const file = await encrypt(utf8Encode('{"a":1}'), 'a long passphrase', { content: CONTENT });
    expect(headerOf(file)).toMatchObject({
      format: 'tekshur-encrypted',
      version: 1,
      content: CONTENT,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(utf8Decode((await decrypt(file, 'a long passphrase')).plaintext)).toBe('{"a":1}');
    const weak = await encrypt(utf8Encode('x'), 'a long passphrase', { content: CONTENT, ...FAST });
    await expect(decrypt(weak, 'a long passphrase')).rejects.toThrow(
      /too weak \(1000 PBKDF2 iterations, at least 600000/,
    );
    await expect(
      encrypt(utf8Encode('x'), 'a long passphrase', { content: CONTENT, iterations: 1000 }),
    ).rejects.toThrow(EncryptionError);
  });

  it('encrypt then decrypt is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), passphrase, async (plain, pass) => {
        const file = await encrypt(plain, pass, { content: CONTENT, ...FAST });
        expect(isEncrypted(file)).toBe(true);
        const opened = await decrypt(file, pass, FAST);
        expect(opened.plaintext).toEqual(plain);
        expect(opened.content).toBe(CONTENT);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('uses a fresh salt and nonce for every file', async () => {
    const a = headerOf(await encrypt(utf8Encode('same'), 'same passphrase', { content: CONTENT, ...FAST }));
    const b = headerOf(await encrypt(utf8Encode('same'), 'same passphrase', { content: CONTENT, ...FAST }));
    expect((a.kdf as { salt: string }).salt).not.toBe((b.kdf as { salt: string }).salt);
    expect((a.cipher as { iv: string }).iv).not.toBe((b.cipher as { iv: string }).iv);
    expect(atob((a.kdf as { salt: string }).salt)).toHaveLength(16);
    expect(atob((a.cipher as { iv: string }).iv)).toHaveLength(12);
  });

  it('a wrong passphrase gives a clear error, never garbage', async () => {
    const file = await encrypt(utf8Encode('secret report'), 'correct horse', { content: CONTENT, ...FAST });
    await expect(decrypt(file, 'correct hors', FAST)).rejects.toThrow(WRONG_PASSPHRASE);
    await expect(decrypt(file, '', FAST)).rejects.toThrow(EncryptionError);
  });

  it('a changed byte anywhere in the file is detected: every position of a small file', async () => {
    const file = await encrypt(utf8Encode('{"format":"tekshur-report"}'), 'correct horse', {
      content: CONTENT,
      ...FAST,
    });
    for (let i = 0; i < file.length; i++) {
      for (const flip of [0x01, 0x80]) {
        const changed = file.slice();
        changed[i]! ^= flip;
        await expect(decrypt(changed, 'correct horse', FAST), `byte ${i} ^ ${flip}`).rejects.toThrow(
          EncryptionError,
        );
      }
    }
  }, 60_000);

  it('any single changed byte of any encrypted file is detected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (plain, at, flip) => {
          const file = await encrypt(plain, 'correct horse', { content: CONTENT, ...FAST });
          const changed = file.slice();
          changed[at % file.length]! ^= flip;
          await expect(decrypt(changed, 'correct horse', FAST)).rejects.toThrow(EncryptionError);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a truncated or extended file is detected', async () => {
    const file = await encrypt(utf8Encode('report'), 'correct horse', { content: CONTENT, ...FAST });
    for (const cut of [1, 10, 16, 17, file.length - 1]) {
      await expect(decrypt(file.subarray(0, file.length - cut), 'correct horse', FAST)).rejects.toThrow(
        EncryptionError,
      );
    }
    const longer = new Uint8Array([...file, 0]);
    await expect(decrypt(longer, 'correct horse', FAST)).rejects.toThrow(WRONG_PASSPHRASE);
  });

  it('refuses hostile headers before doing any work', async () => {
    const file = await encrypt(utf8Encode('x'), 'correct horse', { content: CONTENT, ...FAST });
    const withHeader = (change: (h: Record<string, unknown>) => void) => {
      const h = headerOf(file);
      change(h);
      return new Uint8Array([
        ...utf8Encode(`${JSON.stringify(h)}\n`),
        ...file.subarray(file.indexOf(0x0a) + 1),
      ]);
    };
    const huge = withHeader((h) => ((h.kdf as { iterations: number }).iterations = MAX_ITERATIONS + 1));
    await expect(decrypt(huge, 'correct horse', FAST)).rejects.toThrow(/more than 10000000/);
    const newer = withHeader((h) => (h.version = 2));
    await expect(decrypt(newer, 'correct horse', FAST)).rejects.toThrow(/made by a newer Tekshur/);
    const extra = withHeader((h) => (h.note = 'x'));
    await expect(decrypt(extra, 'correct horse', FAST)).rejects.toThrow(WRONG_PASSPHRASE);
    await expect(decrypt(utf8Encode('{"format":"tekshur-report"}'), 'correct horse')).rejects.toThrow(
      'not a Tekshur encrypted file',
    );
  });

  it('refuses short passphrases when encrypting', async () => {
    await expect(encrypt(utf8Encode('x'), 'short', { content: CONTENT, ...FAST })).rejects.toThrow(
      /at least 8 characters/,
    );
  });

  it('reads the same passphrase typed composed or decomposed (NFC)', async () => {
    const file = await encrypt(utf8Encode('x'), 'parolü ğüzel', { content: CONTENT, ...FAST });
    const opened = await decrypt(file, 'parolü ğüzel'.normalize('NFD'), FAST);
    expect(utf8Decode(opened.plaintext)).toBe('x');
  });
});
