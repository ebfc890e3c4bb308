import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyze, RULESET_VERSION } from '../analyzer';
import { sha256Hex } from '../crypto/hash';
import type { Attachment, Flag, FlagEvent } from '../db/types';
import { prepareExport, sealExport, type ExportFormat, type ExportRequest } from '../report/export';
import type { ReportSource } from '../report/build';
import { sharpCodec } from './report-sharp-codec';

/**
 * Writes the sample exports under docs/examples/ from three synthetic flags (no real person's
 * message): `npx tsx lib/cli/report-examples.ts [OUT_DIR]`. Ids and times are fixed so the files
 * change only when the format, the rules or this script do; the encrypted sample differs on every
 * run (its salt and nonce are random, as they must be).
 */

export const EXAMPLE_PASSPHRASE = 'example passphrase, never use it';
const EXPORTED_AT = '2026-11-23T09:00:00.000Z';

const MESSAGES = [
  {
    id: '0f8e2b1a-4c3d-4e5f-8a9b-1c2d3e4f5a6b',
    channel: 'wechat',
    receivedAt: '2026-11-20',
    sender: { account: 'wxid_police_tianshan', name: 'Officer Wang' },
    text: 'Hello, I am officer Wang from the Tianshan District Public Security Bureau. For verification work please send a clear photo of your passport information page and your residence permit to +86 138 0000 1234 or verify.office@example.cn. Do not tell anyone about this.',
    image: true,
    status: 'escalated' as const,
    tags: ['police-impersonation'],
    notes: 'Same account wrote to my cousin last month.',
  },
  {
    id: '6a5f4e3d-2c1b-4a09-9f8e-7d6c5b4a3f2e',
    channel: 'sms',
    receivedAt: '2026-11-21T18:42:00+01:00',
    sender: { phone: '+31 6 0000 0000' },
    text: '【国际快递】您有一个包裹因含有违禁物品被海关扣留。请提供您的护照号码和身份证号码以便核实，否则将移交公安机关处理。',
    image: false,
    status: 'new' as const,
    tags: [],
    notes: '',
  },
  {
    id: '3b2a1f0e-9d8c-4b7a-a695-847362514a3b',
    channel: 'whatsapp',
    receivedAt: '2026-11-22',
    sender: undefined,
    text: 'Your mother is worried about you. Come back home for a while, the authorities only want to talk. Think about your family.',
    image: false,
    status: 'reviewed' as const,
    tags: ['family'],
    notes: '',
  },
];

/** A small stand-in screenshot: grey chat background with two message bubbles. */
async function screenshot(): Promise<Uint8Array<ArrayBuffer>> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180">
    <rect width="320" height="180" fill="#ededed"/>
    <rect x="12" y="14" width="230" height="64" rx="8" fill="#ffffff"/>
    <rect x="12" y="92" width="200" height="40" rx="8" fill="#ffffff"/>
    <rect x="24" y="30" width="180" height="8" fill="#9a9a9a"/><rect x="24" y="48" width="150" height="8" fill="#9a9a9a"/>
    <rect x="24" y="108" width="120" height="8" fill="#9a9a9a"/></svg>`;
  return Uint8Array.from(await sharp(Buffer.from(svg)).png().toBuffer());
}

async function source(): Promise<ReportSource> {
  const png = await screenshot();
  const flags: Flag[] = [];
  const attachments: Attachment[] = [];
  const events: FlagEvent[] = [];
  for (const [i, m] of MESSAGES.entries()) {
    const a = analyze(m.text);
    const at = `2026-11-22T1${i}:00:00.000Z`;
    const attachment = m.image ? { id: `img-${i + 1}`, sha256: await sha256Hex(png) } : undefined;
    flags.push({
      id: m.id,
      createdAt: at,
      updatedAt: at,
      receivedAt: m.receivedAt,
      source: m.image ? 'image' : 'paste',
      channel: m.channel,
      ...(m.sender ? { sender: m.sender } : {}),
      text: m.text,
      ...(m.image ? { ocr: { text: m.text, confidence: 88, langs: ['eng', 'chi_sim', 'uig'] } } : {}),
      analysis: {
        risk: a.risk,
        score: a.score,
        tactics: a.tactics,
        languages: a.languages,
        coverage: a.coverage,
        rulesetVersion: a.rulesetVersion,
        truncated: a.truncated,
      },
      risk: a.risk,
      tacticIds: a.tactics.map((t) => t.id),
      languages: a.languages,
      textSha256: await sha256Hex(m.text),
      imageSha256: attachment ? [attachment.sha256] : [],
      attachmentIds: attachment ? [attachment.id] : [],
      status: m.status,
      tags: m.tags,
      notes: m.notes,
      capturedAt: at,
    });
    if (attachment) {
      attachments.push({
        ...attachment,
        flagId: m.id,
        mime: 'image/png',
        size: png.length,
        width: 320,
        height: 180,
        blob: new Blob([png], { type: 'image/png' }),
      });
    }
    events.push({ id: events.length + 1, flagId: m.id, at, type: 'created', actor: 'me' });
    if (m.status !== 'new') {
      events.push({
        id: events.length + 1,
        flagId: m.id,
        at: `2026-11-22T20:0${i}:00.000Z`,
        type: 'status-changed',
        actor: 'me',
        detail: { from: 'new', to: m.status },
      });
    }
  }
  return { flags, attachments, events };
}

/** Deterministic v4-shaped ids, so regenerated samples differ only where content does. */
function idSource(): () => string {
  let n = 0;
  return () => {
    const hex = (++n).toString(16).padStart(12, '0');
    return `5e1f0000-0000-4000-8000-${hex}`;
  };
}

async function main(outDir: string) {
  await mkdir(outDir, { recursive: true });
  const src = await source();
  const base: Omit<ExportRequest, 'format'> = {
    exporter: { appVersion: '0.1.0', rulesetVersion: RULESET_VERSION, alias: 'Volunteer A' },
    exportedAt: EXPORTED_AT,
  };
  const outputs: [string, ExportFormat, Partial<ExportRequest>][] = [
    ['report.json', 'json', {}],
    ['report.csv', 'csv', {}],
    ['report-uwazi.zip', 'uwazi', {}],
    ['report.stix.json', 'stix', { incident: true }],
    ['report.misp.json', 'misp', {}],
    [
      'report-redacted.json',
      'json',
      {
        redaction: {
          maskPhones: true,
          maskEmails: true,
          maskIdNumbers: true,
          dropSender: true,
          boxes: { 'img-1': [{ x: 12, y: 14, width: 230, height: 64 }] },
        },
        codec: sharpCodec,
      },
    ],
  ];
  for (const [name, format, extra] of outputs) {
    const { file } = await prepareExport(src, { ...base, ...extra, format, newId: idSource() });
    await writeFile(join(outDir, name), file.bytes);
    process.stdout.write(`${join(outDir, name)}: ${file.bytes.length} bytes\n`);
    if (name === 'report.json') {
      const sealed = await sealExport(file, EXAMPLE_PASSPHRASE);
      await writeFile(join(outDir, 'report.json.encrypted'), sealed.bytes);
      process.stdout.write(`${join(outDir, 'report.json.encrypted')}: ${sealed.bytes.length} bytes\n`);
    }
  }
}

await main(process.argv[2] ?? 'docs/examples');
