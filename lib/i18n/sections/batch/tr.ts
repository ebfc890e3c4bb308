import type { batchEn } from './en';

export const batchTr: Record<keyof typeof batchEn, string> = {};
