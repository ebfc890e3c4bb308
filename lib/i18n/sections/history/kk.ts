import type { historyEn } from './en';

export const historyKk: Record<keyof typeof historyEn, string> = {};
