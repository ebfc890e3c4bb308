import type { Flag, FlagEvent } from '../../db/types';
import { compact } from '../compact';
import type { ReportFlag } from '../schema';
import { canonicalJson } from '../stix-ids';

/** A flag that imported duplicates merge into: stored already, or new in this import. */
export interface MergeTarget {
  flag: Flag;
  attachmentSha256: Set<string>;
  /** Its log; keyed only when a duplicate arrives (most flags never meet one). */
  events: FlagEvent[];
  eventKeys?: Set<string>;
  existing: boolean;
  changed: boolean;
}

/** The entries of `incoming` not already in the target's log, which then counts them as present. */
export function newHistory(target: MergeTarget, incoming: FlagEvent[]): FlagEvent[] {
  target.eventKeys ??= new Set(target.events.map(eventKey));
  const keys = target.eventKeys;
  return incoming.filter((e) => {
    const key = eventKey(e);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

/** Same moment, kind, actor and detail: the same history entry, written once. */
export function eventKey(e: Pick<FlagEvent, 'at' | 'type' | 'actor' | 'detail'>): string {
  return canonicalJson({ at: e.at, type: e.type, actor: e.actor, detail: e.detail ?? null });
}

/**
 * The log entry of a merge. The stored flag keeps its status and notes (the local triage);
 * the other copy's, when they differ, are kept here so nothing of it is lost.
 */
export function mergedEvent(
  from: ReportFlag,
  into: MergeTarget,
  origin: { batchId: string; fileName: string; alias?: string; exportedAt: string },
  now: string,
): FlagEvent {
  return {
    flagId: into.flag.id,
    at: now,
    type: 'merged',
    actor: 'me',
    detail: compact({
      ...origin,
      from: from.id,
      theirStatus: from.status === into.flag.status ? undefined : from.status,
      theirNotes: from.notes && from.notes !== into.flag.notes ? from.notes : undefined,
    }),
  };
}
