/** Where and why an import failed. Every field is safe to show to the person who uploaded the export. */
export type TImportErrorDetails = {
  /** File name inside the export, e.g. `courses.csv`. */
  file: string;
  /**
   * 1-based physical line where the offending record starts (records may span lines through quoted newlines).
   * For invalid UTF-8 it is the line holding the first bad byte. `null` when the problem concerns the whole file.
   */
  line: number | null;
  /** Header name of the offending column, when known. */
  column: string | null;
  /** What is wrong, without the location prefix. */
  reason: string;
};

/**
 * The one error type of the Coursera importer. Bad input must name file, line, column and reason so that a
 * quality manager can fix or report the export; the server action, the CLI and the demo all surface `message`.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly reason: string;

  constructor(details: TImportErrorDetails, options?: { cause?: unknown }) {
    super(formatImportErrorMessage(details), options);
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.reason = details.reason;
  }

  /** Plain data, e.g. for returning from a server action (class instances do not cross that boundary). */
  toDetails(): TImportErrorDetails {
    return { file: this.file, line: this.line, column: this.column, reason: this.reason };
  }
}

/** `courses.csv, line 17, column course_id: <reason>`; unknown parts are left out rather than printed as "null". */
export function formatImportErrorMessage(details: TImportErrorDetails): string {
  let location = details.file;
  if (details.line !== null) location += `, line ${details.line}`;
  if (details.column !== null) location += `, column ${details.column}`;
  return `${location}: ${details.reason}`;
}
