import { t } from '@/lib/i18n';
import type { Span } from './spans';
import { boxesForSpans, type WordWithBox } from './word-boxes';

/** A screenshot as read by OCR: where to show it and where its words are. */
export interface ScreenshotEvidence {
  /** An object URL (blob:) of the image. */
  url: string;
  width: number;
  height: number;
  words: readonly WordWithBox[];
}

const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;

/**
 * The screenshot with a box around each word that belongs to the evidence. The boxes sit in
 * the image's own coordinates, so they stay put whatever the direction of the interface.
 */
export function ImageEvidence({
  image,
  text,
  spans,
}: {
  image: ScreenshotEvidence;
  text: string;
  spans: Span[];
}) {
  const boxes = image.width > 0 && image.height > 0 ? boxesForSpans(text, image.words, spans) : [];
  return (
    <figure class="image-evidence">
      <div class="image-evidence-frame" dir="ltr">
        <img src={image.url} alt={t('verdict.imageAlt')} />
        {boxes.map((box, i) => (
          <span
            key={i}
            class="evidence-box"
            data-testid="evidence-box"
            aria-hidden="true"
            style={{
              left: percent(box.x0, image.width),
              top: percent(box.y0, image.height),
              width: percent(box.x1 - box.x0, image.width),
              height: percent(box.y1 - box.y0, image.height),
            }}
          />
        ))}
      </div>
    </figure>
  );
}
