import type { historyEn } from './en';

export const historyUg: Record<keyof typeof historyEn, string> = {};
