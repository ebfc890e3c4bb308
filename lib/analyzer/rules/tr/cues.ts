/* eslint-disable regexp/prefer-predefined-assertion -- word edges are lookarounds, not \b: see _lexicon.ts */
import { defineRules } from '../define';
import { DOCUMENT } from './_lexicon';

/** Words that alone are no tactic but make a message worth a second look (risk "low"). */
export default defineRules('tr', 'cues', [
  {
    id: 'document-word',
    tactic: 'identity-document-request',
    score: 0.3,
    description: 'An identity document is named (pasaport, kimlik, ikamet izni, vize…), with no request.',
    match: DOCUMENT,
    useDefaults: false,
    examples: {
      match: [
        ['Vize randevunuz 3 Mayıs için onaylanmıştır.', 'Vize'],
        ['Ikamet izni basvurunuz onaylandi.', 'Ikamet izni'],
      ],
      noMatch: ['Cumartesi günü maç var, gelir misin?', 'Kimse gelmedi, kimseyle konuşmadım.'],
    },
  },
  {
    id: 'authority-word',
    tactic: 'authority-claim',
    score: 0.3,
    description:
      'An embassy, consulate, police, security or migration body is named, with no self-identification.',
    match:
      /(?<!\w)(?:büyükelçili[kğ]\w*|(?:baş)?konsolos\w*|elçili[kğ]\w*|emniyet müdürlü[kğ]\w*|emniyet(?!\w)|polis\w*|karakol\w*|jandarma\w*|(?:devlet|kamu|milli|ulusal) güvenli[kğ]\w*|güvenlik bürosu\w*|istihbarat\w*|göç idaresi\w*|mahalle komite\w*|çin halk cumhuriyeti)/iu,
    useDefaults: false,
    examples: {
      match: [
        ['Başkonsolosluk 1-7 Ekim arası kapalı olacaktır.', 'Başkonsolosluk'],
        ['Göç İdaresi: başvurunuz alınmıştır.', 'Göç İdaresi'],
      ],
      noMatch: ['Market pazartesi kapalı olacak.', 'Ziraat Bankası: kartınızla işlem yapılmıştır.'],
    },
  },
]);
