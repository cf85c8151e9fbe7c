// An export's column headers in the reader's language. The headers are English message ids like
// every text lib/ writes, translated through the same catalogue (messages/de/server.json); the
// cells stay as they are, so numbers and dates remain numbers and dates in the spreadsheet.
import type { TLocale } from '@/lib/i18n/locales';
import { translateServerMessage } from '@/lib/i18n/translate-server-message';
import type { TExportTable } from './table-export';

export function translateTable(table: TExportTable, locale: TLocale): TExportTable {
  return { ...table, columns: table.columns.map((column) => ({ ...column, header: translateServerMessage(column.header, locale) })) };
}
