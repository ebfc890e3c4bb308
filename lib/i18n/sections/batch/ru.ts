import type { batchEn } from './en';

export const batchRu: Record<keyof typeof batchEn, string> = {};
