/**
 * English word lists shared by the rule files of this folder. Each is a pattern in its own
 * right, so the engine runs it once per message however many rules use it.
 */

/** Asking someone to hand something over. */
export const REQUEST =
  /\b(?:send|sending|resend|upload|provide|submit|share|forward|give|attach|reply with|respond with|fill in|confirm|text|e-?mail|whatsapp|take a (?:photo|picture|pic)|snap|scan|need|needs|require|requires|required|want|wants|must have|pass (?:it|them) on|tell (?:me|us))\b/iu;

/** Identity documents and their numbers. `pass?port` also catches a common misspelling. */
export const DOCUMENT =
  /\b(?:pass?port (?:numbers?|no|copy|copies|scans?|photos?|details)|pass?ports?|id cards?|identity cards?|identity documents?|national id|id numbers?|id no|chinese id|residen(?:ce|t) (?:permits?|cards?)|residence permit card|green cards?|visas?|travel documents?|hukou|household registration|driver'?s licen[cs]e|birth certificate)\b/iu;

/** Possessives that make a document someone else's own: "my passport", "our visa". */
export const OWN = /\b(?:my|our|mine)\s+(?:\w+\s+)?(?:pass?ports?|id cards?|visas?|residence (?:permits?|cards?)|documents?)\b/iu;
