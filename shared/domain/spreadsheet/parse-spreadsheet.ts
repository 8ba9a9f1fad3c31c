import {
  createRawParser,
  detectDelimiter,
  detectLineBreak,
  isDelimiter,
  type Delimiter,
  type LineBreak,
} from './detect-format';
import { restoreNeutralisedCell } from './formula-injection';
import type { PipelineHooks } from './pipeline-hooks';
import {
  describeRows,
  formatCount,
  type SpreadsheetProblem,
  type SpreadsheetWarning,
} from './spreadsheet-problem';

export const DEFAULT_MAX_ROWS = 1_000_000;
const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const DEFAULT_MAX_RECORD_LENGTH = 1024 * 1024;
/** Row lists in reports stop here; counts stay exact. */
export const LISTED_ROWS_LIMIT = 1000;

export interface ParseOptions {
  /** Use this separator instead of detecting it. */
  delimiter?: Delimiter;
  /** When false, the first row is data and columns are named "Column A", "Column B", … */
  hasHeaderRow?: boolean;
  /** Files with more data rows are refused. */
  maxRows?: number;
  /** Characters handed to the tokenizer at a time; progress and cancelling happen in between. */
  chunkSize?: number;
  /** A single row longer than this means a quote that is never closed (or not a CSV file). */
  maxRecordLength?: number;
}

export interface SpreadsheetRow {
  /** The row as a spreadsheet app numbers it: the heading row is row 1 in most files. */
  rowNumber: number;
  /** Every cell as text, exactly as in the file (quotes removed). */
  cells: string[];
}

export interface RaggedRow {
  rowNumber: number;
  cells: number;
}

export interface ParsedSpreadsheet {
  /** Column names: the heading row trimmed, blanks named after the column letter. */
  headers: string[];
  /** Undefined when the file has no heading row. */
  headerRowNumber: number | undefined;
  rows: SpreadsheetRow[];
  delimiter: Delimiter;
  lineBreak: LineBreak;
  /** Rows with nothing but blanks in them; not imported. */
  emptyRowsSkipped: number;
  /** Rows whose cell count differs from the heading row's, the first LISTED_ROWS_LIMIT. */
  raggedRows: RaggedRow[];
  raggedRowCount: number;
  warnings: SpreadsheetWarning[];
}

export interface ParseHooks extends PipelineHooks {
  /**
   * After each piece of the file: the heading row as read (trimmed) and every row so far, so
   * work on the rows can start before the whole file is read. Not called for files without a
   * heading row.
   */
  onRows?: (headers: readonly string[], rows: readonly SpreadsheetRow[]) => void;
}

export type ParseResult =
  { ok: true; sheet: ParsedSpreadsheet } | { ok: false; problem: SpreadsheetProblem };

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function generatedColumnName(index: number): string {
  return `Column ${columnLetter(index)}`;
}

// A cell of only spaces and separators is blank too: a file of nothing but ";;;" rows read
// with the wrong separator must still count as empty.
const BLANK_CELL = /^[\s,;|]*$/;

function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) {
    if (cell === '') continue;
    // Most cells start with a letter or digit; only look closer at the rest.
    const first = cell.charCodeAt(0);
    if (first > 32 && first < 127 && first !== 44 && first !== 59 && first !== 124) return false;
    if (!BLANK_CELL.test(cell)) return false;
  }
  return true;
}

// Excel understands a first line "sep=;" naming the separator and hides it.
const SEPARATOR_HINT = /^sep=(.)(\r\n|\n|\r)/i;
const PHONE_LIKE = /^\+?[\d\s\-()./]{7,}$/;

function cancelled(): ParseResult {
  return { ok: false, problem: { code: 'cancelled', message: 'The import was cancelled.' } };
}

function unbalancedQuotes(row: number): ParseResult {
  return {
    ok: false,
    problem: {
      code: 'unbalanced_quotes',
      row,
      message: `Row ${formatCount(row)} has a quote mark (") that is never closed, so the rest of the file can’t be read. Open the file in your spreadsheet app and save it as CSV again, or remove the stray quote mark from that row.`,
    },
  };
}

/**
 * Splits CSV text into a heading row and data rows with papaparse's tokenizer, chunk by chunk.
 * Quoted cells may hold separators and line breaks; blank rows are skipped and counted; rows
 * with too few or too many cells are kept and reported. Nothing is converted: every cell is
 * text, and a cell such as =SUM(A1) is just those characters.
 */
export async function parseSpreadsheetText(
  source: string,
  options: ParseOptions = {},
  hooks: ParseHooks = {},
): Promise<ParseResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const chunkSize = Math.max(1024, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const hasHeaderRow = options.hasHeaderRow ?? true;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;

  let start = 0;
  let hinted: Delimiter | undefined;
  const hint = SEPARATOR_HINT.exec(text.slice(0, 16));
  if (hint) {
    start = hint[0].length;
    const char = hint[1] ?? '';
    if (isDelimiter(char)) hinted = char;
  }
  const lineBreak = detectLineBreak(start === 0 ? text : text.slice(start));
  const delimiter =
    options.delimiter ?? hinted ?? detectDelimiter(text.slice(start, start + 65536), lineBreak);
  const parser = createRawParser(delimiter, lineBreak);

  let headers: string[] | undefined = hasHeaderRow ? undefined : [];
  let headerRowNumber: number | undefined;
  /** The heading row's cells, blank padding at its end included. */
  let headerCells = 0;
  const rows: SpreadsheetRow[] = [];
  let recordCount = 0;
  let emptyRowsSkipped = 0;
  const raggedRows: RaggedRow[] = [];
  let raggedRowCount = 0;
  let widest = 0;
  const strayQuoteRows: number[] = [];
  let strayQuoteCount = 0;
  let lastStrayQuoteRow = 0;

  const total = Math.max(1, text.length - start);
  let offset = start;
  let partial = '';
  for (;;) {
    if (hooks.signal?.aborted) return cancelled();
    const end = Math.min(text.length, offset + chunkSize);
    const finished = end >= text.length;
    const input = partial + text.slice(offset, end);
    const result = parser.parse(input, 0, !finished);
    const records = result.data;
    // A file ending in a line break yields one last empty record that is no row at all.
    if (finished) {
      const last = records[records.length - 1];
      if (last && last.length === 1 && last[0] === '') records.pop();
    }

    for (const error of result.errors) {
      const rowNumber = recordCount + error.row + 1;
      if (error.code === 'MissingQuotes') return unbalancedQuotes(rowNumber);
      if (error.code === 'InvalidQuotes' && rowNumber !== lastStrayQuoteRow) {
        lastStrayQuoteRow = rowNumber;
        strayQuoteCount++;
        if (strayQuoteRows.length < LISTED_ROWS_LIMIT) strayQuoteRows.push(rowNumber);
      }
    }

    for (const cells of records) {
      recordCount++;
      if (isBlankRow(cells)) {
        emptyRowsSkipped++;
        continue;
      }
      if (headers === undefined) {
        headers = cells.map((cell) => restoreNeutralisedCell(cell.trim()));
        headerRowNumber = recordCount;
        headerCells = headers.length;
        // Spreadsheet apps pad rows, the heading row too, with separators for columns that were
        // formatted and left empty: blank headings at the end name no column. One with values
        // under it in some row still becomes a column, named after its letter.
        while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
        continue;
      }
      const expected = headers.length;
      if (cells.length !== expected && expected > 0) {
        // Trailing separators with nothing after them (";;;" padding) are not a different shape.
        let length = cells.length;
        while (length > expected && (cells[length - 1] ?? '').trim() === '') length--;
        cells.length = length;
        // Values under the heading row's blank padding are a column without a heading, not cells
        // shifted out of place.
        if (length < expected || length > headerCells) {
          raggedRowCount++;
          if (raggedRows.length < LISTED_ROWS_LIMIT) {
            raggedRows.push({ rowNumber: recordCount, cells: length });
          }
        }
      }
      if (cells.length > widest) widest = cells.length;
      rows.push({ rowNumber: recordCount, cells });
      if (rows.length > maxRows) {
        return {
          ok: false,
          problem: {
            code: 'too_many_rows',
            message: `This file has more than ${formatCount(maxRows)} rows, the most Callsheet can import at once. Split the list into smaller files and import them one after another.`,
          },
        };
      }
    }

    if (hasHeaderRow && headers !== undefined) hooks.onRows?.(headers, rows);
    if (finished) break;
    partial = input.slice(result.meta.cursor);
    offset = end;
    if (partial.length > maxRecordLength) {
      // Either a quote is never closed and swallows the rest of the file, or this is no CSV.
      const whole = createRawParser(delimiter, lineBreak).parse(partial, 0, false);
      if (whole.errors.some((error) => error.code === 'MissingQuotes')) {
        return unbalancedQuotes(recordCount + 1);
      }
      return {
        ok: false,
        problem: {
          code: 'row_too_long',
          row: recordCount + 1,
          message: `Row ${formatCount(recordCount + 1)} is longer than ${formatCount(maxRecordLength)} characters, so this doesn’t look like a list of people. Check that you picked the right file.`,
        },
      };
    }
    hooks.onProgress?.({ fraction: (end - start) / total, rows: rows.length });
    if (hooks.yieldToEventLoop) await hooks.yieldToEventLoop();
  }
  hooks.onProgress?.({ fraction: 1, rows: rows.length });

  if (headers === undefined || (headers.length === 0 && rows.length === 0)) {
    return {
      ok: false,
      problem: { code: 'file_empty', message: 'This file has no filled-in rows.' },
    };
  }
  if (rows.length === 0) {
    const shown = headers.filter((header) => header !== '').slice(0, 3);
    const named =
      shown.length === 0 ? '' : ` (${shown.join(', ')}${headers.length > 3 ? ', …' : ''})`;
    return {
      ok: false,
      problem: {
        code: 'header_only',
        message: `This file has column headings${named} but no rows of people below them. Check that you saved the sheet with your list in it.`,
      },
    };
  }

  const columnCount = Math.max(headers.length, widest);
  const names: string[] = [];
  for (let index = 0; index < columnCount; index++) {
    const header = headers[index] ?? '';
    names.push(header === '' ? generatedColumnName(index) : header);
  }

  const warnings: SpreadsheetWarning[] = [];
  if (raggedRowCount > 0) {
    warnings.push({
      code: 'ragged_rows',
      rows: raggedRows.map((row) => row.rowNumber),
      message: `${capitalise(
        describeRows(
          raggedRows.map((row) => row.rowNumber),
          raggedRowCount,
        ),
      )} ${raggedRowCount === 1 ? 'doesn’t' : 'don’t'} have the same number of cells as the heading row (${formatCount(headers.length)}). ${raggedRowCount === 1 ? 'It was' : 'They were'} kept as ${raggedRowCount === 1 ? 'it is' : 'they are'}; check for values shifted into the wrong column.`,
    });
  }
  if (strayQuoteCount > 0) {
    warnings.push({
      code: 'stray_quote',
      rows: strayQuoteRows,
      message: `${capitalise(describeRows(strayQuoteRows, strayQuoteCount))} ${strayQuoteCount === 1 ? 'has' : 'have'} a quote mark (") in an unexpected place, so cells there may be joined or cut. Check ${strayQuoteCount === 1 ? 'that row' : 'those rows'}.`,
    });
  }
  if (hasHeaderRow) warnings.push(...headerWarnings(headers, headerRowNumber ?? 1));

  return {
    ok: true,
    sheet: {
      headers: names,
      headerRowNumber,
      rows,
      delimiter,
      lineBreak,
      emptyRowsSkipped,
      raggedRows,
      raggedRowCount,
      warnings,
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function headerWarnings(headers: readonly string[], rowNumber: number): SpreadsheetWarning[] {
  const warnings: SpreadsheetWarning[] = [];
  const phoneLike = headers.find(
    (header) => PHONE_LIKE.test(header) && header.replace(/\D/g, '').length >= 7,
  );
  if (phoneLike !== undefined) {
    warnings.push({
      code: 'header_looks_like_data',
      rows: [rowNumber],
      message: `The first row holds “${phoneLike}”, which looks like data rather than a column heading. If the file has no heading row, say so and the first row will be imported too.`,
    });
  }
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const header of headers) {
    const key = header.toLowerCase();
    if (header === '') continue;
    if (seen.has(key)) repeated.add(header);
    seen.add(key);
  }
  if (repeated.size > 0) {
    const names = [...repeated].map((name) => `“${name}”`).join(', ');
    warnings.push({
      code: 'duplicate_headers',
      rows: [rowNumber],
      message: `More than one column is called ${names}. Check which of them each should be imported as.`,
    });
  }
  return warnings;
}
