import { recognizeNonCsvText, recognizeNonTextFile } from './file-signatures';
import { decodeText } from './text-decoding';
import { guessLegacyEncoding, type LegacyEncoding } from './legacy-encodings';
import {
  formatCount,
  type SpreadsheetProblem,
  type SpreadsheetWarning,
} from './spreadsheet-problem';

export type SpreadsheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export const SPREADSHEET_ENCODINGS: readonly SpreadsheetEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1250',
  'windows-1252',
  'iso-8859-2',
];

export const ENCODING_LABELS: Readonly<Record<SpreadsheetEncoding, string>> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16 LE)',
  'utf-16be': 'Unicode (UTF-16 BE)',
  'windows-1250': 'Central European (Windows-1250)',
  'windows-1252': 'Western European (Windows-1252)',
  'iso-8859-2': 'Central European (ISO-8859-2)',
};

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface DecodeOptions {
  /** Read the bytes in this encoding instead of detecting it (the user picked one). */
  encoding?: SpreadsheetEncoding;
  /** Which single-byte code page wins a tie, e.g. Windows-1250 for a Polish campaign. */
  preferLegacyEncoding?: LegacyEncoding;
  /** Larger files are refused before anything is decoded. */
  maxBytes?: number;
}

/** How the encoding was settled, so the UI can offer to change a guess. */
export type EncodingSource = 'chosen' | 'byte-order-mark' | 'valid-utf-8' | 'guessed';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: SpreadsheetEncoding;
      source: EncodingSource;
      warnings: SpreadsheetWarning[];
    }
  | { ok: false; problem: SpreadsheetProblem };

const SAMPLE = 64 * 1024;

function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${formatCount(Math.round(megabytes))} MB`
    : `${formatCount(Math.ceil(bytes / 1024))} KB`;
}

/** The refusal for a file over the size limit, for callers that check before reading it. */
export function fileTooLarge(size: number, maxBytes = DEFAULT_MAX_BYTES): SpreadsheetProblem {
  return {
    code: 'file_too_large',
    message: `This file is ${formatSize(size)}; Callsheet can import files of up to ${formatSize(maxBytes)}. Split the list into smaller files and import them one after another.`,
  };
}

function bomEncoding(bytes: Uint8Array): SpreadsheetEncoding | 'utf-32' | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'utf-32' : 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'utf-32';
  return undefined;
}

/**
 * UTF-16 written without a byte order mark: Latin text then has a zero in every other byte,
 * on the odd bytes for little-endian and the even ones for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// Tab, line feed, vertical tab (FileMaker's line break inside a cell), form feed, carriage
// return, and 0x1A, the old DOS end-of-file mark some exporters still append.
const ALLOWED_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

/** Control characters no spreadsheet text contains (tab, line breaks and form feeds aside). */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) controls++;
  }
  return controls > Math.max(8, length / 100);
}

interface Utf8Census {
  valid: number;
  invalid: number;
}

/** Counts well-formed and broken multi-byte sequences, to tell UTF-8 with a few bad bytes apart
 * from a file in a single-byte code page (where nearly every accented byte is "broken"). */
function utf8Census(bytes: Uint8Array): Utf8Census {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && index + length <= bytes.length;
    for (let next = 1; ok && next < length; next++) {
      const continuation = bytes[index + next] ?? 0;
      ok = continuation >= 0x80 && continuation <= 0xbf;
    }
    if (ok) {
      valid++;
      index += length;
    } else {
      invalid++;
      index++;
    }
  }
  return { valid, invalid };
}

function decodeAs(bytes: Uint8Array, encoding: SpreadsheetEncoding, fatal = false): string {
  return decodeText(bytes, encoding, fatal);
}

function replacementWarning(text: string): SpreadsheetWarning[] {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
  if (count === 0) return [];
  return [
    {
      code: 'replacement_characters',
      message: `${formatCount(count)} character${count === 1 ? '' : 's'} could not be read and show as “�”. The file may mix two text encodings; check names with accents.`,
    },
  ];
}

function finish(
  text: string,
  encoding: SpreadsheetEncoding,
  source: EncodingSource,
  warnings: SpreadsheetWarning[] = [],
): DecodeResult {
  const markup = recognizeNonCsvText(text);
  if (markup) return { ok: false, problem: markup };
  if (text.trim() === '') {
    return { ok: false, problem: { code: 'file_empty', message: 'This file is empty.' } };
  }
  return { ok: true, text, encoding, source, warnings };
}

/**
 * The text of a spreadsheet file. The encoding is taken from a byte order mark, else UTF-8
 * when the bytes are valid UTF-8, else the single-byte code page that reads most plausibly
 * (see legacy-encodings). Files that are not text (Excel workbooks, PDFs, pictures, archives,
 * binary data) are refused with a message saying what they are and what to do instead.
 */
export function decodeSpreadsheetBytes(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { ok: false, problem: fileTooLarge(bytes.length, maxBytes) };
  if (bytes.length === 0) {
    return { ok: false, problem: { code: 'file_empty', message: 'This file is empty.' } };
  }

  const bom = bomEncoding(bytes);
  if (bom === 'utf-32') {
    return {
      ok: false,
      problem: {
        code: 'unsupported_encoding',
        message:
          'This file is saved as UTF-32 text, which Callsheet can’t read. Save it as CSV UTF-8 and import it again.',
      },
    };
  }
  if (options.encoding) {
    const signature = bom ? undefined : recognizeNonTextFile(bytes);
    if (signature) return { ok: false, problem: signature };
    const text = decodeAs(bytes, options.encoding);
    return finish(text, options.encoding, 'chosen', replacementWarning(text));
  }
  if (bom) {
    const text = decodeAs(bytes, bom);
    return finish(text, bom, 'byte-order-mark', replacementWarning(text));
  }

  const signature = recognizeNonTextFile(bytes);
  if (signature) return { ok: false, problem: signature };

  if (bytes.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      const text = decodeAs(bytes, utf16);
      return finish(text, utf16, 'guessed', replacementWarning(text));
    }
    return { ok: false, problem: binaryProblem() };
  }
  if (looksBinary(bytes)) return { ok: false, problem: binaryProblem() };

  try {
    return finish(decodeAs(bytes, 'utf-8', true), 'utf-8', 'valid-utf-8');
  } catch {
    // Not valid UTF-8: either UTF-8 with a few damaged bytes or a single-byte code page.
  }
  const census = utf8Census(bytes);
  if (census.valid > 0 && census.invalid * 10 <= census.valid) {
    const text = decodeAs(bytes, 'utf-8');
    return finish(text, 'utf-8', 'guessed', replacementWarning(text));
  }
  const guess = guessLegacyEncoding(
    bytes,
    options.preferLegacyEncoding ? { prefer: options.preferLegacyEncoding } : {},
  );
  return finish(decodeAs(bytes, guess.encoding), guess.encoding, 'guessed');
}

function binaryProblem(): SpreadsheetProblem {
  return {
    code: 'binary_data',
    message:
      'This file doesn’t contain text that can be read as a spreadsheet. Open your list in a spreadsheet app, choose File → Save As → CSV UTF-8, then import that file.',
  };
}
