import type { historyEn } from './en';

export const historyZh: Record<keyof typeof historyEn, string> = {};
