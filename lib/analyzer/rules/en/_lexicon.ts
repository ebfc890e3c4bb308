/**
 * English word lists shared by the rule files of this folder. Each is a pattern in its own
 * right, so the engine runs it once per message however many rules use it. Chat spellings
 * (u, ur, pls, r) and common typos (pasport) are part of the lists, because the people who
 * write these messages type them on phones.
 */

/** Verbs that ask someone to hand something over; unambiguous on their own. */
export const REQUEST =
  /\b(?:send|sending|resend|upload|provide|submit|share|forward|give|attach|reply (?:to (?:this|the|our) (?:email|message|sms|text) )?with|respond with|fill in|fill out|confirm|enter|type in|read out|text|e-?mail|whatsapp|dm|take a (?:photo|picture|pic)|snap|scan|pass (?:it|them) on|tell (?:me|us|them)|let (?:me|us) have|read (?:me|us)|photograph|state your|indicate your|specify your|spell out|dictate|show (?:me|us)|hand (?:over|in)|snd|sned|uplod|uplaod)\b/iu;

/** Verbs and questions that ask only when the object is someone's document ("they want ur ID"). */
export const WANT =
  /\b(?:need|needs|needed|want|wants|wanted|require|requires|required|would like|must have|wh?at(?:'s| is| are|s)|wot|check|verify)\b|'d like\b/iu;

/**
 * Identity documents and their numbers. `pas{1,2}(?:p(?:[o0]r?|r)t| port)` also catches "pasport", "passprt",
 * "pass port" and OCR's "passp0rt"; the Chinese terms are for code-switched messages ("customs need 护照号").
 * A bare "visa" is left out: "do I need a visa" is travel talk; see DOC_OBJECT.
 */
export const DOCUMENT =
  /\b(?:pas{1,2}(?:p(?:[o0]r?|r)t| port)s?|id cards?|identity cards?|identity documents?|national id|id numbers?|id no|id nr|chinese id|residen(?:ce|t) (?:permits?|cards?)|green cards?|visa (?:page|copy|copies|numbers?|no|photos?|stickers?)|travel documents?|hukou|household regist(?:er|ry) (?:book|booklet)|brp|biometric residence (?:permit|card)s?|id-cards?|idcards?|driver'?s licen[cs]e|birth certificate)\b|身份证|护照|居留证|户口/iu;

/**
 * A document as the object of a request: someone's document ("your passport", "ur wife's ID
 * card") or a copy, photo or number of one ("passport copy", "photo of the passport").
 */
export const DOC_OBJECT =
  /\b(?:(?:your|ur|yr|his|her|their|\w+'s)\s+(?:(?!wechat|we chat|telegram|skype|line|apple|user|login|email|e-mail|whatsapp|qq|signal|account|student|staff|employee|member|order|booking|customer|tax|caller|device|game)\w+\s+)?(?:pas{1,2}(?:p(?:[o0]r?|r)t| port)s?|id|ids|id cards?|identity cards?|national id|residen(?:ce|t) (?:permits?|cards?)|green cards?|travel documents?|hukou)(?:\s+(?:numbers?|no|nr|copy|copies|scans?|photos?|pics?|details|info))?|(?:pas{1,2}(?:p(?:[o0]r?|r)t| port)s?|id|id card|identity card|visa|residence permit|residence card|green card)\s+(?:numbers?|no|nr|copy|copies|scans?|photos?|pics?|pictures?|details|info|information page|data page|bio page)|(?:copy|copies|scan|scans|photo|photos|pic|picture|image) of (?:the|a|your|ur)\s+(?:\w+(?:'s)?\s+)?(?:pas{1,2}(?:p(?:[o0]r?|r)t| port)s?|id|id cards?|identity cards?|residen(?:ce|t) (?:permits?|cards?)|visas?))\b/iu;

/** Possessives that make a document the writer's own: "my passport", "our visa". */
export const OWN =
  /\b(?:my|our|mine)\s+(?:\w+\s+)?(?:pas{1,2}(?:p(?:[o0]r?|r)t| port)s?|id|id cards?|visas?|residence (?:permits?|cards?)|documents?|address|number|details)\b/iu;

/** The person addressed, in full or chat spelling. */
export const YOU = /\b(?:you|your|yours|yourself|u|ur|you're|youre|you'll|you've)\b/iu;

/** Relatives who usually stay at home while the person lives abroad. */
export const HOME_FAMILY =
  /\b(?:mother|mom|mum|mama|mommy|mummy|father|dad|daddy|papa|parents?|brothers?|sisters?|siblings?|grandma|grandmother|granny|grandpa|grandfather|grandparents?|uncle|aunt|auntie|cousins?|relatives?|family|families|in-laws|nephews?|nieces?|dada|apa|acha|singil)\b|家人|父母|妈妈|爸爸/iu;

/** Any relative, including the spouse and children who may live with the person. */
export const FAMILY =
  /\b(?:mother|mom|mum|mama|mommy|mummy|father|dad|daddy|papa|parents?|brothers?|sisters?|siblings?|grandma|grandmother|granny|grandpa|grandfather|grandparents?|uncle|aunt|auntie|cousins?|relatives?|family|families|in-laws|nephews?|nieces?|sons?|daughters?|kids?|children|child|wife|husband|spouse|fianc[eé]e?|grand(?:son|daughter|children|kids?)|dada|apa|acha|singil)\b|家人|父母|妈妈|爸爸/iu;

/**
 * Authorities that these messages claim to speak for. Chinese names are kept for
 * code-switched lines ("this is Li from 公安局").
 */
export const AUTHORITY =
  /\b(?:embassy|consulate(?: general)?|consular (?:section|office|department|services?)|overseas (?:citizen|chinese) (?:services?|affairs)|consular affairs|public security(?: bureau)?|state security|national security|psb|ministry of (?:public|state) security|ministry of foreign affairs|police(?: station| department| bureau| officers?)?|officers?|guobao|domestic security|united front(?: work department)?|neighbou?rhood committee|village committee|street committee|party committee|the authorities|education office|(?:chinese|xinjiang|local|regional|county|city|village|township) government|government (?:office|department|officials?)|party secretary|village head|cadres?|work team|security (?:bureau|services?|department)|(?:city|county|district|municipal|prefecture|prefectural|provincial|township|regional|exit-entry|immigration|education|civil affairs|justice) bureau|ministry of (?:education|justice|civil affairs)|education (?:section|department|service cent(?:re|er)|office)|overseas (?:chinese |citizen )?(?:affairs |liaison )?(?:desk|office|section|department|service cent(?:re|er))|liaison (?:office|desk|department)|cyber (?:police|unit|security unit)|internet police|exit-entry (?:administration|office|department)|procuratorate|(?:residents'?|community|neighbou?rhood) (?:office|committee)|(?:county|city|district|township|village|prefecture) (?:officials?|leaders?|cadres?)|(?<!travel )(?<!credit )(?<!tourist )(?<!visitor )(?<!tourism )(?<!translation )(?<!news )(?<!weather )(?<!convention )bureau)\b|公安局|公安|派出所|国安|大使馆|领事馆|使馆|居委会/iu;

/** Booking, employer, bank and hotel formalities, where an ID request is routine. */
export const FORMALITY =
  /\b(?:hr portal|human resources|onboarding|first day|right[- ]to[- ]work|payroll|kyc|branch|hotel|reception|check-?in|boarding|flights?|bookings?|reservations?|appointments?|book (?:the|a|our|your) (?:flights?|tickets?|hotel|room)|so (?:i|we) can book|travel dates|departure|your trip|airport|border|landlord|tenancy|rental agreement|enrol(?:l?ment)?|emergency contact|application centre|vfs|conference|hr|bank account|bank branch|at the bank|open (?:a|an|the) (?:joint |bank )?account|insurance|school trip|field trip|class trip|teacher|bring (?:your|the|a)|complete your (?:\w+ )?(?:verification|registration|profile|application|booking))\b/iu;

/** Coming back or going back to China, Xinjiang or "home". */
export const RETURN =
  /\b(?:come back|coming back|came back|go back|going back|get back|return|returning|come home|coming home|go home|wants? (?:you|u) (?:back|home))\b|回国|回来/iu;

/** A call-back, button press or reply that a robocall or pretext asks for. */
export const CALL_BACK =
  /\b(?:press (?:\d|one|two|zero|nine)|(?:call|ring|phone) (?:us |me |the (?:courier|agent|office|number) )?back|call-?back|(?:call|ring|phone) (?:us |me )?(?:on|at|now|today|urgently|immediately)|call (?:this|the|our|the following) (?:number|hotline|line)|(?:call|dial|ring) \+?\d|contact (?:us|the courier|our agent|customer service)|reply (?:yes|y|1)|dial|ext\.? ?\d|speak (?:to|with) an? (?:agent|operator|officer))\b/iu;

/**
 * Universities, immigration offices and lawyers: bodies that ask for a passport as part of a
 * process the person started (admission, a permit, an appeal).
 */
export const INSTITUTION =
  /\b(?:universit(?:y|ies)|admissions?|international (?:office|student)|student (?:services|office|records|hub|portal)|registrar|college|visa (?:team|compliance)|cas (?:number|statement)|ucas|home office|ircc|uscis|immigration (?:service|office|department|and naturali[sz]ation)|bamf|migrationsverket|ind|solicitor|lawyer|attorney|law firm|legal aid|case ?worker|asylum (?:hearing|appeal|interview|case)|tribunal|landlord|letting agent|estate agent|gp|surgery|pharmacy)\b/iu;

/** Relatives, as a pattern source to embed ("your (old) father('s)"). */
export const KIN =
  "(?:mother|mom|mum|mama|mommy|father|dad|daddy|papa|parents|brothers?|sisters?|siblings|family|relatives|grandmother|grandma|granny|grandfather|grandpa|grandparents|uncle|aunt|auntie|cousins?|nephew|niece|wife|husband|spouse|sons?|daughters?|kids|children|in-laws|dada|apa)(?:'s|s')?";

/** "your (old) father", "ur little brother's", "ur mom" as a pattern source. */
export const YOUR_KIN = `(?:your|ur|yr) (?:(?:old|elderly|aged|little|younger|older|elder|big|poor|dear|sick|whole) )?${KIN}`;

/**
 * What an offer or a pressure is made conditional on: cooperation, a return, silence. Spelt out
 * so that a friend's "if you want" does not count.
 */
export const EXCHANGE =
  /\b(?:if (?:you|u) (?:\w+ )?(?:come back|return|help|cooperate|agree|work with|assist|do (?:this|that|it|what|as|us)|meet|share|tell us|inform|report|give us|send us|talk to us|call|stay (?:quiet|reasonable|sensible|silent)|keep (?:quiet|silent)|stop|delete|behave)|once (?:you|u) (?:come back|return|are back|help|agree|do)|if (?:you|u) (?:are|r|were) (?:willing|ready|prepared) to|if (?:you|u) agree to|as long as (?:you|u)|provided (?:that )?(?:you|u)|in return|in exchange|help us|helping us|cooperate|cooperat(?:ion|ive)|work with us|for (?:a )?small favou?rs?|a (?:small|little) (?:favou?r|help|matter|thing)|(?:do|does) (?:this|that|it|us a favou?r|what we (?:ask|say|need)) for us|depends? (?:only )?on (?:you|u|what (?:you|u))|(?:it'?s|it is|that'?s|that is) (?:all )?up to (?:you|u)|as (?:agreed|discussed|promised)|(?:you|u) know what (?:we|i) (?:need|want|expect)(?: in (?:exchange|return))?|(?:be|stay|are|is) (?:reasonable|sensible)|the right (?:choice|decision)|(?:i|we) (?:personally )?(?:promise|guarantee)|all (?:you|u) (?:have|need) to do|(?:then|and then) we (?:talk|can talk|will talk|discuss|see)|(?:then )?it'?s (?:very |quite )?(?:simple|easy))\b/iu;
