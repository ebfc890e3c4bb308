import type { settingsEn } from './en';

export const settingsKk: Record<keyof typeof settingsEn, string> = {};
