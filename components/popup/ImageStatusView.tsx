import { getLanguage, hasMessage, t } from '@/lib/i18n';
import type { ImageStatus, ShownImage } from './useImageCheck';
import type { ImageFailure } from './services';

interface Props {
  image: ShownImage | undefined;
  status: ImageStatus;
  onCancel: () => void;
  onRemove: () => void;
}

// Loading the engine and language data is the smaller share of the wait on a warm start.
const LOADING_SHARE = 0.3;

function failureMessage({ code, reason }: ImageFailure): string {
  // English shows the guard's own sentence (it names sizes and formats); other languages the
  // translated message for its code.
  if (reason && getLanguage() === 'en' && code !== 'engine-failed') return reason;
  const key = `image.error.${code}`;
  return hasMessage(key) ? t(key) : t('image.error.engine-failed');
}

/** Which image is being checked and how reading it goes: progress, refusal or failure. */
export function ImageStatusView({ image, status, onCancel, onRemove }: Props) {
  if (status.kind === 'idle' && !image) return null;
  const progress = status.kind === 'reading' ? status.progress : undefined;
  const overall =
    progress &&
    (progress.stage === 'loading'
      ? progress.progress * LOADING_SHARE
      : LOADING_SHARE + (1 - LOADING_SHARE) * progress.progress);
  return (
    <div class="image-status">
      {image && (
        <p class="image-label">{image.name ? t('image.name', { name: image.name }) : t('image.tab')}</p>
      )}
      {status.kind === 'reading' && (
        <>
          <label for="ocr-progress" class="hint">
            {progress?.stage === 'recognizing' ? t('image.reading') : t('image.loading')}
          </label>
          <progress id="ocr-progress" data-testid="ocr-progress" max={1} value={overall} />
          <button type="button" class="secondary" onClick={onCancel}>
            {t('image.cancel')}
          </button>
        </>
      )}
      {status.kind === 'no-text' && <p role="status">{t('image.noText')}</p>}
      {status.kind === 'failed' && (
        <p role="alert" class="error" data-testid="image-error">
          {failureMessage(status.failure)}
        </p>
      )}
      {image && status.kind !== 'reading' && (
        <button type="button" class="secondary" onClick={onRemove}>
          {t('image.remove')}
        </button>
      )}
    </div>
  );
}
