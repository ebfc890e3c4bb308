import type { historyEn } from './en';

export const historyRu: Record<keyof typeof historyEn, string> = {};
