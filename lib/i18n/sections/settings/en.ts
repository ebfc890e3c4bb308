// The settings section's English messages: the source for the other languages of this section.
export const settingsEn = {
  'settings.language.heading': 'Interface language',
  'settings.language.hint': 'Your choice applies to every Tekshur page in this browser.',

  'settings.storage.heading': 'Storage on this device',
  'settings.persist.explain':
    'When a device runs out of space, the browser may clear saved data to make room. You can ask it to keep what Tekshur saved.',
  'settings.persist.button': 'Ask the browser to keep my data',
  'settings.persist.asking': 'Asking the browser…',
  'settings.persist.granted': 'Granted: the browser will not clear Tekshur’s data to make room.',
  'settings.persist.denied':
    'Not granted: the browser may clear Tekshur’s data when space runs short. Export what matters regularly.',
  'settings.persist.unavailable':
    'This browser cannot keep the data on request. Export what matters regularly.',
  'settings.usage.loading': 'Measuring the space used…',
  'settings.usage.space': 'Space used: {used}. Still available: about {available}.',
  'settings.usage.spaceUnknown': 'The browser does not say how much space is used.',
  'settings.usage.counts': 'Saved checks: {flags}. Images: {images}.',
  'settings.usage.error': 'The saved data could not be read. Reload the page to try again.',

  'settings.reanalyse.heading': 'Re-analyse with the current rules',
  'settings.reanalyse.explain':
    'After an update, Tekshur may recognise more. This checks every saved message again with the current rules and notes it in each check’s log. The messages and images themselves are not changed.',
  'settings.reanalyse.button': 'Re-analyse all saved checks',
  'settings.reanalyse.loading': 'Loading the rules…',
  'settings.reanalyse.progress': 'Re-analysed {done} of {total}',
  'settings.reanalyse.progressLabel': 'Re-analysis progress',
  'settings.reanalyse.done':
    'Done: {total} checks re-analysed with rules {version}. The risk changed for {risk}; the risk or the tactics changed for {changed}. Each check’s log records it.',
  'settings.reanalyse.nothing': 'There are no saved checks to re-analyse.',
  'settings.reanalyse.error':
    'Re-analysis stopped. Checks finished before the stop keep their new result; the others are unchanged. You can run it again.',

  'settings.wipe.heading': 'Delete everything',
  'settings.wipe.explain':
    'Deletes every saved check, image, log and setting that Tekshur keeps in this browser, at once. It cannot be undone.',
  'settings.wipe.exports':
    'Files you exported, and anything you sent to other people, are not affected: delete those separately if you need to.',
  'settings.wipe.button': 'Delete everything…',
  'settings.wipe.word': 'DELETE',
  'settings.wipe.typeLabel': 'To confirm, type {word}',
  'settings.wipe.confirm': 'Delete everything now',
  'settings.wipe.cancel': 'Cancel',
  'settings.wipe.working': 'Deleting…',
  'settings.wipe.blocked':
    'The saved checks are already erased. Another Tekshur page is still open and holds the storage: close it so the deletion can finish.',
  'settings.wipe.done':
    'Done. Everything Tekshur kept in this browser was deleted. Files you exported elsewhere were not touched.',
  'settings.wipe.partial':
    'Not everything could be deleted. Try again; if it fails again, remove Tekshur on the browser’s extensions page, which deletes all of its data.',

  'settings.about.heading': 'About Tekshur',
  'settings.about.version': 'Version: {version}',
  'settings.about.ruleset': 'Rules version: {version}',
  'settings.about.promise':
    'Tekshur works only on this device. Nothing you check or save is sent anywhere: no account, no server, no tracking. Only files you export yourself leave the device.',
} as const;
