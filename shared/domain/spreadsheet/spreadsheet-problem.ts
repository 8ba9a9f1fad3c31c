// Why a file could not be read (or was read with a caveat), in words for the person importing
// it. Codes are for the UI and tests; the message is what the person sees.

export type SpreadsheetProblemCode =
  | 'file_empty'
  | 'file_too_large'
  | 'too_many_rows'
  | 'not_a_spreadsheet'
  | 'binary_data'
  | 'unsupported_encoding'
  | 'header_only'
  | 'unbalanced_quotes'
  | 'row_too_long'
  | 'no_phone_column'
  | 'cancelled'
  | 'internal_error';

export type SpreadsheetWarningCode =
  | 'replacement_characters'
  | 'stray_quote'
  | 'ragged_rows'
  | 'header_looks_like_data'
  | 'duplicate_headers';

export interface SpreadsheetProblem {
  code: SpreadsheetProblemCode;
  message: string;
  /** The spreadsheet row (1 = the first line of the file) the problem is on, when there is one. */
  row?: number;
  /** For diagnostics only (never shown as the message): what failed inside. */
  detail?: string;
}

export interface SpreadsheetWarning {
  code: SpreadsheetWarningCode;
  message: string;
  /** Spreadsheet rows concerned (the first ones, when there are many). */
  rows?: number[];
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** "row 4", "rows 4 and 9", "rows 4, 9, 12 and 3 more". */
export function describeRows(rows: readonly number[], total = rows.length): string {
  if (rows.length === 0) return 'no rows';
  const shown = rows.slice(0, 3).map(formatCount);
  const more = total - shown.length;
  if (shown.length === 1 && more === 0) return `row ${shown[0] ?? ''}`;
  if (more > 0) return `rows ${shown.join(', ')} and ${formatCount(more)} more`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
