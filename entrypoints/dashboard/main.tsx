import { render } from 'preact';
import { DashboardScreen } from '@/components/DashboardScreen';
import '@/components/theme.css';
import { t } from '@/lib/i18n';

document.title = t('dashboard.title');

render(<DashboardScreen />, document.getElementById('app')!);
