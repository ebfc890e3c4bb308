import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { TACTIC_IDS } from '../../../lib/analyzer/tactics';
import type { Attachment, Flag, FlagEvent } from '../../../lib/db/types';
import { FLAG_SOURCES, FLAG_STATUSES } from '../../../lib/db/types';
import type { ReportSource } from '../../../lib/report/build';
import { EVENT_TYPES } from '../../../lib/report/schema';

/**
 * fast-check generators of stored records that honour lib/db/types.ts and the report limits
 * (kept small so hundreds of runs stay quick). Hashes are computed with node:crypto: these are
 * test fixtures, the library itself uses WebCrypto.
 */

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const iso = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => d.toISOString());
const when = iso('2015-01-01T00:00:00Z', '2030-12-31T23:59:59Z');
/** One line of text: no control characters (names, tags, actors). */
const line = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => [...s].every((c) => c.charCodeAt(0) >= 0x20 && c !== '\x7f'));
const zero = (x: number) => (x === 0 ? 0 : x); // JSON has no -0
const probability = fc.double({ min: 0, max: 1, noNaN: true }).map(zero);
export const messageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 160 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('请把你的护照首页拍照发给我', 'Паспортыңызды жіберіңіз', 'پاسپورتىڭىزنى ئەۋەتىڭ 😀'),
);

export const detail = fc.dictionary(
  fc.stringMatching(/^[a-z]\w{0,11}$/).filter((k) => k !== 'constructor' && k !== 'prototype'),
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 4 },
);

export const sender = fc
  .record({ phone: line(30), account: line(40), name: line(40) }, { requiredKeys: [] })
  .filter((s) => Object.keys(s).length > 0);

const ruleId = fc.constantFrom(
  'en/identity-document-request/request-near-document',
  'zh/cues/authority-word',
  'ug/secrecy-demand/do-not-tell',
);

export function analysisFor(text: string) {
  const evidence = fc
    .tuple(fc.nat(text.length), fc.nat(text.length))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const tactic = (id: (typeof TACTIC_IDS)[number]) =>
    fc.record({
      id: fc.constant(id),
      confidence: probability,
      evidence: fc.array(
        fc.tuple(evidence, ruleId).map(([e, ruleId]) => ({
          ...e,
          quote: text.slice(e.start, e.end),
          ruleId,
        })),
        { maxLength: 3 },
      ),
    });
  return fc
    .uniqueArray(fc.constantFrom(...TACTIC_IDS), { maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map(tactic)))
    .chain((tactics) =>
      fc.record(
        {
          risk: fc.constantFrom('high', 'medium', 'low', 'none' as const),
          score: fc.integer({ min: 0, max: 100 }),
          tactics: fc.constant(tactics),
          languages: fc.uniqueArray(fc.constantFrom('en', 'zh', 'ug', 'tr', 'kk', 'ru', 'und'), {
            maxLength: 3,
          }),
          coverage: fc.constantFrom('full', 'partial', 'none' as const),
          rulesetVersion: fc.constantFrom('1.85985081', '1.0f0f0f0f'),
          truncated: fc.boolean(),
        },
        { requiredKeys: ['risk', 'score', 'tactics', 'languages', 'coverage', 'rulesetVersion'] },
      ),
    );
}

export const image = fc.uint8Array({ maxLength: 48 }).map((rest) => new Uint8Array([...PNG_MAGIC, ...rest]));

const word = fc.record({
  text: fc.string({ maxLength: 12 }),
  confidence: fc.integer({ min: 0, max: 100 }),
  bbox: fc.record({ x0: fc.nat(500), y0: fc.nat(500), x1: fc.nat(900), y1: fc.nat(900) }),
});

const pageUrl = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((p) => `https://example.org/${p}`);
const ocr = fc.record({
  text: fc.string({ maxLength: 60 }),
  confidence: fc.integer({ min: 0, max: 100 }),
  langs: fc.subarray(['eng', 'chi_sim', 'uig']),
});
const images = fc.array(
  fc.tuple(fc.uuid({ version: 4 }), image, fc.option(fc.array(word, { maxLength: 3 }), { nil: undefined })),
  {
    maxLength: 2,
  },
);
const events = fc.array(
  fc.record(
    {
      at: when,
      type: fc.constantFrom(...EVENT_TYPES),
      actor: fc.constantFrom('me', 'Volunteer B', 'ngo-desk'),
      detail,
    },
    { requiredKeys: ['at', 'type', 'actor'] },
  ),
  { maxLength: 4 },
);
// Built once: arbitraries are costly to construct, cheap to draw from.
const flagFields = fc.record(
  {
    id: fc.uuid({ version: 4 }),
    createdAt: when,
    updatedAt: when,
    receivedAt: fc.oneof(
      when,
      when.map((d) => d.slice(0, 10)),
    ),
    source: fc.constantFrom(...FLAG_SOURCES),
    channel: fc.constantFrom('wechat', 'whatsapp', 'sms', 'telegram', 'email', 'call', 'other'),
    sender,
    pageUrl,
    ocr,
    status: fc.constantFrom(...FLAG_STATUSES),
    tags: fc.uniqueArray(line(20), { maxLength: 4 }),
    notes: fc.string({ maxLength: 80 }),
    capturedAt: when,
    images,
    events,
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'source',
      'status',
      'tags',
      'notes',
      'capturedAt',
      'images',
      'events',
    ],
  },
);

/** One flag with its images and log, all consistent with each other. */
export const flagRecord = fc
  .tuple(
    messageText.chain((text) => fc.tuple(fc.constant(text), analysisFor(text))),
    flagFields,
  )
  .map(([[text, analysis], fields]) => ({ ...fields, text, analysis }))
  .map(({ images, events, analysis, text, ...f }) => {
    const flag: Flag = {
      ...f,
      text,
      analysis,
      risk: analysis.risk,
      tacticIds: analysis.tactics.map((t) => t.id),
      languages: [...analysis.languages],
      textSha256: sha256(text),
      imageSha256: images.map(([, bytes]) => sha256(bytes)),
      attachmentIds: images.map(([id]) => id),
    };
    const attachments: Attachment[] = images.map(([id, bytes, words]) => ({
      id,
      flagId: flag.id,
      mime: 'image/png',
      size: bytes.length,
      sha256: sha256(bytes),
      blob: new Blob([bytes], { type: 'image/png' }),
      ...(words ? { words } : {}),
    }));
    const log: FlagEvent[] = events.map((e) => ({ ...e, flagId: flag.id }));
    return { flag, attachments, events: log };
  });

/** Flags with distinct texts, so none of them is a duplicate of another. */
export const reportSource = fc
  .uniqueArray(flagRecord, { maxLength: 4, selector: (r) => r.flag.text })
  .map((records): ReportSource => {
    // fast-check favours edge values (the all-zero UUID): make ids unique across the report.
    const seen = new Set<string>();
    let n = 0;
    const unique = (id: string) => {
      let out = id;
      while (seen.has(out)) out = `ffffffff-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
      seen.add(out);
      return out;
    };
    let eventId = 1;
    const out: ReportSource & { flags: Flag[]; attachments: Attachment[]; events: FlagEvent[] } = {
      flags: [],
      attachments: [],
      events: [],
    };
    for (const r of records) {
      const flagId = unique(r.flag.id);
      const attachments = r.attachments.map((a) => ({ ...a, id: unique(a.id), flagId }));
      out.flags.push({ ...r.flag, id: flagId, attachmentIds: attachments.map((a) => a.id) });
      out.attachments.push(...attachments);
      out.events.push(...r.events.map((e) => ({ ...e, flagId, id: eventId++ })));
    }
    return out;
  });

export const EXPORTER = { appVersion: '0.1.0', rulesetVersion: '1.85985081', alias: 'Volunteer A' } as const;
export const EXPORTED_AT = '2026-05-02T08:00:00.000Z';
