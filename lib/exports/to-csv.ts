// RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads umlauts right), CRLF line ends, every
// text field quoted and neutralised against formula injection. Dates as ISO 8601 (UTC).
import { neutralizeFormula } from './neutralize-formula';
import type { TCell, TExportTable } from './table-export';

function toField(value: TCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value instanceof Date ? value.toISOString() : neutralizeFormula(value);
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(table: TExportTable): string {
  const header = table.columns.map((column) => toField(column.header)).join(',');
  const lines = table.rows.map((row) => table.columns.map((column) => toField(row[column.key] ?? null)).join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
