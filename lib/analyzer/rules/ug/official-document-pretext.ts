import { defineRules } from '../define';
import { AUTHORITY, DOCUMENT } from './_lexicon';

/** What the target is told to do about the "document": collect, sign, press, call back, come. */
const ACT_ON_IT =
  /(?:تاپشۇرۇۋېل|تاپشۇرۇۋال|ئېلىپ ?كېت|ئالغىلى|ئىمزا|بىر ?تەرەپ ?قىل|بېسىڭ|تېلېفون ?قىلىڭ|ئالاقىلىشىڭ|كېلىپ ?كېتىڭ|كېلىڭ|(?<!\p{L})بار(?!\p{L})|كۈتۈۋاتىدۇ|ساقلىنىۋاتىدۇ|مۇددىتى|ئەمەلدىن ?قال)\p{L}*/u;

/** "Your file / your documents" in the second person. */
const YOUR_FILE = /(?:ھۆججىتىڭىز|ھۆججەتلىرىڭىز|ئارخىپىڭىز|دېلوڭىز|دېلويىڭىز|ئۇقتۇرۇشىڭىز|خېتىڭىز)\p{L}*/u;

/** A keypad instruction: "press 1", "1 نى بېسىڭ". */
const PRESS_DIGIT =
  /(?<![\p{L}\d])\d ?-?(?:نى|نومۇرنى|نومۇرلۇق كۇنۇپكىنى)? ?(?:بېسىڭ|بېسىپ|باسسىڭىز|بېسىڭلار)\p{L}*/u;

export default defineRules('ug', 'official-document-pretext', [
  {
    id: 'important-document',
    tactic: 'official-document-pretext',
    score: 0.8,
    description:
      '"You have an important document": a document to collect, sign or process, or a call to make about it.',
    match: /مۇھىم ?(?:ھۆججەت|ھۆججىت|ئۇقتۇرۇش|خەت|پوچتا)\p{L}*/u,
    near: [{ pattern: ACT_ON_IT, within: 60, crossSentence: true }],
    unless: [
      {
        pattern: /(?:ساقلاڭ|ئېھتىيات|يوقىتىپ ?قويماڭ|ئۇنتۇپ ?قالماڭ|ئېلىپ ?كېلىڭ|ئېلىۋېلىڭ)(?!\p{L})/u,
        within: 25,
        factor: 0.3,
        reason: 'advice to keep or bring one’s own papers',
      },
    ],
    examples: {
      match: [
        ['ئەلچىخانىدا مۇھىم ھۆججىتىڭىز ساقلىنىۋاتىدۇ', 'مۇھىم ھۆججىتىڭىز ساقلىنىۋاتىدۇ'],
        ['ئەلچىخانىدا مۇھىم ھۆججەت سىزنى كۈتۈۋاتىدۇ', 'مۇھىم ھۆججەت سىزنى كۈتۈۋاتىدۇ'],
        ['مۇھىم ئۇقتۇرۇش: ھۆججىتىڭىزنى ئالغىلى كېلىڭ', 'مۇھىم ئۇقتۇرۇش: ھۆججىتىڭىزنى ئالغىلى'],
      ],
      noMatch: [
        'سەپەردە مۇھىم ھۆججەتلىرىڭىزنى ئېھتىيات بىلەن ساقلاڭ.',
        'مۇھىم ئۇقتۇرۇش: كونسۇلخانا دۈشەنبە كۈنى ئىشلىمەيدۇ.',
      ],
    },
  },
  {
    id: 'your-file-must-be-processed',
    tactic: 'official-document-pretext',
    score: 0.75,
    description:
      '"Your file must be processed / is waiting / expires": a personal file the target must act on.',
    match: YOUR_FILE,
    near: [
      {
        pattern:
          /(?:بىر ?تەرەپ ?قىلىن|بىر ?تەرەپ ?قىلىش|تاپشۇرۇۋېل|تاپشۇرۇۋال|ئىمزا|مۇددىتى|ئەمەلدىن ?قال|توختىتىل|مەسىلە|كۈتۈۋاتىدۇ|ساقلىنىۋاتىدۇ|تەكشۈرۈل)\p{L}*/u,
        within: 50,
      },
    ],
    boost: [
      { pattern: AUTHORITY, within: 80, factor: 1.15, reason: 'an embassy or police office holds the file' },
    ],
    examples: {
      match: [
        ['ھۆججىتىڭىز تېزدىن بىر تەرەپ قىلىنمىسا ئەمەلدىن قالىدۇ', 'ھۆججىتىڭىز تېزدىن بىر تەرەپ قىلىنمىسا'],
        ['ئارخىپىڭىزدا مەسىلە بار، دەرھال ئالاقىلىشىڭ', 'ئارخىپىڭىزدا مەسىلە'],
      ],
      noMatch: ['ھۆججەتلىرىڭىزنى ئېلىپ كېلىڭ، ئۇچرىشىش سائەت 10 دا.', 'ھۆججىتىم بىر تەرەپ قىلىندى، رەھمەت.'],
    },
  },
  {
    id: 'press-digit-robocall',
    tactic: 'official-document-pretext',
    score: 0.6,
    description: 'A recorded call telling the listener to press a key, the consular robocall script.',
    match: PRESS_DIGIT,
    boost: [
      {
        pattern: /(?:ھۆججەت|ھۆججىت|ئۇقتۇرۇش|كونسۇل|ئەلچى|ساقچى|بوغچ)\p{L}*/u,
        within: 80,
        factor: 1.35,
        reason: 'about a document, notice or office',
      },
    ],
    examples: {
      match: [
        ['[ئاپتوماتىك ئاۋاز] ئۇقتۇرۇشىڭىز بار، 1 نى بېسىڭ', '1 نى بېسىڭ'],
        ['تەپسىلاتى ئۈچۈن 0 نى بېسىڭ', '0 نى بېسىڭ'],
      ],
      noMatch: ['كۇنۇپكىنى بېسىپ قويدۇم.', '2 سائەتتىن كېيىن كېلىمەن.'],
    },
  },
  {
    id: 'your-document-has-a-problem',
    tactic: 'official-document-pretext',
    score: 0.6,
    description:
      '"There is a problem with your passport / it will be cancelled": a document pretext for a call back.',
    match: DOCUMENT,
    near: [
      {
        pattern: /(?:مەسىلە|ئەمەلدىن ?قال|بىكار ?قىلىن|توختىتىل|توڭلىتىل|تەكشۈرۈل|چەكلەن)\p{L}*/u,
        within: 30,
        side: 'after',
      },
    ],
    unless: [
      {
        pattern: /(?:پاسپو?رت[ۇى]م|كىملىكىم|ئىقامىتىم|ۋىزام|كارتام)\p{L}*/u,
        within: 0,
        factor: 0.2,
        reason: "the writer's own document",
      },
    ],
    boost: [
      { pattern: AUTHORITY, within: 100, factor: 1.3, reason: 'an embassy or police office is named' },
      { pattern: PRESS_DIGIT, within: 100, factor: 1.3, reason: 'a keypad instruction follows' },
    ],
    examples: {
      match: [['پاسپورتىڭىزدا مەسىلە بار، 0 نى بېسىڭ', 'پاسپورتىڭىزدا مەسىلە']],
      noMatch: ['پاسپورتۇمدا مەسىلە بار، ئەتە ئەلچىخانىغا بارىمەن.'],
    },
  },
  {
    id: 'urgent-call-back-authority',
    tactic: 'official-document-pretext',
    score: 0.6,
    description: 'An embassy or police office urges a call back about an unnamed matter.',
    match:
      /(?:قايتا ?تېلېفون ?قىلىڭ|بۇ ?نومۇرغا ?(?:تېلېفون ?قىلىڭ|ئالاقىلىشىڭ)|دەرھال ?ئالاقىلىشىڭ|تېزدىن ?ئالاقىلىشىڭ|تېزدىن ?تېلېفون ?قىلىڭ)\p{L}*/u,
    near: [{ pattern: AUTHORITY, within: 120, crossSentence: true }],
    examples: {
      match: [['بۇ ئەلچىخانىدىن. دەرھال ئالاقىلىشىڭ: 555 0100', 'ئەلچىخانىدىن. دەرھال ئالاقىلىشىڭ']],
      noMatch: ['ئاپا، ۋاقتىڭىز بولسا قايتا تېلېفون قىلىڭ.'],
    },
  },
]);
