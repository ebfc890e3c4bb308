import type { statisticsEn } from './en';

export const statisticsZh: Record<keyof typeof statisticsEn, string> = {};
