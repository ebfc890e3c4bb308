import type { settingsEn } from './en';

export const settingsTr: Record<keyof typeof settingsEn, string> = {};
