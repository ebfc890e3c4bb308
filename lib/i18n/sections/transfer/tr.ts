import type { transferEn } from './en';

export const transferTr: Record<keyof typeof transferEn, string> = {};
