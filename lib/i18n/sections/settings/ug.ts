import type { settingsEn } from './en';

export const settingsUg: Record<keyof typeof settingsEn, string> = {};
