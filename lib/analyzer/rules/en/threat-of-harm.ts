import { defineRules } from '../define';
import { HOME_FAMILY } from './_lexicon';

/** What the person is told to stop: speaking out, posting, protesting. */
const ACTIVISM =
  /\b(?:lies|lying|rumou?rs?|propaganda|slander\w*|nonsense|fake news|xinjiang|east turkestan|china|chinese government|the party|camps?|uyghurs?|uighurs?|protests?|protesting|rally|rallies|demonstrations?|activities|activism|videos?|posts?|interviews?|articles?|testimony|speeches|speaking out|campaign\w*|petitions?|journalists?|media|reporters?|online|social media|twitter|facebook|instagram|youtube|tiktok)\b/iu;

export default defineRules('en', 'threat-of-harm', [
  {
    id: 'stop-speaking-out',
    tactic: 'threat-of-harm',
    score: 0.85,
    description: 'Orders the person to stop posting, protesting or "spreading lies".',
    match:
      /\b(?:stop|quit|cease|give up|no more|enough of) (?:your |these |those |this |all (?:this|these|those|your) |the )?(?:spreading|posting|posts?|telling|writing|talking|speaking|protesting|attending|going to|sharing|making|giving|campaigning|campaigns?|petitions?|speeches|activities|activism|lies|lying|slander\w*|propaganda|videos?|interviews?|nonsense)\b/iu,
    near: [{ pattern: ACTIVISM, within: 60, crossSentence: true }],
    unless: [
      {
        pattern:
          /\b(?:cats?|dogs?|memes|food|selfies|recipes|funny|lol|haha|spam|spoilers|feed|baby|kittens?|puppies)\b/iu,
        within: 40,
        factor: 0.2,
        reason: 'friendly teasing',
      },
    ],
    examples: {
      match: [
        ['Stop spreading lies about Xinjiang.', 'Stop spreading lies'],
        ['Stop posting those videos about the camps.', 'Stop posting those videos'],
        ['quit going to those protests', 'quit going to those protests'],
      ],
      noMatch: [
        'Stop talking and eat your dinner!',
        'Please stop sending me memes at work.',
        'Stop posting so many cat videos lol',
      ],
    },
  },
  {
    id: 'you-will-regret',
    tactic: 'threat-of-harm',
    score: 0.8,
    description:
      'Menace aimed at the person: regret, "before it is too late", "you will pay", "deserve to die".',
    match:
      /\b(?:(?:end up|you'?ll|you will|u will|will make you|gonna) (?:\w+ )?(?:regret(?:ting)?|be sorry)|before it(?:'s| is) too late|(?:you|u)(?: will|'ll| are going to| gonna) (?:be )?(?:destroyed|punished|pay for|pay|disappear|suffer|be found|be arrested|be sent back|be deported|be next|be hurt|get hurt|die)|deserves? to die|deserved to die|(?:we|they)(?: will|'ll| are going to| gonna| know how to) (?:send you back|find you|come for you|deal with you|destroy you|shut you up|silence you|make you (?:pay|regret|disappear))|next time it (?:won'?t|will not) be (?:a|just)|be careful (?:what|who|where|how) (?:you|u) (?:post|say|write|do|share|publish|tweet|meet|talk|talk to|go)|watch your (?:back|step|mouth|words)|you have been warned|(?:this is )?(?:your|the) (?:last|final) warning|we are warning you|make sure (?:you|u) (?:regret|pay|suffer)|(?:reconsider|rethink) (?:your|ur) (?:activities|actions|behaviou?r|position|choices|activism)|you (?:think|believe) (?:\w+ )?(?:is|are) (?:far|safe|far away)|accidents happen|there will be (?:serious |severe |real )?consequences|(?:you|u) will (?:face|bear|suffer) (?:the )?consequences|(?:you|u) betrayed (?:your|the) (?:country|motherland|people|nation)|(?:people like you|such people|traitors|people who do that) (?:don'?t|do not|never) live long|(?:someone|people|those|anyone) (?:who|that) (?:\w+ ){1,4}(?:should|had better|must) be (?:very )?careful|keep (?:your|ur) mouth shut|shut (?:your|ur) mouth|if (?:you|u) want to (?:stay|be|remain|keep) (?:safe|alive|healthy|free|out of trouble)|(?:one|1) more (?:\w+ )?(?:and|n|&) (?:you'?re|you are|ur|u r|you will be|u will be) (?:done|finished|dead|next)|(?:people|those|anyone) who (?:\w+ ){1,3}(?:have accidents|disappear|get hurt|end up dead|end up in (?:prison|jail)|are never seen)|(?:your|ur) name is on (?:a|the|our) (?:list|blacklist)|(?:to avoid|or face|you will face|you'?ll face) (?:arrest|prosecution|detention|deportation|criminal charges|legal consequences|consequences)|a warrant (?:for your arrest|has been issued)|(?:we|i)(?: will|'ll| are going to| can) (?:publish|post|release|share|leak|expose|spread) (?:your|ur) (?:private |personal |intimate )?(?:photos|pictures|videos|secrets|messages|information|details|past)|make (?:your|ur) (?:\w+'s )?life (?:hell|difficult|miserable|hard)|ruin (?:your|ur) (?:life|reputation|career|future)|know people (?:\w+ ){0,3}who (?:can|will|could) (?:hurt|find|harm|deal with|visit) (?:you|u)|(?:will|could|may|might|is going to) cost (?:you|u) (?:your )?(?:life|freedom|dearly|everything)|(?:end up|finish|end) like (?:the others|them|him|her|those|the rest)|(?:traitors?|separatists?|terrorists?) (?:get|will get|always get|deserve)|get what (?:you|u|they) deserve|(?:will not|won't|never|not) (?:come|get|make it) (?:home|back) alive|(?:and )?(?:see|you'll see|you will see) what happens to (?:you|u)|and (?:you'll |you will )?see what happens|people like you (?:always |usually |will )?(?:end up|disappear|get hurt)(?: regretting(?: it)?| in (?:prison|jail|a camp)| dead)?)\b/iu,
    unless: [
      {
        pattern:
          /\b(?:exam|homework|diet|deadline|tickets?|sale|offer|discount|sold out|boots?|ice|stairs|sunburn|movie|film|series|episode|villain|game|lol|haha|lmao)\b/iu,
        factor: 0.3,
        reason: 'everyday advice, not menace',
      },
    ],
    examples: {
      match: [
        ['People like you always end up regretting it.', 'People like you always end up regretting it'],
        ["Next time it won't be a message.", "Next time it won't be a"],
        ['We suggest you reconsider your activities.', 'reconsider your activities'],
        ['so be careful what u post', 'be careful what u post'],
        ['Traitors get what they deserve.', 'Traitors get'],
        ['Go to that protest again and you will not come home alive.', 'will not come home alive'],
      ],
      noMatch: [
        'Be careful what you eat before the exam!',
        'Book now before it is too late, the sale ends Sunday.',
        "In the movie the villain says 'we will find you' lol",
      ],
    },
  },
  {
    id: 'veiled-menace',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: 'A veiled threat to the person: "it would be a shame if something happened".',
    match:
      /\b(?:(?:pity|shame) if (?:something|anything) (?:bad |terrible )?(?:happened|happens|were to happen)(?! to (?:your|ur|his|her|their) (?:mother|mom|mum|father|dad|parents|brother|sister|family|relatives))|something (?:bad |terrible )?(?:could|might|may|will) happen to (?:you|u)|it(?:'s| is| would be) (?:dangerous|not safe|unsafe) for (?:you|u) to (?:continue|keep|go on))\b/iu,
    unless: [
      {
        pattern: new RegExp(
          `${HOME_FAMILY.source}|\\bwhile (?:you|u) (?:are|r) (?:away|abroad|gone)\\b`,
          'iu',
        ),
        within: 120,
        factor: 0.45,
        reason: 'aimed at relatives at home (family-leverage)',
      },
    ],
    examples: {
      match: [
        ['It would be a shame if something happened, so be careful.', 'shame if something happened'],
        ['Something bad might happen to you.', 'Something bad might happen to you'],
      ],
      noMatch: [
        'It would be a shame if it rained on the wedding.',
        'Your mother misses you. It would be a pity if something happened while you are away.',
      ],
    },
  },
  {
    id: 'be-careful-after-watching',
    tactic: 'threat-of-harm',
    score: 0.7,
    description: '"Be careful" right after a claim of watching the person: a warning, not advice.',
    match:
      /\b(?:be careful|watch out|take care what you do|think twice|stop what (?:you'?re|you are|u r|ur) doing|think about it|think carefully|consider this (?:a|your) warning|this is a warning)\b/iu,
    near: [
      {
        pattern:
          /\b(?:photos? of (?:you|u)|pictures? of (?:you|u)|(?:we|i) (?:also |already )?know where|we saw (?:you|u)|we are watching|we're watching|we r watching|we have people|(?:we|i) (?:also |already )?know (?:you|u|everything)|(?:we|i) followed (?:you|u))\b/iu,
        within: 100,
        crossSentence: true,
      },
    ],
    examples: {
      match: [['we have photos of you at the rally. be careful.', 'photos of you at the rally. be careful']],
      noMatch: ['Here are the photos from the beach. Be careful with the sunburn next time!'],
    },
  },
]);
