import type { transferEn } from './en';

export const transferUg: Record<keyof typeof transferEn, string> = {};
