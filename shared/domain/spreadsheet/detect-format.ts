import Papa from 'papaparse';

// Excel writes "CSV" with the list separator of the PC's region: commas in English, semicolons
// in Polish and Italian (where the comma is the decimal mark). Tab-separated text comes from
// copying cells; pipes from some CRMs.
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
  '|': 'Pipe',
};

export type LineBreak = '\r\n' | '\n' | '\r';

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

/** The typed shape of what papaparse's low-level Parser returns (its typings say `any`). */
export interface RawParseResult {
  data: string[][];
  errors: Array<{ type: string; code: string; message: string; row: number }>;
  meta: { cursor: number };
}

export interface RawParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): RawParseResult;
}

export function createRawParser(
  delimiter: Delimiter,
  newline: LineBreak,
  preview?: number,
): RawParser {
  // Papa.Parser is the tokenizer Papa.parse streams through; driving it directly lets the
  // import feed it chunks, report progress, yield and stop between chunks. Quotes are always
  // '"' and nothing is converted: every cell stays text.
  const parser = new Papa.Parser({
    delimiter,
    newline,
    quoteChar: '"',
    ...(preview === undefined ? {} : { preview }),
  });
  return {
    parse: (input, baseIndex, ignoreLastRow) =>
      parser.parse(input, baseIndex, ignoreLastRow) as RawParseResult,
  };
}

const QUOTED = /"[^"]*"/g;

/**
 * The line break of the file: the first one outside quotes decides ("\n" inside a quoted cell
 * of a "\r\n" file is a line break within the cell, as Excel writes it).
 */
export function detectLineBreak(text: string): LineBreak {
  const sample = text.slice(0, 1024 * 1024).replace(QUOTED, '');
  const newline = sample.indexOf('\n');
  const carriageReturn = sample.indexOf('\r');
  if (carriageReturn === -1) return '\n';
  if (newline !== -1 && newline < carriageReturn) return '\n';
  return sample[carriageReturn + 1] === '\n' ? '\r\n' : '\r';
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

interface DelimiterScore {
  delimiter: Delimiter;
  /** Share of sampled rows with as many cells as the heading row. */
  consistency: number;
  columns: number;
}

/**
 * The separator that splits the first rows into the same number of cells as the heading row,
 * with at least two columns; more columns win a tie. A one-column file (just phone numbers)
 * gets a comma, which then never splits anything that matters.
 */
export function detectDelimiter(
  text: string,
  lineBreak: LineBreak = detectLineBreak(text),
): Delimiter {
  const sampleLength = 64 * 1024;
  const sample = text.slice(0, sampleLength);
  const truncated = text.length > sampleLength;
  let best: DelimiterScore | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = createRawParser(delimiter, lineBreak, 50)
      .parse(sample, 0, truncated)
      .data.filter((row) => !isBlank(row));
    const header = rows[0];
    if (!header || header.length < 2) continue;
    const body = rows.slice(1);
    const matching = body.filter((row) => row.length === header.length).length;
    const score: DelimiterScore = {
      delimiter,
      consistency: body.length === 0 ? 1 : matching / body.length,
      columns: header.length,
    };
    if (
      !best ||
      score.consistency > best.consistency ||
      (score.consistency === best.consistency && score.columns > best.columns)
    ) {
      best = score;
    }
  }
  return best?.delimiter ?? ',';
}
