/**
 * Kazakh word lists shared by the rule files of this folder. Each is a pattern in its own
 * right, so the engine runs it once per message however many rules use it.
 *
 * Text and patterns are folded the same way (ә→а ғ→г қ→к ң→н ө→о ұ/ү→у һ→х і→и, й→и), so the
 * lists are written in normal Kazakh spelling and also match text typed on a Russian keyboard.
 * `\b` does not work for Cyrillic: words are bounded with `(?<!\p{L})` and `(?!\p{L})`.
 * Kazakh glues suffixes to stems, so a stem takes its endings with a trailing `\p{L}*`, and
 * verb stems exclude the negative (-ма/-ме/-ба/-бе/-па/-пе), past and passive forms by a
 * lookahead right after the stem. Russian words that Kazakh chat mixes in (паспорт, скинь,
 * отправьте, удостоверение) are included where they carry the tactic.
 */

/**
 * Asking someone to hand something over. "жібермеңіз" (do not send), "жібердім" (I sent),
 * "жіберілді" (was sent), "жіберемін" (I will send) narrate or warn; they do not ask.
 */
export const REQUEST =
  /(?<!\p{L})(?:жібер(?!ме|ем|ді|ген|іпті|іл)\p{L}*|салыңыз\p{L}*|салып\s+қой\p{L}*|салшы|салсаңыз|тастаңыз\p{L}*|тасташы|көрсет(?:іңіз|іңізші|ші|сеңіз|есіз|уіңіз)|растаңыз\p{L}*|растап|нақтылаңыз\p{L}*|беріңіз\p{L}*|берші|бересіз|берсеңіз|ұсыныңыз|жолда(?:ңыз|ңызшы|шы|саңыз|п)|түсіріп|түсіріңіз|жазыңыз\p{L}*|жазшы|айтыңыз\p{L}*|айтшы|хабарлаңыз|жеткізіңіз|талап\s+етіледі|(?<!не\s)(?:скин(?!ул)\p{L}*|скида(?:й|йте|ть)|отправ(?!ил|лен|к)\p{L}*|кинь(?:те)?|пришлите))(?!\p{L})/iu;

/**
 * Identity documents in any case form. Bare "куәлік" also means testimony ("куәлік беру"), so
 * only "жеке куәлік" and the possessive "куәлігіңіз" count.
 */
export const DOCUMENT =
  /(?<!\p{L})(?:(?:шетелдік\s+)?пасп[оа]рт\p{L}*|загранпаспорт\p{L}*|төлқұжат\p{L}*|жеке\s+куәлі[кг]\p{L}*|куәлігің\p{L}*|жеке\s+басты\s+куәландыратын\s+құжат\p{L}*|жсн\p{L}*|иин|ықтиярхат\p{L}*|тұруға\s+рұқсат\p{L}*|виза\p{L}*|удостоверени\p{L}*|(?:туу\s+туралы|жүргізуші)\s+куәлі[кг]\p{L}*|id[- ]?карт\p{L}*)(?!\p{L})|身份证|护照|签证|居留证/iu;

/** The writer's own document ("менің паспортым", "куәлігімді"): not a request to the reader. */
export const OWN_DOCUMENT =
  /(?<!\p{L})(?:(?:менің|біздің)\s+(?:шетелдік\s+)?(?:пасп[оа]рт|төлқұжат|жеке\s+куәлі[кг]|куәлі[кг]|виза)\p{L}*|пасп[оа]рт(?:ым|ымыз)\p{L}*|төлқұжатым\p{L}*|куәлігім\p{L}*|визам\p{L}*)/iu;

/** A photo, copy, scan or number of something. */
export const PHOTO =
  /(?<!\p{L})(?:сурет\p{L}*|фото\p{L}*|көшірме\p{L}*|скан\p{L}*|нөмір\p{L}*|бетін|беттерін|копия\p{L}*|ксерокс\p{L}*)(?!\p{L})/iu;

/**
 * Where an ID request is an ordinary formality: the public service centre (ХҚКО/ЦОН), banks,
 * employers, hotels, visa centres, flights, schools and clinics; and "take the original with you".
 */
export const LEGIT_ID_CONTEXT =
  /(?<!\p{L})(?:хқко\p{L}*|цон\p{L}*|халыққа\s+қызмет\p{L}*|egov|банк\p{L}*|kaspi|қонақ\s?үй\p{L}*|отель\p{L}*|жұмысқа\s+(?:қабылда|орналас|кіру)\p{L}*|кадр\p{L}*\s+бөлім\p{L}*|hr|виза(?:лық)?\s+орталы\p{L}*|визов\p{L}*\s+центр\p{L}*|әуежай\p{L}*|билет\p{L}*|рейс\p{L}*|өзіңізбен\s+(?:бірге\s+)?ал\p{L}*|түпнұсқа\p{L}*|нотариус\p{L}*|сақтандыру\p{L}*|полис\p{L}*|жалға\s+(?:алу|беру)\p{L}*|пәтер\p{L}*|деканат\p{L}*|қабылдау\s+комиссия\p{L}*|мектеп\p{L}*|сынып\p{L}*|балабақша\p{L}*|оқушы\p{L}*|ата-аналар\p{L}*|емхана\p{L}*)(?!\p{L})/iu;

/** Embassies, consulates, police and security bodies, any case form. */
export const AUTHORITY =
  /(?<!\p{L})(?:к[оа]нсул(?!ьт|т)\p{L}*|елшілі[кг]\p{L}*|п[оа]соль?с?т?в\p{L}*|полици\p{L}*|полицей\p{L}*|милиция\p{L}*|(?:қоғамдық|мемлекеттік|ұлттық)\s+қауіпсіздік\p{L}*|мемқауіпсіздік\p{L}*|госбезопасност\p{L}*|қауіпсіздік\s+(?:бюро|комитет|қызмет|басқарма|орган|бөлім)\p{L}*|ұқк|мқк|кнб|іім|ішкі\s+істер\p{L}*|прокуратура\p{L}*|тергеуші\p{L}*|учаскелік\p{L}*|көші-қон\s+(?:полиция|қызмет)\p{L}*|құқық\s+қорғау\s+орган\p{L}*|(?:арнайы|арнаулы)\s+қызмет\p{L}*|(?:тиісті|құзырлы|арнаулы|арнайы)\s+орган\p{L}*|партия\s+комитет\p{L}*|партком\p{L}*|гоңан\p{L}*)(?!\p{L})|派出所|公安|国安|国家安全|大使馆|领事馆|总领馆|使馆|统战部|居委会|网警/iu;

/** Offices a caller can say they come from: the authorities above and their bureaus, departments. */
export const OFFICE =
  /(?<!\p{L})(?:к[оа]нсул(?!ьт|т)\p{L}*|елшілі[кг]\p{L}*|полиция\p{L}*|бюро\p{L}*|басқарма\p{L}*|департамент\p{L}*|комитет\p{L}*|бөлім\p{L}*|прокуратура\p{L}*|учаске\p{L}*|ұқк\p{L}*|іім\p{L}*|гоңан\p{L}*)(?!\p{L})|派出所|公安局|公安厅|国安局|国安|大使馆|领事馆|总领馆|统战部|居委会/iu;

/**
 * "Your" relatives: a kinship word with a second-person possessive ("анаңыз", "бауырларыңызға",
 * "інің"). Folding turns ң into н, so the informal "-ыңа"/"-ыңда" of a stem ending in a consonant
 * reads like the third person ("туыстарына", to his relatives): those two forms are left out.
 */
export const YOUR_RELATIVE =
  /(?<!\p{L})(?:(?:ата-ана|ана|ата|әке|шеше|мама|папа|іні|аға|апа|әпке|бала|әже|немере|сіңлі|жеңге)(?:ң[ыі]з\p{L}*|ң(?:а|е|ды|ді|ның|нің|нан|нен|да|де|мен)?(?!\p{L}))|отбасы(?:ң[ыі]з\p{L}*|ң(?:ды|ді|ның|нің|нан|нен|мен)(?!\p{L}))|(?:бауыр(?:лар)?|туыс(?:тар|қандар)?|жақындар|балалар|ата-аналар|қарындас|ұл|қыз(?:дар)?|әйел|күйеу|жұбай|немерелер|інілер|ағалар|апалар)(?:[ыі]ң[ыі]з\p{L}*|[ыі]ң(?:ды|ді|ның|нің|нан|нен|мен)?(?!\p{L})))/iu;

/** Diaspora groups, meetings and places where people gather. */
export const COMMUNITY =
  /(?<!\p{L})(?:қауымдастық\p{L}*|диаспора\p{L}*|жиналыс\p{L}*|жиын\p{L}*|митинг\p{L}*|наразылық\p{L}*|шеру\p{L}*|пикет\p{L}*|акция\p{L}*|кеңсе\p{L}*|мешіт\p{L}*|іс-шара\p{L}*|ұйым\p{L}*|қоғамдастық\p{L}*|ассоциация\p{L}*|атажұрт\p{L}*|ұйғыр\p{L}*|қазақтар\p{L}*|отандас\p{L}*|белсенді\p{L}*|кездесу\p{L}*)(?!\p{L})/iu;

/** Places a diaspora member is urged to go back to ("елге", "Қытайға", "туған жеріңізге"). */
export const HOMELAND =
  /(?<!\p{L})(?:елге|еліңізге|еліңе|елімізге|отаныңызға|отаныңа|отанға|атамекенге|туған\s+(?:жер(?:ге|іңізге|іңе)|елге|еліңізге|ауылға)|қытайға|қхр-ға|қхр-ге|шыңжаңға|үрімжіге|құлжаға|іле(?:ге|ңізге)|шәуешекке|қашқарға|ақсуға|тұрпанға|хотанға|алтайға|тарбағатайға|осы\s+жаққа|бері\s+қарай)(?!\p{L})/iu;

/** The same places, where a service is said to be given ("Үрімжіде", "елде", "осында"). */
export const HOME_LOC =
  /(?<!\p{L})(?:елде|еліңізде|отанда|туған\s+жерде|қытайда|қхр-да|шыңжаңда|үрімжіде|құлжада|іледе|шәуешекте|қашқарда|алтайда|тарбағатайда|осында|мұнда)(?!\p{L})/iu;

/** Parcels and couriers. */
export const PARCEL =
  /(?<!\p{L})(?:сәлемдеме\p{L}*|посылк\p{L}*|бандероль\p{L}*|жөнелтілім\p{L}*|курьер\p{L}*|пошта\p{L}*|қазпошта\p{L}*|жүгіңіз\p{L}*|сдэк|cdek|dhl|ems|china\s+(?:express|post)|жеткізу\s+қызмет\p{L}*|служб\p{L}*\s+доставки|тапсырыс\p{L}*\s+(?:кеденде|ұсталды))(?!\p{L})/iu;

/** Genuine parcel notices: pick-up codes, lockers, customs already cleared. */
export const PARCEL_LEGIT =
  /(?<!\p{L})(?:алу\s+код\p{L}*|код\p{L}*\s*:|постамат\p{L}*|кеденнен\s+өт(?:ті|кен)|кедендік\s+ресімдеу\s+аяқталды)(?!\p{L})/iu;

/** Bank and service one-time codes ("кодты ешкімге айтпаңыз" is a bank's advice). */
export const SECRET_CODE =
  /(?<!\p{L})(?:код\p{L}*|құпиясөз\p{L}*|пароль\p{L}*|cvv|cvc|pin|пин-?код\p{L}*|sms-?код\p{L}*)(?!\p{L})/iu;

/**
 * News, NGO reports and scam warnings that quote a tactic rather than use it: report words,
 * reported speech ("... талап ететінін айтты"), and the third-person "if they call or ask" of a
 * warning ("егер ... хабарласса"). Kept narrow: threats also say "абай болыңыз" (be careful) and
 * "соңғы ескерту" (last warning).
 */
export const REPORTED =
  /(?<!\p{L})(?:баяндама\p{L}*|мәлімдеді|мәліметінше|мәліметі\s+бойынша|деректері\s+бойынша|зерттеу\p{L}*|құқық\s+қорғаушы\p{L}*|адам\s+құқық\p{L}*|amnesty|эмнести|human\s+rights\s+watch|hrw|safeguard\s+defenders|азаттық|алаяқ\p{L}*|алдамшы\p{L}*|ешқашан\s+(?:сұрамайды|талап\s+етпейді|хабарласпайды|сұратпайды)|(?:мұндай|осындай)\s+(?:қоңырау|хабарлама|хат)\p{L}*\s+жауап\s+бермеңіз|жаңалық(?:тар)?\s*:|жаңалықтар\p{L}*|тілшісі|ақпарат\s+агенттігі|айтылды|хабарланды|мәлім\s+болды|хабарласса|қоңырау\s+шалса|сұраса|талап\s+етсе|қорқытса|сұрап\s+жатса|скриншот\p{L}*|жауап\s+бермеңіз|нөмірді\s+бұғаттаңыз)(?!\p{L})|(?<=\p{L})(?:[тд][ыі]н[ыі]н|[гк][еа]н[ыі]н|[ғқ]ан[ыі]н)\s+(?:айтты|айтады|хабарлады|хабарлайды|мәлімдеді|жазды|жазады|растады)(?!\p{L})/iu;

/** Negation words before a request ("ешқашан", "емес"). */
export const NEGATION_BEFORE = /(?<!\p{L})(?:ешқашан|ешқандай|ешбір|(?:емес|жоқ)(?!\s*[,.;:!?-]))(?!\p{L})/iu;

/** Negation after a request: "жіберу керек емес", "жіберуге болмайды". */
export const NEGATION_AFTER =
  /(?<!\p{L})(?:керек\s+емес|қажет\s+емес|керегі\s+жоқ|қажеті\s+жоқ|болмайды|тыйым\s+салынады)(?!\p{L})/iu;

/** "Needed": in Kazakh it follows what is needed ("паспорт керек"), so rules use it after the noun. */
export const NEED = /(?<!\p{L})(?:керек|қажет)(?!\s+п[еа](?!\p{L}))(?!\p{L})/iu;

/** "Маған жаңа паспорт керек": the writer's own errand, not a request to the reader. */
export const OWN_NEED =
  /(?<!\p{L})(?:маған|өзіме)\s+(?:жаңа\s+|шетелдік\s+)?(?:пасп[оа]рт|виза|жеке\s+куәлік|төлқұжат)(?!\p{L})/iu;

/** A request verb or "needed" (for nouns whose "керек" may stand on either side). */
export const REQUEST_OR_NEED = new RegExp(`${REQUEST.source}|${NEED.source}`, 'iu');

/** Forms, registrations, deliveries and the writer's own details: ordinary requests for details. */
export const DATA_ORDINARY =
  /(?<!\p{L})(?:қосымшада|сайтта|жеке\s+кабинет\p{L}*|анкета\p{L}*|сауалнама\p{L}*|тіркел\p{L}*|тіркеу\p{L}*|банк\p{L}*|хқко\p{L}*|цон|egov|тапсырыс\p{L}*|менің\s+(?:мекенжай|нөмір|телефон)\p{L}*|мекенжайым\p{L}*|нөмірім\p{L}*|біздің\s+(?:мекенжай|кеңсе)\p{L}*|мектеп\p{L}*|сынып\p{L}*|балабақша\p{L}*|ата-аналар\p{L}*|экскурсия\p{L}*|автобус\p{L}*|баланың|балалардың|оқушы\p{L}*|жеткізу\s+мекенжай\p{L}*|той\p{L}*|тойға\s+шақыру\p{L}*|сыйлық\p{L}*|құттықта\p{L}*|свадьб\p{L}*|приглашени\p{L}*)(?!\p{L})/iu;

/** A recorded call's "press 1" ("1-ді басыңыз", "бір санын басыңыз"). */
export const PRESS_KEY =
  /(?<!\p{L})(?:\d|бір|нөл|тоғыз)(?:-?(?:ді|ды|ны|ні|ты|ті|ге|ке|ға|қа))?\s+(?:(?:санын|цифрын|батырмасын|пернесін|түймесін)\s+)?(?:басыңыз|басыңыздар|бас)(?!\p{L})/iu;

/** Showing a document in person, at a counter: a formality, not a request to send it. */
export const IN_PERSON =
  /(?<!\p{L})(?:(?:алу|алған|тапсыру|кіру|отыру|тіркелу)\s+(?:кезінде|кезде)|бөлімше\p{L}*|терезе\p{L}*|кассада|ала\s+келіңіз|алып\s+келіңіз|өзіңізбен|при\s+получении|при\s+себе|с\s+собой|предъяв\p{L}*)(?!\p{L})/iu;

/** Chat apps a writer may move the talk to. */
export const CHANNEL =
  /(?<!\p{L})(?:wechat|we\s+chat|вичат\p{L}*|вейчат\p{L}*|weixin|signal|сигнал\p{L}*|telegram|телеграм\p{L}*|whatsapp|ватсап\p{L}*|imo|line)(?!\p{L})|微信/iu;

/** The reader addressed: "сіз"/"сен" in any case, or a word with the "-ңыз/-ңіз" suffix. */
export const YOU =
  /(?<!\p{L})(?:сіз|сен|сізді|сені|сізге|саған|сізден|сенен|сіздің|сенің|сізбен|сенімен|балам|ұлым|қызым)(?!\p{L})|(?<=\p{L})(?:ңыз|ңіз)\p{L}*/iu;

/** Someone "came", "called" or "summoned": how a relative reports a visit from an office. */
export const VISITED =
  /(?<!\p{L})(?:келді|келіп|келген|келіпті|келіп\s+кетті|хабарласты|хабарласып|қоңырау\s+шалды|шақырды|шақыртты|шақырып|үйге\s+кірді|тексерді|сұрады)(?!\p{L})/iu;

/** A relative passing on what an office said or wants. */
export const RELAYED =
  /(?<!\p{L})(?:деді|дейді|деп\s+(?:айтты|жатыр|тапсырды|кетті|отыр)|айтты|айтып\s+кетті|айт\s+деді|сұрады|сұрап\s+(?:жатыр|кетті|отыр)|талап\s+ет\p{L}*|тапсырды|тапсырып\s+кетті|бұйырды|ескертті|хабарлассын|хабарласын|жіберсін|келсін|қайтсын)(?!\p{L})/iu;
