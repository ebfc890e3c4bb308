import type { statisticsEn } from './en';

export const statisticsKk: Record<keyof typeof statisticsEn, string> = {};
