import Papa from 'papaparse';
import {
  createPhoneNumberNormalizer,
  findFieldForHeader,
  normaliseHeader,
  type CountryCode,
  type PhoneNumberNormalizer,
  type PhoneNumberProblem,
} from '../recipients';
import type { DoNotCallAddition } from './do-not-call';

export interface DoNotCallLineProblem {
  /** 1-based line of the file. */
  line: number;
  /** The cell as written. */
  text: string;
  /** Why, in English; `code` (and `country`, when the reason names one) say it for the UI. */
  reason: string;
  code: PhoneNumberProblem;
  country?: CountryCode;
}

export interface ParsedDoNotCallList {
  /** Each number once, in E.164, in file order. */
  numbers: DoNotCallAddition[];
  problems: DoNotCallLineProblem[];
  /** Numbers that appeared again later in the file (as written or in another format). */
  duplicateCount: number;
  /** The heading of the column the numbers were read from, when the file has headings. */
  phoneColumn: string | null;
}

// Headings of a column worth keeping as the entry's note (English, Polish, Italian).
const NOTE_HEADERS = new Set(
  [
    'note',
    'notes',
    'comment',
    'comments',
    'reason',
    'uwagi',
    'uwaga',
    'notatka',
    'notatki',
    'komentarz',
    'powod',
    'nota',
    'note',
    'commento',
    'motivo',
  ].map(normaliseHeader),
);

type Row = string[];

function isPhoneHeading(cell: string): boolean {
  return findFieldForHeader(cell) === 'phone_number';
}

function validColumn(row: Row | undefined, phoneNumbers: PhoneNumberNormalizer): number {
  if (!row) return -1;
  return row.findIndex((cell) => cell.trim() !== '' && phoneNumbers.normalize(cell).ok);
}

function isBlank(row: Row): boolean {
  return row.every((cell) => cell.trim() === '');
}

interface Layout {
  headerIndex: number | null;
  phoneColumn: number;
  noteColumn: number | null;
}

/**
 * Headings are recognised by name (phone, telefon, telefono, numero…). A first row with no
 * readable number above a row with one is taken as headings too, so an unusual heading does
 * not turn into a bad line. Without headings the numbers are the first column that holds one.
 */
function findLayout(
  rows: readonly Row[],
  firstIndex: number,
  phoneNumbers: PhoneNumberNormalizer,
): Layout {
  const first = rows[firstIndex] ?? [];
  const headingColumn = first.findIndex(isPhoneHeading);
  const noteOf = (row: Row): number | null => {
    const index = row.findIndex((cell) => NOTE_HEADERS.has(normaliseHeader(cell)));
    return index === -1 ? null : index;
  };
  if (headingColumn !== -1) {
    return { headerIndex: firstIndex, phoneColumn: headingColumn, noteColumn: noteOf(first) };
  }
  const firstValid = validColumn(first, phoneNumbers);
  if (firstValid !== -1) return { headerIndex: null, phoneColumn: firstValid, noteColumn: null };
  let nextIndex = firstIndex + 1;
  while (nextIndex < rows.length && isBlank(rows[nextIndex] ?? [])) nextIndex++;
  const nextValid = validColumn(rows[nextIndex], phoneNumbers);
  if (nextValid !== -1) {
    return { headerIndex: firstIndex, phoneColumn: nextValid, noteColumn: noteOf(first) };
  }
  return { headerIndex: null, phoneColumn: 0, noteColumn: null };
}

/**
 * Reads a do-not-call list: one number per line, or a spreadsheet saved as CSV (comma,
 * semicolon or tab separated) with a column named phone, telefon, telefono, numero… and
 * optionally a note column. Numbers without a country code are read as `defaultCountry`
 * numbers. Lines that hold no readable number are reported, never silently dropped.
 */
export function parseDoNotCallCsv(text: string, defaultCountry: CountryCode): ParsedDoNotCallList {
  const phoneNumbers = createPhoneNumberNormalizer(defaultCountry);
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const rows = parsed.data;
  const firstIndex = rows.findIndex((row) => !isBlank(row));
  const result: ParsedDoNotCallList = {
    numbers: [],
    problems: [],
    duplicateCount: 0,
    phoneColumn: null,
  };
  if (firstIndex === -1) return result;

  const layout = findLayout(rows, firstIndex, phoneNumbers);
  if (layout.headerIndex !== null) {
    const heading = rows[layout.headerIndex]?.[layout.phoneColumn]?.trim();
    result.phoneColumn = heading === undefined || heading === '' ? null : heading;
  }
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (index === layout.headerIndex || isBlank(row)) return;
    const line = index + 1;
    const cell = row[layout.phoneColumn]?.trim() ?? '';
    if (cell === '') {
      result.problems.push({
        line,
        text: row.join(' ').trim(),
        reason: 'This line has no phone number.',
        code: 'phone_missing',
      });
      return;
    }
    const number = phoneNumbers.normalize(cell);
    if (!number.ok) {
      const { reason, code, country } = number;
      result.problems.push({ line, text: cell, reason, code, ...(country ? { country } : {}) });
      return;
    }
    if (seen.has(number.e164)) {
      result.duplicateCount++;
      return;
    }
    seen.add(number.e164);
    const note = layout.noteColumn === null ? '' : (row[layout.noteColumn]?.trim() ?? '');
    result.numbers.push(
      note === '' ? { phoneNumber: number.e164 } : { phoneNumber: number.e164, note },
    );
  });
  return result;
}
