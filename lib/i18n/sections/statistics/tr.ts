import type { statisticsEn } from './en';

export const statisticsTr: Record<keyof typeof statisticsEn, string> = {};
