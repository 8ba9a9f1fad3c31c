import type { SpreadsheetProblem } from './spreadsheet-problem';

// People pick whatever file their list is in. Recognising the common wrong ones by their first
// bytes lets us say what the file is and how to get a CSV out of it, instead of showing
// garbled "rows".

const SAVE_AS_CSV = 'In Excel choose File → Save As → CSV UTF-8, then import that file.';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let index = 0; index < signature.length; index++) {
    if (bytes[offset + index] !== signature[index]) return false;
  }
  return true;
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** Latin-1 view of the first bytes, for finding names inside a ZIP's first entry. */
function head(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, Math.min(length, bytes.length)));
}

function notSpreadsheet(message: string): SpreadsheetProblem {
  return { code: 'not_a_spreadsheet', message };
}

function describeZip(bytes: Uint8Array): SpreadsheetProblem {
  // An OpenDocument file must start with an uncompressed "mimetype" entry naming its type; an
  // Office Open XML file lists "[Content_Types].xml" or "xl/" parts near the start.
  const start = head(bytes, 4096);
  if (start.includes('application/vnd.oasis.opendocument.spreadsheet')) {
    return notSpreadsheet(
      'This looks like a LibreOffice or OpenOffice spreadsheet (.ods). Choose File → Save As, pick “Text CSV” with UTF-8, then import that file.',
    );
  }
  if (start.includes('xl/') || start.includes('[Content_Types].xml')) {
    return notSpreadsheet(`This looks like an Excel .xlsx file. ${SAVE_AS_CSV}`);
  }
  if (start.includes('word/')) {
    return notSpreadsheet(
      'This looks like a Word document, not a spreadsheet. Put the list in a spreadsheet and save it as CSV UTF-8.',
    );
  }
  return notSpreadsheet(
    'This is a compressed (ZIP) file, not a spreadsheet saved as CSV. If it holds a spreadsheet, open that in your spreadsheet app and save it as CSV UTF-8.',
  );
}

interface Signature {
  bytes: readonly number[];
  describe: (bytes: Uint8Array) => SpreadsheetProblem;
}

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], describe: describeZip },
  // An empty ZIP archive.
  { bytes: [0x50, 0x4b, 0x05, 0x06], describe: describeZip },
  {
    // The Compound File format of Excel 97–2003 (and old Word) files.
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    describe: () =>
      notSpreadsheet(
        'This looks like an older Excel .xls file. In Excel choose File → Save As → CSV UTF-8 (Comma delimited), then import that file.',
      ),
  },
  {
    bytes: ascii('%PDF-'),
    describe: () =>
      notSpreadsheet(
        'This is a PDF document, not a spreadsheet. Export the list as CSV from the program it came from, or copy it into a spreadsheet and save it as CSV UTF-8.',
      ),
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], describe: () => image('PNG') },
  { bytes: [0xff, 0xd8, 0xff], describe: () => image('JPEG') },
  { bytes: ascii('GIF87a'), describe: () => image('GIF') },
  { bytes: ascii('GIF89a'), describe: () => image('GIF') },
  { bytes: [0x1f, 0x8b, 0x08], describe: () => compressed('gzip') },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], describe: () => compressed('7-Zip') },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], describe: () => compressed('RAR') },
  {
    bytes: ascii('{\\rtf'),
    describe: () =>
      notSpreadsheet(
        'This is a Word or WordPad (RTF) document, not a spreadsheet. Put the list in a spreadsheet and save it as CSV UTF-8.',
      ),
  },
];

function image(kind: string): SpreadsheetProblem {
  return notSpreadsheet(
    `This is a picture (${kind}), not a spreadsheet. Callsheet needs the list as a CSV file: put it in a spreadsheet and save it as CSV UTF-8.`,
  );
}

function compressed(kind: string): SpreadsheetProblem {
  return notSpreadsheet(
    `This is a compressed (${kind}) file, not a spreadsheet saved as CSV. Extract it first, then import the CSV file inside.`,
  );
}

/** What the file is when its first bytes say it is a known non-CSV format. */
export function recognizeNonTextFile(bytes: Uint8Array): SpreadsheetProblem | undefined {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return signature.describe(bytes);
  }
  return undefined;
}

/**
 * What decoded text is when it is markup rather than rows: Excel's "Web page" and "XML
 * Spreadsheet 2003" formats are often saved with a .xls or .csv name.
 */
export function recognizeNonCsvText(text: string): SpreadsheetProblem | undefined {
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) {
    return notSpreadsheet(
      `This is a web page (HTML), not a CSV file. Open it in your spreadsheet app, then choose File → Save As → CSV UTF-8 and import that file.`,
    );
  }
  if (start.startsWith('<?xml')) {
    const excel = start.includes('urn:schemas-microsoft-com:office:spreadsheet');
    return notSpreadsheet(
      excel
        ? `This is an Excel XML spreadsheet, not a CSV file. ${SAVE_AS_CSV}`
        : 'This is an XML file, not a CSV file. Open it in your spreadsheet app and save it as CSV UTF-8.',
    );
  }
  return undefined;
}
