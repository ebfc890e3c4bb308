import type { settingsEn } from './en';

export const settingsZh: Record<keyof typeof settingsEn, string> = {};
