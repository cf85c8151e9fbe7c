// A table as users take it elsewhere: named columns and rows of text, numbers, dates or nothing.
export type TCell = string | number | Date | null;

export type TExportTable = {
  /** File and sheet name (ASCII, no spaces). */
  name: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly Record<string, TCell>[];
};
