import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CheckedImage } from './new-flag';
import type { ImageFailure, PopupServices, ReadProgress } from './services';

/** The image being checked, with what the view needs to show it. */
export interface ShownImage extends CheckedImage {
  /** Set once the image passed the safety check: only then is it decoded for display. */
  url?: string;
  width?: number;
  height?: number;
  /** The file's name; none for a tab capture. */
  name?: string;
}

export type ImageStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | undefined }
  | { kind: 'read' }
  | { kind: 'no-text' }
  | { kind: 'failed'; failure: ImageFailure };

export interface ImageOrigin {
  source: CheckedImage['source'];
  name?: string;
  pageUrl?: string;
}

function failureOf(error: unknown): ImageFailure {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' ? code : 'engine-failed',
    ...(typeof message === 'string' ? { reason: message } : {}),
  };
}

/** One image at a time: checked, shown, read by OCR; its text handed to `onText`. */
export function useImageCheck(readImage: PopupServices['readImage'], onText: (text: string) => void) {
  const [image, setImage] = useState<ShownImage | undefined>(undefined);
  const [status, setStatus] = useState<ImageStatus>({ kind: 'idle' });
  const job = useRef<AbortController | undefined>(undefined);
  const url = useRef<string | undefined>(undefined);

  const release = () => {
    job.current?.abort();
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  };

  const start = useCallback(
    async (blob: Blob, origin: ImageOrigin) => {
      release();
      const controller = new AbortController();
      job.current = controller;
      const capturedAt = new Date().toISOString();
      setImage({ blob, capturedAt, ...origin });
      if (!readImage) {
        setStatus({ kind: 'failed', failure: { code: 'engine-start-failed' } });
        return;
      }
      setStatus({ kind: 'reading', progress: undefined });
      const live = () => !controller.signal.aborted;
      try {
        const reading = await readImage(blob, {
          signal: controller.signal,
          onAccepted: ({ width, height }) => {
            if (!live()) return;
            url.current = URL.createObjectURL(blob);
            const shownUrl = url.current;
            setImage((current) =>
              current && current.blob === blob ? { ...current, url: shownUrl, width, height } : current,
            );
          },
          onProgress: (progress) => {
            if (live()) setStatus({ kind: 'reading', progress });
          },
        });
        if (!live()) return;
        setImage((current) => (current && current.blob === blob ? { ...current, reading } : current));
        setStatus({ kind: reading.text.trim() === '' ? 'no-text' : 'read' });
        onText(reading.text);
      } catch (error) {
        if (!live()) return;
        setStatus({ kind: 'failed', failure: failureOf(error) });
        // A refused file is neither shown nor kept for saving; an accepted one that could not
        // be read stays, as evidence the person can type the text for.
        if (!url.current) setImage(undefined);
      }
    },
    [readImage, onText],
  );

  const cancel = useCallback(() => {
    job.current?.abort();
    setStatus({ kind: 'failed', failure: { code: 'terminated' } });
  }, []);

  const remove = useCallback(() => {
    release();
    setImage(undefined);
    setStatus({ kind: 'idle' });
  }, []);

  useEffect(() => release, []);

  return { image, status, start, cancel, remove };
}
