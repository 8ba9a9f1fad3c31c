// Spreadsheet files as bytes, built in memory the way each program would write them.
import { decodeText, type LegacyEncoding } from '../../../shared/domain/spreadsheet';

export function utf8(text: string, options: { bom?: boolean } = {}): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(options.bom ? `\uFEFF${text}` : text);
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const source = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(source.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < source.length; index++) {
    view.setUint16(index * 2, source.charCodeAt(index), littleEndian);
  }
  return bytes;
}

export function utf16le(text: string, options: { bom?: boolean } = { bom: true }): Uint8Array {
  return utf16(text, true, options.bom ?? true);
}

export function utf16be(text: string, options: { bom?: boolean } = { bom: true }): Uint8Array {
  return utf16(text, false, options.bom ?? true);
}

/** Encodes with a single-byte code page (TextEncoder only writes UTF-8). */
export function legacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const byChar = new Map<string, number>();
  const all = new Uint8Array(256).map((_, index) => index);
  [...decodeText(all, encoding)].forEach((char, byte) => {
    if (!byChar.has(char)) byChar.set(char, byte);
  });
  return Uint8Array.from([...text], (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`${char} has no byte in ${encoding}`);
    return byte;
  });
}

export function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** Rows joined the way a CSV writer does (no quoting: callers quote what needs it). */
export function csv(
  rows: readonly (readonly string[])[],
  delimiter = ',',
  lineBreak = '\r\n',
): string {
  return rows.map((row) => row.join(delimiter)).join(lineBreak) + lineBreak;
}

let counter = 0;
/** Predictable ids for tests. */
export function sequentialIds(prefix = 'r'): () => string {
  counter = 0;
  return () => `${prefix}${++counter}`;
}
