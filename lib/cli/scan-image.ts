/** OCR for `scan` (joins with lib/ocr when the OCR service lands). */
export interface ImageScanner {
  recognize(
    path: string,
  ): Promise<
    { ok: true; text: string; confidence: number; langs: string[]; ms: number } | { ok: false; error: string }
  >;
  progress(done: number, total: number): void;
  close(): Promise<void>;
}

export async function createImageScanner(_langs: string | undefined, _count: number): Promise<ImageScanner> {
  return {
    recognize: async () => ({
      ok: false,
      error: 'images are not supported yet: OCR is not built in this version',
    }),
    progress: () => undefined,
    close: async () => undefined,
  };
}
