import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sharpCodec } from '../../../lib/cli/report-sharp-codec';
import { unzipSync } from 'fflate';
import { prepareExport, type ExportFormat } from '../../../lib/report/export';
import { fillBoxes } from '../../../lib/report/redact-image';
import { suggestBoxes } from '../../../lib/report/redact-words';
import { readReportFile } from '../../../lib/report/import/read';
import { EXPORTED_AT, EXPORTER, sha256 } from './arbitraries';
import { EMAIL, fixture, PASSPORT, PHONE } from './fixture';

const ALL_MASKS = {
  maskPhones: true,
  maskEmails: true,
  maskIdNumbers: true,
  dropSender: true,
  dropPageUrl: true,
};

describe('redaction before export', () => {
  it('masks the text, keeps evidence on the same words, and records what was redacted', async () => {
    const { source } = await fixture();
    const out = await prepareExport(source, {
      format: 'json',
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
      redaction: ALL_MASKS,
    });
    const flag = out.report.flags[0]!;
    expect(flag.text).toBe(
      'This is [sender]. Send your passport [id-number] photo to [phone] or [email], and do not tell your family.',
    );
    expect(flag.textSha256).toBe(sha256(flag.text));
    for (const t of flag.analysis.tactics)
      for (const e of t.evidence) expect(flag.text.slice(e.start, e.end)).toBe(e.quote);
    expect(flag.analysis.tactics.map((t) => t.evidence[0]!.quote)).toEqual([
      'Send your passport',
      'do not tell your family',
    ]);
    expect(flag.sender).toBeUndefined();
    expect(flag.pageUrl).toBeUndefined();
    expect(flag.notes).toBe('He also wrote from [email]');
    expect(flag.tags).toEqual(['call [phone]']);
    expect(flag.events[0]!.detail).toEqual({ previousText: 'call [phone]' });
    expect(out.report.redactions?.flags).toEqual([
      {
        flagId: flag.id,
        masked: { sender: 1, idNumber: 1, phone: 3, email: 2 },
        imagesDropped: 0,
        senderDropped: true,
        pageUrlDropped: true,
        boxes: 0,
      },
    ]);
    expect(out.events.map((e) => e.type)).toEqual(['redacted', 'exported']);
    expect(flag.events.map((e) => e.type)).toEqual(['edited', 'redacted', 'exported']);
    // The OCR words of the kept image are masked too, even split across words.
    expect(out.report.attachments[0]!.words!.map((w) => w.text)).toEqual([
      '[phone]',
      '[phone]',
      '[phone]',
      'passport',
    ]);
    const reread = await readReportFile({ name: out.file.name, bytes: out.file.bytes });
    expect(reread.ok).toBe(true);
  });

  it('nothing masked leaves in any format (the preview is the file)', async () => {
    const { source } = await fixture();
    for (const format of ['json', 'csv', 'uwazi', 'stix', 'misp'] as ExportFormat[]) {
      const out = await prepareExport(source, {
        format,
        exporter: EXPORTER,
        exportedAt: EXPORTED_AT,
        redaction: ALL_MASKS,
      });
      const texts =
        format === 'uwazi'
          ? Object.values(unzipSync(out.file.bytes)).map((b) => new TextDecoder().decode(b))
          : [new TextDecoder().decode(out.file.bytes)];
      const decodedPayloads = texts.flatMap((t) =>
        [...t.matchAll(/"payload_bin": "([^"]+)"/g)].map((m) => atob(m[1]!)),
      );
      for (const secret of [
        PHONE,
        '13812345678',
        '139 9999 0000',
        EMAIL,
        PASSPORT,
        'Officer Wang',
        'user=wang',
      ]) {
        for (const t of [...texts, ...decodedPayloads])
          expect(t, `${format}: ${secret}`).not.toContain(secret);
      }
    }
  });

  it('drops images and their hashes entirely', async () => {
    const { source } = await fixture();
    const out = await prepareExport(source, {
      format: 'json',
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
      redaction: { dropImages: true },
    });
    expect(out.report.attachments).toEqual([]);
    expect(out.report.flags[0]!.imageSha256).toEqual([]);
    expect(out.report.redactions!.flags[0]!.imagesDropped).toBe(1);
    expect(new TextDecoder().decode(out.file.bytes)).not.toContain(source.attachments[0]!.sha256);
  });

  it('fills boxes solid on the image, re-hashes it, and removes the words under them', async () => {
    const { source } = await fixture();
    const boxes = { 'img-1': [{ x: 1.5, y: 1.2, width: 34, height: 8 }] };
    const out = await prepareExport(source, {
      format: 'json',
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
      redaction: { boxes },
      codec: sharpCodec,
    });
    const a = out.report.attachments[0]!;
    const bytes = Uint8Array.from(atob(a.data!), (c) => c.charCodeAt(0));
    expect(a.sha256).toBe(sha256(bytes));
    expect(out.report.flags[0]!.imageSha256).toEqual([a.sha256]);
    expect(a.words!.map((w) => w.text)).toEqual(['passport']);
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4),
    ];
    expect(px(1, 1)).toEqual([0, 0, 0, 255]); // the box grew outward to whole pixels
    expect(px(35, 9)).toEqual([0, 0, 0, 255]);
    expect(px(36, 10)).toEqual([250, 250, 250, 255]);
    expect(px(40, 20)).toEqual([250, 250, 250, 255]);
    expect(out.report.redactions!.options.boxes).toBe(1);
  });

  it('refuses boxes without a codec rather than export the image unredacted', async () => {
    const { source } = await fixture();
    const boxes = { 'img-1': [{ x: 0, y: 0, width: 5, height: 5 }] };
    await expect(
      prepareExport(source, { format: 'json', exporter: EXPORTER, redaction: { boxes } }),
    ).rejects.toThrow(/codec/);
  });

  it('suggests boxes over the words the masks would hide', async () => {
    const { source } = await fixture();
    const boxes = suggestBoxes(source.attachments[0]!.words!, { phones: true });
    expect(boxes).toHaveLength(3);
    expect(boxes[0]).toEqual({ x: 0, y: 0, width: 12, height: 10 });
  });
});

describe('fillBoxes', () => {
  it('fills whole pixels, clamps to the image and leaves the input as it was', () => {
    const image = { data: new Uint8Array(4 * 4 * 4).fill(200), width: 4, height: 4 };
    const out = fillBoxes(image, [{ x: 2.5, y: -3, width: 10, height: 4.2 }]);
    expect(image.data.every((v) => v === 200)).toBe(true);
    const filled = (x: number, y: number) => out.data[(y * 4 + x) * 4] === 0;
    expect([0, 1, 2, 3].map((y) => [0, 1, 2, 3].map((x) => (filled(x, y) ? 1 : 0)))).toEqual([
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(() => fillBoxes(image, [{ x: NaN, y: 0, width: 1, height: 1 }])).toThrow();
    expect(() => fillBoxes({ ...image, width: 5 }, [])).toThrow(/does not match/);
  });
});
