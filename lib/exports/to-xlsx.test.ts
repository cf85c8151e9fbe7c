import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { toXlsx } from './to-xlsx';

test('writes a sheet whose text cells are inert text and numbers numbers', async () => {
  const buffer = await toXlsx({
    name: 'metrics',
    columns: [
      { key: 'name', header: 'Course' },
      { key: 'rate', header: 'Completion' },
    ],
    rows: [{ name: '@evil()', rate: 0.25 }],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('metrics');
  expect(sheet?.getCell('A1').value).toBe('Course');
  expect(sheet?.getCell('A2').value).toBe("'@evil()");
  expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  expect(sheet?.getCell('B2').value).toBe(0.25);
});
