import type { transferEn } from './en';

export const transferKk: Record<keyof typeof transferEn, string> = {};
