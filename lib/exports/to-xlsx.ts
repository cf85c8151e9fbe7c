// An Office Open XML workbook of one sheet. Text cells are written as text (never as formulas) and
// neutralised as in CSV, so a file re-saved as CSV elsewhere stays inert too.
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './neutralize-formula';
import type { TExportTable } from './table-export';

export async function toXlsx(table: TExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertQA';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((column) => ({ header: column.header, key: column.key, width: Math.min(60, Math.max(10, column.header.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) {
    sheet.addRow(
      Object.fromEntries(
        table.columns.map((column) => {
          const value = row[column.key] ?? null;
          return [column.key, typeof value === 'string' ? neutralizeFormula(value) : value];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
