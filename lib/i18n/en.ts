// English is the source language: every other locale is checked against these keys.
export const en = {
  'app.name': 'Tekshur',
  'app.tagline': 'Check a message before you answer it. Nothing leaves your device.',

  'popup.title': 'Check a message',
  'popup.input.label': 'Message to check',
  'popup.input.placeholder': 'Paste the message you received here.',
  'popup.check': 'Check',
  'popup.check.soon': 'Checking arrives in the next version.',
  'popup.openDashboard': 'Open the dashboard',

  'dashboard.title': 'Tekshur dashboard',
  'dashboard.nav.label': 'Dashboard sections',
  'dashboard.nav.history': 'History',
  'dashboard.nav.batch': 'Batch',
  'dashboard.nav.importExport': 'Import/Export',
  'dashboard.nav.settings': 'Settings',
  'dashboard.history.heading': 'History',
  'dashboard.history.body':
    'Messages you choose to save will be listed here, with the tactics found in them. Nothing is saved unless you ask.',
  'dashboard.batch.heading': 'Batch',
  'dashboard.batch.body':
    'Here you will check many messages or screenshots at once, for example a whole exported chat.',
  'dashboard.importExport.heading': 'Import/Export',
  'dashboard.importExport.body':
    'Here you will export what you saved as a report for a trusted organisation, and import reports back.',
  'dashboard.settings.heading': 'Settings',
  'dashboard.settings.body': 'Here you will choose the language and what Tekshur keeps on this device.',
  'dashboard.comingSoon': 'Coming in a later version.',
} as const;

export type MessageKey = keyof typeof en;
