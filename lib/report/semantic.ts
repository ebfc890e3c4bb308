import { decodeBase64, decodedLength } from '../crypto/base64';
import { sha256Hex } from '../crypto/hash';
import { sniffImageMime } from './image-mime';
import { LIMITS } from './limits';
import type { ReportFlag, TekshurReport } from './schema';

/**
 * The rules of the format that JSON Schema cannot express: references between flags and
 * attachments, denormalised fields that must agree, evidence inside its text, and hashes that
 * must match the bytes they name. Each returns the first problem as a sentence, or undefined.
 */

export function checkReferences(report: TekshurReport): string | undefined {
  const flagsById = new Map<string, ReportFlag>();
  for (const [i, flag] of report.flags.entries()) {
    if (flagsById.has(flag.id)) return `flags[${i}].id: the id ${flag.id} appears twice`;
    flagsById.set(flag.id, flag);
    const problem = checkFlag(flag);
    if (problem) return `flags[${i}].${problem}`;
  }
  const attachmentIds = new Set<string>();
  for (const [i, a] of report.attachments.entries()) {
    const where = `attachments[${i}]`;
    if (attachmentIds.has(a.id)) return `${where}.id: the id ${a.id} appears twice`;
    attachmentIds.add(a.id);
    const flag = flagsById.get(a.flagId);
    if (!flag) return `${where}.flagId: no flag ${a.flagId} in this report`;
    if (!flag.attachmentIds.includes(a.id))
      return `${where}: flag ${a.flagId} does not list attachment ${a.id}`;
    if (!flag.imageSha256.includes(a.sha256))
      return `${where}.sha256: not among flag ${a.flagId}'s image hashes`;
    if (a.data !== undefined && decodedLength(a.data) !== a.size)
      return `${where}.size: does not match the image data`;
  }
  for (const [i, flag] of report.flags.entries()) {
    for (const id of flag.attachmentIds) {
      if (!attachmentIds.has(id)) return `flags[${i}].attachmentIds: no attachment ${id} in this report`;
    }
  }
  for (const [i, r] of (report.redactions?.flags ?? []).entries()) {
    if (!flagsById.has(r.flagId)) return `redactions.flags[${i}].flagId: no flag ${r.flagId} in this report`;
  }
  return undefined;
}

function checkFlag(flag: ReportFlag): string | undefined {
  const { analysis } = flag;
  if (flag.risk !== analysis.risk)
    return `risk: "${flag.risk}" differs from analysis.risk "${analysis.risk}"`;
  const tacticIds = analysis.tactics.map((t) => t.id);
  if (new Set(tacticIds).size !== tacticIds.length) return 'analysis.tactics: a tactic appears twice';
  if (!sameSet(flag.tacticIds, tacticIds)) return "tacticIds: differ from the analysis' tactics";
  if (!sameSet(flag.languages, analysis.languages)) return "languages: differ from the analysis' languages";
  if (new Set(flag.attachmentIds).size !== flag.attachmentIds.length)
    return 'attachmentIds: an id appears twice';
  if (flag.attachmentIds.length > flag.imageSha256.length)
    return 'attachmentIds: more attachments than image hashes';
  for (const [t, tactic] of analysis.tactics.entries()) {
    for (const [e, ev] of tactic.evidence.entries()) {
      if (ev.start > ev.end || ev.end > flag.text.length) {
        return `analysis.tactics[${t}].evidence[${e}]: offsets ${ev.start}–${ev.end} are outside the text`;
      }
    }
  }
  return undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

const HASH_BATCH = 512;

/** Decodes every image and checks size, type and hash; also re-hashes every text. */
export async function checkContent(
  report: TekshurReport,
): Promise<{ ok: true; images: Map<string, Uint8Array> } | { ok: false; reason: string }> {
  // In batches: WebCrypto hashes concurrently, one await per flag would serialise 50,000 of them.
  for (let from = 0; from < report.flags.length; from += HASH_BATCH) {
    const batch = report.flags.slice(from, from + HASH_BATCH);
    const hashes = await Promise.all(batch.map((f) => sha256Hex(f.text)));
    const bad = hashes.findIndex((h, j) => h !== batch[j]!.textSha256);
    if (bad >= 0) return { ok: false, reason: `flags[${from + bad}].textSha256: does not match the text` };
  }
  const images = new Map<string, Uint8Array>();
  for (const [i, a] of report.attachments.entries()) {
    if (a.data === undefined) continue;
    const where = `attachments[${i}]`;
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(a.data);
    } catch {
      return { ok: false, reason: `${where}.data: not valid base64` };
    }
    if (bytes.length > LIMITS.imageBytes)
      return { ok: false, reason: `${where}: the image is larger than 30 MB` };
    if (sniffImageMime(bytes) !== a.mime)
      return { ok: false, reason: `${where}.data: the bytes are not ${a.mime}` };
    if ((await sha256Hex(bytes)) !== a.sha256) {
      return { ok: false, reason: `${where}: the image does not match its SHA-256 (changed or damaged)` };
    }
    images.set(a.id, bytes);
  }
  return { ok: true, images };
}
