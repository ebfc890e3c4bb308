import type { TacticId } from '../analyzer/tactics';

export { REPORTING_CHANNELS, type ReportingChannel } from './channels';

/**
 * Advice items. Each is a short text in every UI language (i18n keys `advice.<id>`), written
 * for people at risk: concrete, kind, no alarmism.
 */
export const ADVICE_IDS = [
  'dont-send',
  'dont-call-back',
  'verify-yourself',
  'no-pressure',
  'family',
  'secrecy',
  'safety',
  'keep-evidence',
  'talk-trusted',
  'report',
] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

/** Advice specific to each tactic, most urgent first. */
export const ADVICE_FOR: Record<TacticId, readonly AdviceId[]> = {
  'identity-document-request': ['dont-send', 'verify-yourself'],
  'personal-data-request': ['dont-send', 'verify-yourself'],
  'official-document-pretext': ['dont-call-back', 'verify-yourself'],
  'delivery-pretext': ['dont-call-back', 'dont-send'],
  'return-pressure': ['no-pressure'],
  'family-leverage': ['family', 'no-pressure'],
  'informant-recruitment': ['no-pressure', 'dont-send'],
  inducement: ['no-pressure'],
  'threat-of-harm': ['safety'],
  'surveillance-claim': ['safety'],
  'authority-claim': ['verify-yourself', 'dont-call-back'],
  'secrecy-demand': ['secrecy'],
};

/** Said whenever something was found: keep it, talk to someone, and where to report. */
export const ALWAYS: readonly AdviceId[] = ['keep-evidence', 'talk-trusted', 'report'];

/** The advice for a set of tactics: specific items first, in tactic order, then the general ones. */
export function adviceFor(tactics: readonly TacticId[]): AdviceId[] {
  if (tactics.length === 0) return [];
  const out = new Set<AdviceId>();
  for (const t of tactics) for (const a of ADVICE_FOR[t]) out.add(a);
  for (const a of ALWAYS) out.add(a);
  return ADVICE_IDS.filter((id) => out.has(id));
}
