import '@/components/theme.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupScreen } from '@/components/PopupScreen';
import { applyLanguageToDocument, initLanguage, onLanguageChange, t } from '@/lib/i18n';
import { installExtensionOcrClient } from '@/lib/ocr/browser/client';
import { warmUpAnalyzer } from './analyzer';
import { popupServices } from './services';

function openDashboard(): void {
  // The dashboard is the options page, so this reuses an open dashboard tab.
  void browser.runtime.openOptionsPage().then(() => window.close());
}

function applyLanguage(): void {
  applyLanguageToDocument(document);
  document.title = t('app.name');
}

async function start(): Promise<void> {
  installExtensionOcrClient();
  // The language comes first, so that the first paint is already in the person's language.
  await initLanguage();
  applyLanguage();
  onLanguageChange(applyLanguage);
  render(
    <PopupScreen onOpenDashboard={openDashboard} services={popupServices} />,
    document.getElementById('app')!,
  );
  // Read by the browser tests to report open-to-ready times (no test asserts on them).
  performance.mark('tekshur:ui-ready');
  await warmUpAnalyzer();
  performance.mark('tekshur:analyzer-ready');
}

void start();
