import { en, type MessageKey } from './en';

export type { MessageKey };

/**
 * The one place UI text comes from. English only for now; a locale map per language
 * slots in here without touching callers.
 */
export function t(key: MessageKey): string {
  return en[key];
}
