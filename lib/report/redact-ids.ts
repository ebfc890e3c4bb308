/**
 * Identity and passport numbers in a message: the documents these messages ask for (tactics.md,
 * identity-document-request) — Chinese resident identity cards, passports (one or two capital
 * letters and digits), Kazakh IIN, Turkish T.C. Kimlik numbers — and any long code written after
 * a word such as "passport", "ID", 护照 or 身份证.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;
const KEYWORD =
  /passport|pasaport|паспорт|identity|kimlik|\bID\b|\bIIN\b|ИИН|ЖСН|身份证|身份證|护照|護照|证件|號碼|号码|pasport/giu;
/** How far after a keyword a number may start. */
const NEAR = 30;

export function findIdNumbers(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const keywordEnds = [...text.matchAll(KEYWORD)].map((m) => m.index + m[0].length);
  let k = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const start = m.index;
    while (k < keywordEnds.length && keywordEnds[k]! + NEAR < start) k++;
    const afterKeyword = k < keywordEnds.length && keywordEnds[k]! <= start;
    if (isIdToken(token) || (afterKeyword && looksLikeCode(token)))
      out.push({ start, end: start + token.length });
  }
  return out;
}

function isIdToken(t: string): boolean {
  if (/^\d{17}[\dX]$/i.test(t) || /^\d{15}$/.test(t)) return true; // PRC resident identity card
  if (/^[A-Z]{1,2}\d{6,9}$/.test(t)) return true; // passports: E12345678, EA1234567, N12345678
  if (/^\d{12}$/.test(t) && isDateDigits(t.slice(0, 6))) return true; // Kazakh IIN starts YYMMDD
  if (/^[1-9]\d{10}$/.test(t) && isTcKimlik(t)) return true;
  return false;
}

/** A code someone would read out as a document number: 6–20 letters and digits, mostly digits. */
function looksLikeCode(t: string): boolean {
  if (t.length < 6 || t.length > 20 || !/^[A-Z0-9]+$/i.test(t)) return false;
  return (t.match(/\d/g)?.length ?? 0) >= 5;
}

function isDateDigits(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function isTcKimlik(t: string): boolean {
  const d = [...t].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}
