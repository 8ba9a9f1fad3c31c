import { describe, expect, it } from 'vitest';
import {
  decodeSpreadsheetBytes,
  guessLegacyEncoding,
  type DecodeResult,
} from '../../../shared/domain/spreadsheet';
import { bytes, concat, legacy, utf16be, utf16le, utf8 } from './fixtures';

const POLISH =
  'Imię i nazwisko;Miasto;Telefon\r\nŻaneta Wójcik;Łódź;600 700 800\r\nMichał Zając;Gdańsk;601 702 803\r\n';
const ITALIAN =
  'Nome;Città;Note\r\nMario Rossi;Forlì;perché sì\r\nLucia Bianchi;Città di Castello;Già chiamata\r\n';

function text(result: DecodeResult): string {
  if (!result.ok) throw new Error(result.problem.message);
  return result.text;
}

function problem(result: DecodeResult) {
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('decodeSpreadsheetBytes: Unicode', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const withBom = decodeSpreadsheetBytes(utf8(POLISH, { bom: true }));
    expect(text(withBom)).toBe(POLISH);
    expect(withBom).toMatchObject({ encoding: 'utf-8', source: 'byte-order-mark' });
    const without = decodeSpreadsheetBytes(utf8(ITALIAN));
    expect(text(without)).toBe(ITALIAN);
    expect(without).toMatchObject({ encoding: 'utf-8', source: 'valid-utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a byte order mark', () => {
    const le = decodeSpreadsheetBytes(utf16le(POLISH));
    expect(text(le)).toBe(POLISH);
    expect(le).toMatchObject({ encoding: 'utf-16le', source: 'byte-order-mark' });
    const be = decodeSpreadsheetBytes(utf16be(ITALIAN));
    expect(text(be)).toBe(ITALIAN);
    expect(be).toMatchObject({ encoding: 'utf-16be', source: 'byte-order-mark' });
  });

  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    expect(decodeSpreadsheetBytes(utf16le(ITALIAN, { bom: false }))).toMatchObject({
      ok: true,
      encoding: 'utf-16le',
      text: ITALIAN,
    });
    expect(decodeSpreadsheetBytes(utf16be(ITALIAN, { bom: false }))).toMatchObject({
      ok: true,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-8 with a few damaged bytes as UTF-8 and says so', () => {
    const damaged = concat(
      utf8(POLISH.repeat(3)),
      bytes(0xff),
      utf8('Zażółć;Kraków;602 703 804\r\n'),
    );
    const result = decodeSpreadsheetBytes(damaged);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', source: 'guessed' });
    expect(text(result)).toContain('Żaneta Wójcik');
    expect(result.ok && result.warnings[0]?.code).toBe('replacement_characters');
  });
});

describe('decodeSpreadsheetBytes: Windows code pages', () => {
  it('reads Polish Windows-1250 as Windows-1250', () => {
    const result = decodeSpreadsheetBytes(legacy(POLISH, 'windows-1250'));
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1250', source: 'guessed' });
    expect(text(result)).toBe(POLISH);
  });

  it('reads Italian Windows-1252 as Windows-1252', () => {
    const result = decodeSpreadsheetBytes(legacy(ITALIAN, 'windows-1252'));
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(text(result)).toBe(ITALIAN);
  });

  it('tells the code pages apart from single words', () => {
    for (const word of ['Łódź', 'Żaneta', 'Zażółć gęślą jaźń', 'Świętokrzyska']) {
      expect(guessLegacyEncoding(legacy(word, 'windows-1250')).encoding).toBe('windows-1250');
    }
    for (const word of ['Città', 'Però', 'più', 'Forlì', 'Niccolò', 'Caffè']) {
      expect(guessLegacyEncoding(legacy(word, 'windows-1252')).encoding).toBe('windows-1252');
    }
  });

  it('reads old ISO-8859-2 Polish exports', () => {
    const result = decodeSpreadsheetBytes(legacy(POLISH, 'iso-8859-2'));
    expect(result).toMatchObject({ ok: true, encoding: 'iso-8859-2' });
    expect(text(result)).toBe(POLISH);
  });

  it('lets a preference settle bytes that read the same both ways', () => {
    // "Gdańsk" is "Gdañsk" in Windows-1252: both are real letters.
    const gdansk = legacy('Gdańsk;1\n', 'windows-1250');
    expect(decodeSpreadsheetBytes(gdansk)).toMatchObject({ encoding: 'windows-1252' });
    expect(decodeSpreadsheetBytes(gdansk, { preferLegacyEncoding: 'windows-1250' })).toMatchObject({
      encoding: 'windows-1250',
      text: 'Gdańsk;1\n',
    });
  });

  it('uses the encoding the caller chose', () => {
    const bytesOfPolish = legacy(POLISH, 'windows-1250');
    const result = decodeSpreadsheetBytes(bytesOfPolish, { encoding: 'windows-1252' });
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', source: 'chosen' });
    expect(text(result)).toContain('£ódŸ');
  });
});

describe('decodeSpreadsheetBytes: files that are not CSV', () => {
  it('explains an Excel workbook', () => {
    const xlsx = concat(bytes(0x50, 0x4b, 0x03, 0x04), utf8('\x14\x00\x06\x00[Content_Types].xml'));
    expect(problem(decodeSpreadsheetBytes(xlsx))).toEqual({
      code: 'not_a_spreadsheet',
      message:
        'This looks like an Excel .xlsx file. In Excel choose File → Save As → CSV UTF-8, then import that file.',
    });
    const xls = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0);
    expect(problem(decodeSpreadsheetBytes(xls)).message).toContain('older Excel .xls file');
  });

  it('explains other formats people pick by mistake', () => {
    const ods = concat(
      bytes(0x50, 0x4b, 0x03, 0x04),
      utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    );
    expect(problem(decodeSpreadsheetBytes(ods)).message).toContain('(.ods)');
    expect(problem(decodeSpreadsheetBytes(utf8('%PDF-1.7\n%âãÏÓ'))).message).toContain('PDF');
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(problem(decodeSpreadsheetBytes(png)).message).toContain('picture (PNG)');
    expect(problem(decodeSpreadsheetBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).message).toContain(
      'ZIP',
    );
    expect(
      problem(decodeSpreadsheetBytes(utf8('<!DOCTYPE html><html><table></table></html>'))).message,
    ).toContain('web page');
  });

  it('refuses binary data', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256);
    expect(problem(decodeSpreadsheetBytes(binary)).code).toBe('binary_data');
    const withNul = concat(utf8('Phone,Name\r\n600700800,Anna'), bytes(0, 0, 0, 1, 2, 3));
    expect(problem(decodeSpreadsheetBytes(withNul))).toMatchObject({
      code: 'binary_data',
      message: expect.stringContaining('Save As → CSV UTF-8') as unknown,
    });
  });

  it('refuses empty files and files over the size limit, naming the limit', () => {
    expect(problem(decodeSpreadsheetBytes(new Uint8Array()))).toEqual({
      code: 'file_empty',
      message: 'This file is empty.',
    });
    expect(problem(decodeSpreadsheetBytes(utf8(' \r\n\r\n', { bom: true }))).code).toBe(
      'file_empty',
    );
    expect(
      problem(
        decodeSpreadsheetBytes(new Uint8Array(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 }),
      ),
    ).toEqual({
      code: 'file_too_large',
      message:
        'This file is 3 MB; Callsheet can import files of up to 2 MB. Split the list into smaller files and import them one after another.',
    });
  });
});
