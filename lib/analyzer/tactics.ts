/**
 * Tactic ids of ../shared/spec/tactics.md (v1). They are part of the export format: never rename one.
 */
export const TACTIC_IDS = [
  'identity-document-request',
  'personal-data-request',
  'official-document-pretext',
  'delivery-pretext',
  'return-pressure',
  'family-leverage',
  'informant-recruitment',
  'inducement',
  'threat-of-harm',
  'surveillance-claim',
  'authority-claim',
  'secrecy-demand',
] as const;

export type TacticId = (typeof TACTIC_IDS)[number];

/** One of these alone makes a message high risk (tactics.md, "Risk levels"). */
export const HIGH_RISK_TACTICS: ReadonlySet<TacticId> = new Set<TacticId>([
  'identity-document-request',
  'family-leverage',
  'informant-recruitment',
  'threat-of-harm',
  'return-pressure',
]);

export function isTacticId(value: unknown): value is TacticId {
  return typeof value === 'string' && (TACTIC_IDS as readonly string[]).includes(value);
}
