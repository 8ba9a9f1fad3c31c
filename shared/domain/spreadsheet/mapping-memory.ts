import { normaliseHeader } from '../recipients';
import { isColumnTarget, type ColumnTarget, type MappedColumn } from './column-targets';
import { suggestMapping, type SuggestMappingOptions } from './suggest-mapping';

// People import the same export again and again (this week's list from the same CRM). Keyed by
// its set of headings, the mapping they chose last time can be offered again, whatever order
// the columns come in and however the headings' case, accents or punctuation vary.

/** cyrb53: a small, well-mixed 53-bit string hash; plenty for telling header sets apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The same string for the same set of headings, in any order and however they are spelled in
 * case, accents and punctuation: ["Telefon", "Imię"] and ["imie", "TELEFON"] share a key.
 */
export function mappingMemoryKey(headers: readonly string[]): string {
  const names = headers.map(normaliseHeader).sort();
  return `headers-v1:${names.length}:${hash53(names.join('\u001f'))}`;
}

export interface RememberedColumn {
  /** The heading as normaliseHeader spells it. */
  header: string;
  /** Which column of that name, when several share it (0 for the first). */
  occurrence: number;
  target: ColumnTarget;
}

/** Column positions don't matter: headings (and their repeats) identify the columns. */
function occurrences(headers: readonly string[]): Array<{ header: string; occurrence: number }> {
  const seen = new Map<string, number>();
  return headers.map((raw) => {
    const header = normaliseHeader(raw);
    const occurrence = seen.get(header) ?? 0;
    seen.set(header, occurrence + 1);
    return { header, occurrence };
  });
}

/** What to store under mappingMemoryKey(headers) once the person has confirmed a mapping. */
export function rememberMapping(mapping: readonly MappedColumn[]): RememberedColumn[] {
  const keys = occurrences(mapping.map((column) => column.header));
  return mapping.map((column, index) => ({
    header: keys[index]?.header ?? '',
    occurrence: keys[index]?.occurrence ?? 0,
    target: column.target,
  }));
}

/**
 * The remembered mapping laid onto this file's columns; columns it doesn't cover (or whose
 * stored target is no longer valid) get the usual suggestion.
 */
export function applyRememberedMapping(
  headers: readonly string[],
  remembered: readonly RememberedColumn[],
  options: SuggestMappingOptions = {},
): MappedColumn[] {
  const suggested = suggestMapping(headers, options);
  const targetByKey = new Map<string, ColumnTarget>();
  for (const column of remembered) {
    if (isColumnTarget(column.target)) {
      targetByKey.set(`${column.occurrence}\u001f${column.header}`, column.target);
    }
  }
  const keys = occurrences(headers);
  return suggested.map((column, index) => {
    const key = keys[index];
    const target = key && targetByKey.get(`${key.occurrence}\u001f${key.header}`);
    return target ? { header: column.header, target } : column;
  });
}
