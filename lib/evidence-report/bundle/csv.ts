// CSV for spreadsheets (RFC 4180: comma, CRLF, quotes doubled). Text that came from people (titles,
// file names, learner comments) is written so that a spreadsheet shows it and never runs it: a cell
// beginning with =, +, -, @, tab or carriage return would be read as a formula (OWASP "CSV
// injection"), so such a cell gets a leading apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsvCell(value: string | number | null): string {
  if (value === null) return '';
  // Numbers are ours (counts, sizes) and stay numbers, negative ones included.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(inert) || inert !== inert.trim() ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(toCsvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
