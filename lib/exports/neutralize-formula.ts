// Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with =, +, -, @, a tab
// or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets. Such text gets a
// leading apostrophe, which those programs show as text and never evaluate. Numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
