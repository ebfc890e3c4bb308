import { useCallback, useRef, useState } from 'preact/hooks';
import type { FlagStatus } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ImageInput } from './popup/ImageInput';
import { ImageStatusView } from './popup/ImageStatusView';
import { newFlagOf, type SaveContext } from './popup/new-flag';
import { SaveForm } from './popup/SaveForm';
import type { PopupServices } from './popup/services';
import { useImageArrival } from './popup/useImageArrival';
import { useImageCheck, type ImageOrigin } from './popup/useImageCheck';
import { useTextCheck } from './popup/useTextCheck';
import { useLanguage } from './useLanguage';
import { Verdict } from './verdict/Verdict';
import './popup/popup.css';

export type { PopupServices };

interface Props {
  onOpenDashboard: () => void;
  services?: PopupServices;
}

// Without wiring (a test, a preview) the popup can still check text; the analyzer stays a
// separate chunk either way.
const TEXT_ONLY: PopupServices = {
  analyze: async (text) => (await import('@/lib/analyzer')).analyze(text),
};

/** The toolbar popup: a message or a screenshot in, the verdict out, and keeping it if wanted. */
export function PopupScreen({ onOpenDashboard, services = TEXT_ONLY }: Props) {
  useLanguage();
  const check = useTextCheck(services.analyze);
  const reader = useImageCheck(services.readImage, check.change);
  const [tabFailed, setTabFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { start } = reader;

  const startImage = useCallback(
    (blob: Blob, origin: ImageOrigin) => {
      setTabFailed(false);
      void start(blob, origin);
    },
    [start],
  );

  const startFile = useCallback(
    (file: File) => startImage(file, { source: 'image', name: file.name }),
    [startImage],
  );
  const { dragging, dropZone } = useImageArrival(startFile);

  const checkNow = async () => {
    await check.checkNow();
    heading.current?.focus();
  };

  const captureTab = services.captureTab;
  const checkTab = async () => {
    if (!captureTab) return;
    try {
      const { blob, pageUrl } = await captureTab();
      startImage(blob, { source: 'tab-capture', ...(pageUrl ? { pageUrl } : {}) });
    } catch {
      setTabFailed(true);
    }
  };

  const save = services.save;
  const onSave = async (context: SaveContext, status: FlagStatus) => {
    const checked = await check.checkNow();
    if (!checked || !save) throw new Error('Nothing to save.');
    await save(newFlagOf(checked.text, checked.analysis, reader.image, context, status));
  };

  const startAgain = () => {
    reader.remove();
    check.change('');
    setTabFailed(false);
  };

  const { image, status } = reader;
  const reading = image?.reading;
  const screenshot = image?.url
    ? {
        url: image.url,
        width: reading?.width ?? image.width ?? 0,
        height: reading?.height ?? image.height ?? 0,
        words: reading?.words ?? [],
      }
    : undefined;

  return (
    <main class={dragging ? 'popup dragging' : 'popup'} {...dropZone}>
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <LanguageSwitcher />
      </header>
      <p class="tagline">{t('app.tagline')}</p>
      <label for="message-input">{t('popup.input.label')}</label>
      <textarea
        id="message-input"
        data-testid="check-input"
        dir="auto"
        rows={5}
        placeholder={t('popup.input.placeholder')}
        aria-describedby={reading ? 'from-image-hint' : undefined}
        value={check.text}
        onInput={(event) => check.change(event.currentTarget.value)}
      />
      {reading && (
        <p id="from-image-hint" class="hint">
          {t('popup.input.fromImage')}
        </p>
      )}
      <div class="input-actions">
        <button
          type="button"
          data-testid="check-button"
          disabled={check.text.trim() === ''}
          onClick={() => void checkNow()}
        >
          {t('popup.check')}
        </button>
        {captureTab && (
          <button type="button" class="secondary" data-testid="check-tab" onClick={() => void checkTab()}>
            {t('popup.checkTab')}
          </button>
        )}
        <ImageInput onFile={startFile} />
        {(check.text !== '' || image) && (
          <button type="button" class="secondary" onClick={startAgain}>
            {t('popup.clear')}
          </button>
        )}
      </div>
      {dragging && <p class="drop-hint">{t('popup.drop')}</p>}
      <ImageStatusView image={image} status={status} onCancel={reader.cancel} onRemove={reader.remove} />
      {tabFailed && (
        <p role="alert" class="error">
          {t('tab.error')}
        </p>
      )}
      <Verdict
        analysis={check.shown?.analysis}
        text={check.shown?.text ?? ''}
        image={screenshot}
        pending={check.pending}
        headingRef={heading}
      />
      {save && check.shown && <SaveForm checkKey={check.shown} disabled={!check.checked} onSave={onSave} />}
      <a
        href="/dashboard.html"
        target="_blank"
        onClick={(event) => {
          event.preventDefault();
          onOpenDashboard();
        }}
      >
        {t('popup.openDashboard')}
      </a>
    </main>
  );
}
