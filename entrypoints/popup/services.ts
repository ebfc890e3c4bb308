import type { PopupServices } from '@/components/popup/services';
import { getLanguage } from '@/lib/i18n';
import { analyzeText } from './analyzer';
import { captureTab } from './capture';

/** The popup's real services: each heavy part (analyzer, OCR, database) loads when first needed. */
export const popupServices: PopupServices = {
  analyze: analyzeText,
  readImage: async (blob, options) => (await import('./image-flow')).readImage(blob, options, getLanguage()),
  captureTab,
  save: async (flag) => (await import('./save')).save(flag),
};
