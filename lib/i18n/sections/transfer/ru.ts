import type { transferEn } from './en';

export const transferRu: Record<keyof typeof transferEn, string> = {};
