import type { statisticsEn } from './en';

export const statisticsUg: Record<keyof typeof statisticsEn, string> = {};
