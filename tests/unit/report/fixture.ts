import sharp from 'sharp';
import type { Attachment, Flag, FlagEvent } from '../../../lib/db/types';
import type { ReportSource } from '../../../lib/report/build';
import { sha256 } from './arbitraries';

/** One realistic flag (a fake-police WeChat message with a screenshot) for format and redaction tests. */
export const PHONE = '+86 138 1234 5678';
export const EMAIL = 'wang.police@163.com';
export const PASSPORT = 'E12345678';
export const TEXT = `This is officer Wang. Send your passport ${PASSPORT} photo to ${PHONE} or ${EMAIL}, and do not tell your family.`;

export async function fixture(): Promise<{ source: ReportSource; png: Uint8Array }> {
  const png = new Uint8Array(
    await sharp({
      create: { width: 60, height: 30, channels: 4, background: { r: 250, g: 250, b: 250, alpha: 1 } },
    })
      .png()
      .toBuffer(),
  );
  const id = '7b0c5f1e-8a51-4b8e-9d2a-3c1f0e9a4b21';
  const start = TEXT.indexOf('Send your passport');
  const flag: Flag = {
    id,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    receivedAt: '2026-04-30',
    source: 'image',
    channel: 'wechat',
    sender: { phone: '+86 139 9999 0000', name: 'Officer Wang' },
    pageUrl: 'https://web.wechat.com/?user=wang',
    text: TEXT,
    analysis: {
      risk: 'high',
      score: 90,
      tactics: [
        {
          id: 'identity-document-request',
          confidence: 0.85,
          evidence: [{ start, end: start + 18, quote: 'Send your passport', ruleId: 'en/idr/x' }],
        },
        {
          id: 'secrecy-demand',
          confidence: 0.7,
          evidence: [
            {
              start: TEXT.indexOf('do not'),
              end: TEXT.indexOf('do not') + 23,
              quote: 'do not tell your family',
              ruleId: 'en/sd/x',
            },
          ],
        },
      ],
      languages: ['en'],
      coverage: 'full',
      rulesetVersion: '1.85985081',
    },
    risk: 'high',
    tacticIds: ['identity-document-request', 'secrecy-demand'],
    languages: ['en'],
    textSha256: sha256(TEXT),
    imageSha256: [sha256(png)],
    attachmentIds: ['img-1'],
    status: 'escalated',
    tags: ['call 13812345678'],
    notes: `He also wrote from ${EMAIL}`,
    capturedAt: '2026-05-01T09:59:00.000Z',
  };
  const attachment: Attachment = {
    id: 'img-1',
    flagId: id,
    mime: 'image/png',
    size: png.length,
    width: 60,
    height: 30,
    sha256: sha256(png),
    blob: new Blob([png], { type: 'image/png' }),
    words: [
      { text: '138', confidence: 90, bbox: { x0: 2, y0: 2, x1: 10, y1: 8 } },
      { text: '1234', confidence: 90, bbox: { x0: 12, y0: 2, x1: 22, y1: 8 } },
      { text: '5678', confidence: 90, bbox: { x0: 24, y0: 2, x1: 34, y1: 8 } },
      { text: 'passport', confidence: 90, bbox: { x0: 2, y0: 20, x1: 30, y1: 28 } },
    ],
  };
  const events: FlagEvent[] = [
    {
      id: 1,
      flagId: id,
      at: flag.createdAt,
      type: 'edited',
      actor: 'me',
      detail: { previousText: `call ${PHONE}` },
    },
  ];
  return { source: { flags: [flag], attachments: [attachment], events }, png };
}
