import { setOcrClient, type OcrClient } from '../client.ts';

/**
 * The extension pages' OCR client, loaded on the first image: the port protocol, the image
 * guard and valibot's schemas stay out of a page's first load.
 */
export const extensionOcrClient: OcrClient = {
  async recognize(image, options) {
    const { createPortOcrClient } = await import('./port-client.ts');
    return createPortOcrClient().recognize(image, options);
  },
};

/** Wired by each page entrypoint that reads images (popup, dashboard). */
export function installExtensionOcrClient(): void {
  setOcrClient(extensionOcrClient);
}
