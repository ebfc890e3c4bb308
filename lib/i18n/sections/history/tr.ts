import type { historyEn } from './en';

export const historyTr: Record<keyof typeof historyEn, string> = {};
