import type { settingsEn } from './en';

export const settingsRu: Record<keyof typeof settingsEn, string> = {};
