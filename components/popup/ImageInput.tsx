import { t } from '@/lib/i18n';

/** The formats the image guard can vouch for; anything else is refused before decoding. */
export const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/bmp';

/**
 * "Choose a screenshot": the native file input stays in the tab order (keyboard and screen
 * readers use it as is) and the label is what is seen.
 */
export function ImageInput({ onFile }: { onFile: (file: File) => void }) {
  return (
    <span class="file-button">
      <input
        type="file"
        id="image-input"
        data-testid="image-input"
        accept={IMAGE_TYPES}
        class="visually-hidden"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again is a new check.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <label for="image-input" class="button secondary">
        {t('popup.chooseImage')}
      </label>
    </span>
  );
}
