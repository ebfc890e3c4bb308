import * as v from 'valibot';
import { TACTIC_IDS } from '../analyzer/tactics';
import { FLAG_SOURCES, FLAG_STATUSES, type FlagEventType } from '../db/types';
import { LIMITS } from './limits';
import {
  anyId,
  dateOrDateTime,
  dateTime,
  eventDetail,
  int,
  line,
  list,
  num,
  obj,
  pat,
  sha256,
  str,
  uuid,
} from './schema-parts';

/**
 * The Tekshur report format, version 1, as a valibot schema: what an import accepts. Its twin
 * for other tools is lib/report/schema/tekshur-report-v1.schema.json. Rules that JSON Schema
 * cannot say (references, hashes, evidence offsets) are in ./semantic.ts.
 */

export const REPORT_FORMAT = 'tekshur-report';
export const REPORT_VERSION = 1;
export const REPORT_MEDIA_TYPE = 'application/vnd.tekshur.report+json';

export const EVENT_TYPES = [
  'created',
  'status-changed',
  'note-added',
  'edited',
  'reanalysed',
  'exported',
  'imported',
  'merged',
  'redacted',
  'deleted',
  'restored',
] as const satisfies readonly FlagEventType[];
// Fails to compile when lib/db/types.ts gains an event type this list lacks.
const _allEventTypes: readonly (typeof EVENT_TYPES)[number][] = [] as FlagEventType[];

export const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp'] as const;
const RISKS = ['high', 'medium', 'low', 'none'] as const;
const COVERAGES = ['full', 'partial', 'none'] as const;

const tacticId = v.picklist(TACTIC_IDS, 'not a known tactic id');
const language = pat('language', 20, 'a language code');
const offset = int(0, 2 * LIMITS.textChars);

const evidence = obj({
  start: offset,
  end: offset,
  quote: str(LIMITS.quoteChars),
  ruleId: pat('token', 200, 'a rule id'),
});

const tactic = obj({
  id: tacticId,
  confidence: num(0, 1),
  evidence: list(evidence, LIMITS.evidencePerTactic),
});

const analysis = obj({
  risk: v.picklist(RISKS, 'not a risk level'),
  score: int(0, 100),
  tactics: list(tactic, TACTIC_IDS.length),
  languages: list(language, LIMITS.languages),
  coverage: v.picklist(COVERAGES, 'not a coverage'),
  rulesetVersion: pat('version', 64, 'a version'),
  truncated: v.optional(v.boolean('must be true or false')),
});

const event = obj({
  at: dateTime,
  type: v.picklist(EVENT_TYPES, 'not a known event type'),
  actor: line(LIMITS.shortChars),
  detail: v.optional(eventDetail),
});

const flag = obj({
  id: uuid,
  createdAt: dateTime,
  updatedAt: dateTime,
  receivedAt: v.optional(dateOrDateTime),
  source: v.picklist(FLAG_SOURCES, 'not a known source'),
  channel: v.optional(pat('channel', 64, 'a channel name')),
  sender: v.optional(
    obj({
      phone: v.optional(line(100)),
      account: v.optional(line(LIMITS.shortChars)),
      name: v.optional(line(LIMITS.shortChars)),
    }),
  ),
  pageUrl: v.optional(pat('pageUrl', LIMITS.urlChars, 'an http(s) address')),
  text: str(LIMITS.textChars),
  ocr: v.optional(
    obj({
      text: str(LIMITS.textChars),
      confidence: num(0, 100),
      langs: list(pat('ocrLang', 16, 'an OCR language code'), 10),
    }),
  ),
  analysis,
  risk: v.picklist(RISKS, 'not a risk level'),
  tacticIds: list(tacticId, TACTIC_IDS.length),
  languages: list(language, LIMITS.languages),
  textSha256: sha256,
  imageSha256: list(sha256, LIMITS.attachmentsPerFlag),
  attachmentIds: list(anyId, LIMITS.attachmentsPerFlag),
  status: v.picklist(FLAG_STATUSES, 'not a known status'),
  tags: list(line(LIMITS.tagChars), LIMITS.tagsPerFlag),
  notes: str(LIMITS.noteChars),
  capturedAt: dateTime,
  events: list(event, LIMITS.eventsPerFlag),
});

const coordinate = num(0, 1_000_000);
const word = obj({
  text: str(1000),
  confidence: num(0, 100),
  bbox: obj({ x0: coordinate, y0: coordinate, x1: coordinate, y1: coordinate }),
});

const attachment = obj({
  id: anyId,
  flagId: uuid,
  mime: v.picklist(IMAGE_MIMES, 'not an accepted image type (png, jpeg, webp, gif, bmp)'),
  size: int(0, LIMITS.imageBytes),
  width: v.optional(int(1, 100_000)),
  height: v.optional(int(1, 100_000)),
  sha256,
  data: v.optional(pat('base64', LIMITS.imageBase64Chars, 'base64')),
  words: v.optional(list(word, LIMITS.wordsPerImage)),
});

const count = int(0, LIMITS.textChars);
const redactions = obj({
  options: obj({
    dropImages: v.boolean(),
    dropSender: v.boolean(),
    dropPageUrl: v.boolean(),
    maskPhones: v.boolean(),
    maskEmails: v.boolean(),
    maskIdNumbers: v.boolean(),
    boxes: count,
  }),
  flags: list(
    obj({
      flagId: uuid,
      masked: obj({
        phone: v.optional(count),
        email: v.optional(count),
        idNumber: v.optional(count),
        sender: v.optional(count),
      }),
      imagesDropped: count,
      senderDropped: v.boolean(),
      pageUrlDropped: v.boolean(),
      boxes: count,
    }),
    LIMITS.flags,
  ),
});

export const reportSchema = obj({
  format: v.literal(REPORT_FORMAT, `must be "${REPORT_FORMAT}"`),
  version: v.literal(REPORT_VERSION, `must be ${REPORT_VERSION}`),
  exportedAt: dateTime,
  exporter: obj({
    app: pat('version', 64, 'an app name'),
    appVersion: pat('version', 64, 'a version'),
    rulesetVersion: pat('version', 64, 'a version'),
    alias: v.optional(line(LIMITS.shortChars)),
  }),
  redactions: v.optional(redactions),
  flags: list(flag, LIMITS.flags),
  attachments: list(attachment, LIMITS.attachments),
});

export type TekshurReport = v.InferOutput<typeof reportSchema>;
export type ReportFlag = TekshurReport['flags'][number];
export type ReportEvent = ReportFlag['events'][number];
export type ReportAttachment = TekshurReport['attachments'][number];
export type RedactionRecord = NonNullable<TekshurReport['redactions']>;
export type ImageMime = (typeof IMAGE_MIMES)[number];
