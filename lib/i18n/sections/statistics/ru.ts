import type { statisticsEn } from './en';

export const statisticsRu: Record<keyof typeof statisticsEn, string> = {};
