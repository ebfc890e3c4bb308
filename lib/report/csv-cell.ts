/**
 * Neutralises a CSV cell that a spreadsheet would run as a formula (OWASP "CSV injection"):
 * a leading = + - @, tab or carriage return gets a leading apostrophe, which spreadsheets show
 * as text. Applied to every cell Tekshur writes, whatever the column.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}
