import type { Attachment, Flag, FlagEvent } from '../../db/types';
import { compact } from '../compact';
import type { ReportAttachment, ReportFlag } from '../schema';

/**
 * A report's flag as a stored record: it came in by import, in this import's batch. No copy is
 * made: the validated report is a fresh object that nothing else holds.
 */
export function toFlag(flag: ReportFlag, id: string, batchId: string, attachmentIds: string[]): Flag {
  const { events: _events, ...fields } = flag;
  return compact({ ...fields, id, source: 'import', batchId, attachmentIds });
}

export function toAttachment(a: ReportAttachment, bytes: Uint8Array, id: string, flagId: string): Attachment {
  return compact({
    id,
    flagId,
    mime: a.mime,
    size: bytes.length,
    width: a.width,
    height: a.height,
    sha256: a.sha256,
    blob: new Blob([bytes.slice()], { type: a.mime }),
    words: a.words,
  });
}

/** The flag's history from the file, now under `flagId`; 'me' there is the exporter here. */
export function importedEvents(
  flag: ReportFlag,
  flagId: string,
  actorOf: (actor: string) => string,
): FlagEvent[] {
  return flag.events.map((e) =>
    compact({
      flagId,
      at: e.at,
      type: e.type,
      actor: actorOf(e.actor),
      detail: e.detail,
    }),
  );
}
