import * as v from 'valibot';
import { utf8Decode } from '../crypto/bytes';
import { describeIssue } from './issues';
import { parseGuardedJson } from './json-guard';
import { LIMITS } from './limits';
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type TekshurReport } from './schema';
import { checkContent, checkReferences } from './semantic';

/**
 * Everything an import checks before anything is written, without a database: the same
 * function serves the dashboard's Import and `report validate`.
 */

export type Validation =
  { ok: true; report: TekshurReport; images: Map<string, Uint8Array> } | { ok: false; reason: string };

const MB = 1024 * 1024;

export async function validateReportBytes(bytes: Uint8Array): Promise<Validation> {
  if (bytes.length > LIMITS.fileBytes) return refuse(`the file is larger than ${LIMITS.fileBytes / MB} MB`);
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    return refuse('not UTF-8 text (is it a Tekshur report?)');
  }
  return validateReportText(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

export async function validateReportText(text: string): Promise<Validation> {
  if (text.trim() === '') return refuse('the file is empty');
  if (!/^\s*[[{]/.test(text))
    return refuse('not a Tekshur report (not JSON; CSV and other exports cannot be imported)');
  const parsed = parseGuardedJson(text, LIMITS.depth);
  if (!parsed.ok) return refuse(parsed.reason);
  return validateReportValue(parsed.value);
}

export async function validateReportValue(value: unknown): Promise<Validation> {
  const kind = identify(value);
  if (kind) return refuse(kind);
  const top = value as Record<string, unknown>;
  // Counted before the schema walks every item, so an oversized list is refused at once.
  if (Array.isArray(top.flags) && top.flags.length > LIMITS.flags) {
    return refuse(
      `more than ${LIMITS.flags.toLocaleString('en-US')} flags (${top.flags.length.toLocaleString('en-US')})`,
    );
  }
  if (Array.isArray(top.attachments) && top.attachments.length > LIMITS.attachments) {
    return refuse(`more than ${LIMITS.attachments.toLocaleString('en-US')} attachments`);
  }
  const result = v.safeParse(reportSchema, value, { abortEarly: true });
  if (!result.success) return refuse(describeIssue(result.issues[0]));
  const report = result.output;
  const reference = checkReferences(report);
  if (reference) return refuse(reference);
  const content = await checkContent(report);
  if (!content.ok) return refuse(content.reason);
  return { ok: true, report, images: content.images };
}

/** Says what the file is when it is not a report this build can read. */
function identify(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not a Tekshur report (the JSON is not an object)';
  }
  const o = value as Record<string, unknown>;
  if (o.type === 'bundle')
    return 'a STIX bundle, not a Tekshur report: only Tekshur JSON reports can be imported';
  if ('Event' in o) return 'a MISP event, not a Tekshur report: only Tekshur JSON reports can be imported';
  if (o.format === 'tekshur-encrypted') return 'an encrypted Tekshur file: give its passphrase';
  if (o.format !== REPORT_FORMAT) return `not a Tekshur report (no "format": "${REPORT_FORMAT}")`;
  if (typeof o.version === 'number' && Number.isInteger(o.version) && o.version > REPORT_VERSION) {
    return `made by a newer Tekshur (report format version ${o.version}; this Tekshur reads version ${REPORT_VERSION}): update Tekshur to import it`;
  }
  if (o.version !== REPORT_VERSION) return `unknown report format version ${brief(o.version)}`;
  return undefined;
}

function brief(value: unknown): string {
  const json = JSON.stringify(value) ?? 'missing';
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

function refuse(reason: string): Validation {
  return { ok: false, reason };
}
