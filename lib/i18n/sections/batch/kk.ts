import type { batchEn } from './en';

export const batchKk: Record<keyof typeof batchEn, string> = {};
