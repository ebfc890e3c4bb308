import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupScreen } from '@/components/PopupScreen';
import '@/components/theme.css';
import { t } from '@/lib/i18n';

document.title = t('app.name');

function openDashboard(): void {
  // The dashboard is the options page, so this reuses an open dashboard tab.
  void browser.runtime.openOptionsPage().then(() => window.close());
}

render(<PopupScreen onOpenDashboard={openDashboard} />, document.getElementById('app')!);
