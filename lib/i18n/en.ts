import { historyEn } from './sections/history/en';
import { batchEn } from './sections/batch/en';
import { statisticsEn } from './sections/statistics/en';
import { transferEn } from './sections/transfer/en';
import { settingsEn } from './sections/settings/en';

// English is the source language: every other locale must have exactly these keys
// (TypeScript checks it, and tests/unit/i18n-completeness.test.ts checks it again at run time).
export const en = {
  'app.name': 'Tekshur',
  'app.tagline': 'Check a message before you answer it. Nothing leaves your device.',
  'app.language': 'Language',

  'popup.title': 'Check a message',
  'popup.input.label': 'Message to check',
  'popup.input.placeholder':
    'Paste or type the message you received. You can also paste or drop a screenshot.',
  'popup.input.fromImage': 'This is the text read from the image. Correct any mistakes; the check updates.',
  'popup.check': 'Check',
  'popup.checkTab': 'Check this tab',
  'popup.chooseImage': 'Choose a screenshot',
  'popup.clear': 'Start again',
  'popup.drop': 'Drop the screenshot here to check it',
  'popup.openDashboard': 'Open the dashboard',

  'image.loading': 'Starting the reader on this device…',
  'image.reading': 'Reading the image on this device…',
  'image.progress': 'Progress reading the image',
  'image.cancel': 'Stop reading',
  'image.remove': 'Remove the image',
  'image.name': 'Image: {name}',
  'image.tab': 'Screenshot of this tab',
  'image.noText': 'No text was found in the image. You can type the message instead.',
  'image.error.empty': 'The file is empty.',
  'image.error.file-too-large': 'The image is too large: images over 30 MB are not read.',
  'image.error.not-an-image': 'This file is not an image Tekshur can read (PNG, JPEG, WebP or BMP).',
  'image.error.unsupported-format': 'This kind of image is not read. Save the screenshot as PNG or JPEG.',
  'image.error.truncated': 'The image file is incomplete.',
  'image.error.zero-size': 'The image has no pixels.',
  'image.error.animated': 'The image is animated; only still images are read.',
  'image.error.too-many-pixels': 'The image is too large: images over 40 megapixels are not read.',
  'image.error.corrupt': 'The image file is damaged.',
  'image.error.decode-failed': 'The image could not be opened.',
  'image.error.bad-crop': 'The chosen area is outside the image.',
  'image.error.engine-start-failed':
    'Reading images is not available right now. You can type the message instead.',
  'image.error.engine-failed': 'Reading the image failed. Try again, or type the message.',
  'image.error.terminated': 'Reading the image was stopped.',
  'tab.error':
    'This tab cannot be captured. Open Tekshur from the toolbar while the page you want to check is shown.',

  'verdict.heading': 'Result',
  'verdict.risk.high': 'High risk',
  'verdict.risk.medium': 'Be careful',
  'verdict.risk.low': 'Low risk',
  'verdict.risk.none': 'Nothing found',
  'verdict.risk.unchecked': 'Not checked',
  'verdict.empty': 'Type or paste a message, or add a screenshot, to check it.',
  'verdict.checking': 'Checking…',
  'verdict.sentence.high': 'This message {actions}: a known intimidation tactic.',
  'verdict.sentence.medium':
    'This message {actions}. This is used in intimidation and data-gathering attempts: be careful.',
  'verdict.sentence.low':
    'No known intimidation tactic was found, only words such as an authority or a document, which also appear in ordinary messages.',
  'verdict.sentence.none': 'No known intimidation tactic was found in this message.',
  'verdict.sentence.unchecked':
    'Not checked: Tekshur cannot read this language yet. This does not mean the message is safe.',
  'verdict.limits':
    'Tekshur looks for known tactics in the words; it cannot tell who really sent a message. If something feels wrong, trust that feeling and talk to someone you trust.',
  'verdict.partial': 'Not checked: the part in {languages}. Tekshur cannot read that language yet.',
  'verdict.truncated': 'The message is very long: only its beginning was checked.',
  'verdict.languageUnknown': 'a language Tekshur does not recognise',
  'verdict.join.comma': ', ',
  'verdict.join.and': ' and ',
  'verdict.tactics': 'What was found',
  'verdict.why': 'Why it matters',
  'verdict.evidence': 'In the message',
  'verdict.advice': 'What you can do',
  'verdict.channels': 'Where to report',
  'verdict.channelSource': 'Source: {source}',
  'verdict.imageAlt': 'Your screenshot, with the words that were found outlined',

  'tactic.identity-document-request.name': 'Asks for an identity document',
  'tactic.identity-document-request.action': 'asks for your passport or another identity document',
  'tactic.identity-document-request.why':
    "It asks for a copy, photo or number of a passport, ID card, residence permit or visa, yours or a relative's. Such copies are used to identify and pressure people and their families.",
  'tactic.personal-data-request.name': 'Asks for personal details',
  'tactic.personal-data-request.action': 'asks for personal details such as your address or workplace',
  'tactic.personal-data-request.why':
    "It asks where you live, work or study, your date of birth, phone numbers, accounts or other people's contacts. These details are used to find and watch people.",
  'tactic.official-document-pretext.name': '“Important document” story',
  'tactic.official-document-pretext.action': 'says an official document is waiting for you',
  'tactic.official-document-pretext.why':
    'It says a document or notice is waiting at an embassy or consulate, often in a recorded call that asks you to press a key. This is a common way to make people call back and give their details.',
  'tactic.delivery-pretext.name': 'Parcel or customs story',
  'tactic.delivery-pretext.action': 'tells a story about a parcel or customs',
  'tactic.delivery-pretext.why':
    'It tells a story about a parcel, a courier or customs to get your details or to make you call back.',
  'tactic.return-pressure.name': 'Pressure to return',
  'tactic.return-pressure.action': 'pressures you to go back',
  'tactic.return-pressure.why':
    'It urges or orders you to go back, or makes a service, such as renewing a passport, depend on going back.',
  'tactic.family-leverage.name': 'Uses your family',
  'tactic.family-leverage.action': 'uses your family to pressure you',
  'tactic.family-leverage.why':
    'It uses your relatives back home to pressure you: threats against them, saying someone is with them now, or making a relative call you.',
  'tactic.informant-recruitment.name': 'Asks you to inform on others',
  'tactic.informant-recruitment.action': 'asks you to report on other people',
  'tactic.informant-recruitment.why':
    'It asks you to collect or pass on information about other people in your community, their meetings or their groups.',
  'tactic.inducement.name': 'Offers a reward',
  'tactic.inducement.action': 'offers you something in return for cooperating',
  'tactic.inducement.why':
    'It offers something in return for cooperation: passports or calls with relatives, money, safety or a job.',
  'tactic.threat-of-harm.name': 'Threat',
  'tactic.threat-of-harm.action': 'threatens you',
  'tactic.threat-of-harm.why':
    'It threatens your safety, freedom or reputation, or warns you to stop speaking out.',
  'tactic.surveillance-claim.name': 'Claims to watch you',
  'tactic.surveillance-claim.action': 'claims to know where you are or what you do',
  'tactic.surveillance-claim.why':
    'It shows or claims to know where you live, where you go, what you do or whom you meet, to make you feel watched.',
  'tactic.authority-claim.name': 'Claims to be an authority',
  'tactic.authority-claim.action': 'claims to be the police or another authority',
  'tactic.authority-claim.why':
    'It claims to speak for the police, state security, an embassy or another authority. Anyone can write this; it does not prove who sent it.',
  'tactic.secrecy-demand.name': 'Demands secrecy',
  'tactic.secrecy-demand.action': 'asks you to keep it secret or to move to another app',
  'tactic.secrecy-demand.why':
    'It asks you to tell no one, to delete the chat or to move to another app. That makes it harder to get help and to keep evidence.',

  'advice.dont-send':
    'Do not send documents, photos of documents or personal details, not even “just a copy”. A real office does not ask for them in a chat.',
  'advice.dont-call-back':
    'Do not call the number back and do not press keys in a recorded call. If you want to check, find the official number yourself.',
  'advice.verify-yourself':
    'If it says it comes from an office, check through a channel you find yourself (the official website, or a number you looked up), not through the message.',
  'advice.no-pressure':
    'You do not have to answer, decide or promise anything now. Take your time and get advice first.',
  'advice.family':
    'Pressure through relatives is a known tactic, and it is not your fault. Before you act, talk it over with someone you trust; check on your family through a channel you consider safe.',
  'advice.secrecy':
    'Being asked to keep quiet is a warning sign. You can tell people you trust, and keep the chat instead of deleting it.',
  'advice.safety':
    'If you are in danger right now, call the emergency number. Think about who knows where you live, and ask for help to stay safe.',
  'advice.keep-evidence':
    'Keep the message: save it here, and keep the original too (do not delete the chat; a screenshot should show the date and the sender).',
  'advice.talk-trusted':
    'Talk to someone you trust, and to an organisation that supports people facing transnational repression.',
  'advice.report':
    'You can report it. Where the local authorities might themselves put you at risk, contact a trusted organisation or a lawyer first.',

  'channel.emergencyName': 'Emergency number',
  'channel.emergency': 'If someone is in immediate danger.',
  'channel.national': 'A national line that takes reports of transnational repression.',
  'channel.support': 'Support that is not the police.',

  'save.heading': 'Keep this check',
  'save.privacy': 'It is saved only in this browser, on this device.',
  'save.details': 'Add details (optional)',
  'save.channel': 'App or channel',
  'save.channel.none': 'Not given',
  'save.channel.wechat': 'WeChat',
  'save.channel.whatsapp': 'WhatsApp',
  'save.channel.telegram': 'Telegram',
  'save.channel.signal': 'Signal',
  'save.channel.sms': 'SMS',
  'save.channel.call': 'Phone call',
  'save.channel.voicemail': 'Voicemail',
  'save.channel.email': 'Email',
  'save.channel.other': 'Other',
  'save.senderPhone': "Sender's phone number",
  'save.senderAccount': "Sender's account or name",
  'save.receivedAt': 'Date received',
  'save.note': 'Note',
  'save.button': 'Save this check',
  'save.falseAlarm': 'False alarm',
  'save.falseAlarm.hint': 'Keeps it marked as a false alarm, so that volunteers can improve Tekshur.',
  'save.saving': 'Saving…',
  'save.saved': 'Saved on this device. You will find it in the dashboard.',
  'save.savedFalseAlarm': 'Kept on this device as a false alarm. Thank you.',
  'save.error.full':
    'There is no room left to save this on your device. Nothing already saved was lost. Free some space, or export and delete old checks, and try again.',
  'save.error.generic': 'This check could not be saved. Nothing already saved was lost. Please try again.',

  'dashboard.title': 'Tekshur dashboard',
  'dashboard.nav.label': 'Dashboard sections',
  'dashboard.nav.history': 'History',
  'dashboard.nav.batch': 'Batch',
  'dashboard.nav.statistics': 'Statistics',
  'dashboard.nav.importExport': 'Import/Export',
  'dashboard.nav.settings': 'Settings',
  'dashboard.history.heading': 'History',
  'dashboard.history.body':
    'Messages you choose to save will be listed here, with the tactics found in them. Nothing is saved unless you ask.',
  'dashboard.batch.heading': 'Batch',
  'dashboard.batch.body':
    'Here you will check many messages or screenshots at once, for example a whole exported chat.',
  'dashboard.statistics.heading': 'Statistics',
  'dashboard.statistics.body': 'Here you will see what was flagged: by tactic, week, channel and language.',
  'dashboard.importExport.heading': 'Import/Export',
  'dashboard.importExport.body':
    'Here you will export what you saved as a report for a trusted organisation, and import reports back.',
  'dashboard.settings.heading': 'Settings',
  'dashboard.settings.body': 'Here you will choose the language and what Tekshur keeps on this device.',
  'dashboard.comingSoon': 'Coming in a later version.',
  // Each dashboard section keeps its own messages (lib/i18n/sections/<section>/<lang>.ts).
  ...historyEn,
  ...batchEn,
  ...statisticsEn,
  ...transferEn,
  ...settingsEn,
} as const;

export type MessageKey = keyof typeof en;

/** A whole locale: every key, nothing more. */
export type Messages = Record<MessageKey, string>;
