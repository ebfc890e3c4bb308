import type { transferEn } from './en';

export const transferZh: Record<keyof typeof transferEn, string> = {};
