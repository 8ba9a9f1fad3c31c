import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  detectDelimiter,
  detectLineBreak,
  parseSpreadsheetText,
  readSpreadsheet,
  type ParseOptions,
  type ParseResult,
  type ParsedSpreadsheet,
} from '../../../shared/domain/spreadsheet';
import { csv, legacy, utf8 } from './fixtures';

async function sheetOf(text: string, options: ParseOptions = {}): Promise<ParsedSpreadsheet> {
  const result = await parseSpreadsheetText(text, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result.sheet;
}

async function problemOf(text: string, options: ParseOptions = {}) {
  const result: ParseResult = await parseSpreadsheetText(text, options);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

const ROWS = [
  ['Phone', 'Name', 'City'],
  ['600 700 800', 'Anna Kowalska', 'Łódź'],
  ['+39 347 123 4567', 'Mario Rossi', 'Città di Castello'],
];

describe('parseSpreadsheetText: separators and quoting', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects %j (%s) and splits rows into text cells', async (delimiter) => {
    const sheet = await sheetOf(csv(ROWS, delimiter));
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.headers).toEqual(['Phone', 'Name', 'City']);
    expect(sheet.headerRowNumber).toBe(1);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['600 700 800', 'Anna Kowalska', 'Łódź'] },
      { rowNumber: 3, cells: ['+39 347 123 4567', 'Mario Rossi', 'Città di Castello'] },
    ]);
  });

  it('prefers the separator that splits every row like the heading row', () => {
    // A Polish Excel export: semicolons between cells, commas inside names and amounts.
    const text =
      'Nazwisko, imię;Telefon;Kwota\nKowalska, Anna;600700800;12,50\nNowak, Jan;601701801;3,20\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('Telefon\n600700800\n')).toBe(',');
  });

  it('honours an Excel "sep=" line and a separator the caller chose', async () => {
    const hinted = await sheetOf('sep=;\r\nPhone;Name\r\n600700800;Anna, Maria\r\n');
    expect(hinted.delimiter).toBe(';');
    expect(hinted.headers).toEqual(['Phone', 'Name']);
    expect(hinted.rows[0]).toEqual({ rowNumber: 2, cells: ['600700800', 'Anna, Maria'] });
    const chosen = await sheetOf('a|b;c\n1|2;3\n', { delimiter: ';' });
    expect(chosen.headers).toEqual(['a|b', 'c']);
  });

  it('keeps separators, quotes and line breaks inside quoted cells', async () => {
    const text =
      'Phone;Name;Notes\r\n' +
      '600700800;"Kowalska; Anna";"Line one\r\nLine two"\r\n' +
      '601701801;"Mario ""Super"" Rossi";"a\nb"\r\n';
    const sheet = await sheetOf(text);
    expect(sheet.lineBreak).toBe('\r\n');
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['600700800', 'Kowalska; Anna', 'Line one\r\nLine two'] },
      // A record spanning two lines is still one spreadsheet row.
      { rowNumber: 3, cells: ['601701801', 'Mario "Super" Rossi', 'a\nb'] },
    ]);
  });

  it('detects the line break outside quoted cells', () => {
    expect(detectLineBreak('a,"x\ny"\r\nb,c\r\n')).toBe('\r\n');
    expect(detectLineBreak('a,b\nc,d')).toBe('\n');
    expect(detectLineBreak('a,b\rc,d')).toBe('\r');
  });

  it('leaves every cell as text: no numbers, dates or formulas', async () => {
    const sheet = await sheetOf(
      'Phone,Amount,Date,Formula\n0048600700800,007,2025-01-02,=SUM(A1:A9)\n',
    );
    expect(sheet.rows[0]?.cells).toEqual(['0048600700800', '007', '2025-01-02', '=SUM(A1:A9)']);
  });

  it('reads the same rows whatever the chunk size', async () => {
    const rows = [['Phone', 'Name', 'Notes']];
    for (let index = 0; index < 300; index++) {
      rows.push([
        `600 700 ${100 + index}`,
        `Name ${index}`,
        index % 7 === 0 ? '"multi\r\nline, quoted"' : 'plain',
      ]);
    }
    const text = csv(rows);
    const whole = await sheetOf(text, { chunkSize: 1 << 20 });
    const chunked = await sheetOf(text, { chunkSize: 1024 });
    expect(chunked.rows).toEqual(whole.rows);
    expect(whole.rows).toHaveLength(300);
    expect(whole.rows[7]?.cells[2]).toBe('multi\r\nline, quoted');
  });
});

describe('parseSpreadsheetText: row numbers, empty and ragged rows', () => {
  it('skips and counts empty rows, keeping spreadsheet row numbers', async () => {
    const text = '\r\nPhone;Name\r\n600700800;Anna\r\n;\r\n   ;  \r\n\r\n601701801;Jan\r\n';
    const sheet = await sheetOf(text);
    expect(sheet.headerRowNumber).toBe(2);
    expect(sheet.emptyRowsSkipped).toBe(4);
    expect(sheet.rows.map((row) => row.rowNumber)).toEqual([3, 7]);
  });

  it('reports ragged rows by row number but keeps them', async () => {
    const text =
      'Phone,Name,City\n600700800,Anna\n601701801,Jan,Kraków,extra\n602702802,Ewa,Gdańsk,,\n';
    const sheet = await sheetOf(text);
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['600700800', 'Anna'],
      ['601701801', 'Jan', 'Kraków', 'extra'],
      // Empty trailing cells are padding, not a different shape.
      ['602702802', 'Ewa', 'Gdańsk'],
    ]);
    expect(sheet.raggedRowCount).toBe(2);
    expect(sheet.raggedRows).toEqual([
      { rowNumber: 2, cells: 2 },
      { rowNumber: 3, cells: 4 },
    ]);
    // The extra cell gets a column of its own, so its value is not lost.
    expect(sheet.headers).toEqual(['Phone', 'Name', 'City', 'Column D']);
    expect(sheet.warnings[0]).toMatchObject({
      code: 'ragged_rows',
      rows: [2, 3],
      message: expect.stringContaining(
        'Rows 2 and 3 don’t have the same number of cells',
      ) as unknown,
    });
  });

  it('reads a heading row padded with separators as only its named columns', async () => {
    // Excel pads every row, the heading row too, for columns formatted and left empty; rows
    // typed in later often lack the padding.
    const padded = await sheetOf('Telefon;Imię;;;\r\n600700800;Anna;;;\r\n601701801;Jan\r\n');
    expect(padded.headers).toEqual(['Telefon', 'Imię']);
    expect(padded.rows.map((row) => row.cells)).toEqual([
      ['600700800', 'Anna'],
      ['601701801', 'Jan'],
    ]);
    expect(padded.raggedRowCount).toBe(0);
    expect(padded.warnings).toEqual([]);

    // A value under the padding is a column without a heading; one past it is out of place.
    const filled = await sheetOf('Phone;Name;;\n600700800;Anna;;note\n601701801;Jan;;;extra\n');
    expect(filled.headers).toEqual(['Phone', 'Name', 'Column C', 'Column D', 'Column E']);
    expect(filled.raggedRows).toEqual([{ rowNumber: 3, cells: 5 }]);
  });

  it('names blank headings after their column letter', async () => {
    const sheet = await sheetOf('Phone,,Notes\n600700800,x,y\n');
    expect(sheet.headers).toEqual(['Phone', 'Column B', 'Notes']);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('reads files without a heading row when told so', async () => {
    const sheet = await sheetOf('600700800,Anna\n601701801,Jan\n', { hasHeaderRow: false });
    expect(sheet.headers).toEqual(['Column A', 'Column B']);
    expect(sheet.headerRowNumber).toBeUndefined();
    expect(sheet.rows.map((row) => row.rowNumber)).toEqual([1, 2]);
  });

  it('warns when the heading row looks like data', async () => {
    const sheet = await sheetOf('600 700 800,Anna\n601701801,Jan\n');
    expect(sheet.warnings.map((warning) => warning.code)).toContain('header_looks_like_data');
  });
});

describe('parseSpreadsheetText: files that cannot be read', () => {
  it('names the row of a quote that is never closed', async () => {
    const text = 'Phone,Name\n600700800,Anna\n601701801,"Jan\n602702802,Ewa\n603703803,Ola\n';
    expect(await problemOf(text)).toEqual({
      code: 'unbalanced_quotes',
      row: 3,
      message:
        'Row 3 has a quote mark (") that is never closed, so the rest of the file can’t be read. Open the file in your spreadsheet app and save it as CSV again, or remove the stray quote mark from that row.',
    });
    // Also when the open quote runs across many chunks.
    const long = `Phone,Name\n600700800,"Anna\n${'601701801,Jan\n'.repeat(2000)}`;
    expect(await problemOf(long, { chunkSize: 1024, maxRecordLength: 4096 })).toMatchObject({
      code: 'unbalanced_quotes',
      row: 2,
    });
  });

  it('warns about a quote in the middle of a cell', async () => {
    // papaparse then reads on to the next quote mark, so rows may be joined.
    const sheet = await sheetOf('Phone,Name\n600700800,"Anna" Maria\n601701801,"Jan"\n');
    expect(sheet.warnings.find((warning) => warning.code === 'stray_quote')).toMatchObject({
      rows: [2],
    });
  });

  it('explains empty and heading-only files', async () => {
    expect(await problemOf('\r\n;;\r\n ; \r\n')).toEqual({
      code: 'file_empty',
      message: 'This file has no filled-in rows.',
    });
    expect(await problemOf('Telefon;Imię;Miasto;Firma\r\n;;;\r\n')).toEqual({
      code: 'header_only',
      message:
        'This file has column headings (Telefon, Imię, Miasto, …) but no rows of people below them. Check that you saved the sheet with your list in it.',
    });
  });

  it('refuses more rows than the limit, naming the limit', async () => {
    const text = csv([
      ['Phone'],
      ...Array.from({ length: 11 }, (_, index) => [`60070080${index}`]),
    ]);
    expect(await problemOf(text, { maxRows: 10 })).toEqual({
      code: 'too_many_rows',
      message:
        'This file has more than 10 rows, the most Callsheet can import at once. Split the list into smaller files and import them one after another.',
    });
    expect((await sheetOf(text, { maxRows: 11 })).rows).toHaveLength(11);
  });
});

describe('parseSpreadsheetText: progress and cancelling', () => {
  const text = csv([
    ['Phone'],
    ...Array.from({ length: 2000 }, (_, index) => [`600 700 ${index}`]),
  ]);

  it('reports progress between chunks', async () => {
    const fractions: number[] = [];
    await parseSpreadsheetText(
      text,
      { chunkSize: 2048 },
      { onProgress: (progress) => fractions.push(progress.fraction) },
    );
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const result = await parseSpreadsheetText(
      text,
      { chunkSize: 2048 },
      {
        signal: controller.signal,
        yieldToEventLoop: async () => {
          if (++chunks === 2) controller.abort();
        },
      },
    );
    expect(result).toEqual({
      ok: false,
      problem: { code: 'cancelled', message: 'The import was cancelled.' },
    });
    expect(chunks).toBe(2);
  });
});

describe('readSpreadsheet', () => {
  it('decodes and parses a Polish Excel export in Windows-1250', async () => {
    const bytes = legacy(
      'Imię i nazwisko;Telefon;Miasto\r\nŻaneta Wójcik;600 700 800;Łódź\r\n',
      'windows-1250',
    );
    const result = await readSpreadsheet(bytes);
    expect(result).toMatchObject({
      ok: true,
      encoding: 'windows-1250',
      sheet: {
        headers: ['Imię i nazwisko', 'Telefon', 'Miasto'],
        rows: [{ rowNumber: 2, cells: ['Żaneta Wójcik', '600 700 800', 'Łódź'] }],
      },
    });
  });

  it('passes decoding problems through', async () => {
    const result = await readSpreadsheet(utf8('Phone\n600700800\n'), { maxBytes: 4 });
    expect(result).toMatchObject({ ok: false, problem: { code: 'file_too_large' } });
  });
});
