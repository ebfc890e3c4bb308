import type { batchEn } from './en';

export const batchUg: Record<keyof typeof batchEn, string> = {};
