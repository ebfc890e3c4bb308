import type { batchEn } from './en';

export const batchZh: Record<keyof typeof batchEn, string> = {};
