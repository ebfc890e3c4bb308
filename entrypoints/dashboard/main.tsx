import '@/components/theme.css';
import { render } from 'preact';
import { DashboardScreen } from '@/components/DashboardScreen';
import { applyLanguageToDocument, initLanguage, onLanguageChange, t } from '@/lib/i18n';
import { installExtensionOcrClient } from '@/lib/ocr/browser/client';

function applyLanguage(): void {
  applyLanguageToDocument(document);
  document.title = t('dashboard.title');
}

async function start(): Promise<void> {
  installExtensionOcrClient();
  // The language comes first, so that the first paint is already in the person's language.
  await initLanguage();
  applyLanguage();
  onLanguageChange(applyLanguage);
  render(<DashboardScreen />, document.getElementById('app')!);
}

void start();
