import { render } from 'preact';
import { DashboardScreen } from '@/components/DashboardScreen';
import '@/components/theme.css';
import { t } from '@/lib/i18n';
import { installExtensionOcrClient } from '@/lib/ocr/browser/client';

installExtensionOcrClient();
document.title = t('dashboard.title');

render(<DashboardScreen />, document.getElementById('app')!);
