// Custom fields and variables are keyed by names people type. Trimming a name must never
// merge two entries, so a name whose trimmed form is already taken keeps its spaces and is
// reported instead.

export interface TrimmedRecord {
  record: Record<string, string>;
  /** Names left untrimmed because their trimmed form was already taken. */
  clashes: readonly string[];
  /** Entries with an empty name but a value, kept under their original name. */
  unnamed: readonly string[];
}

const NONE: readonly string[] = [];

/** Whether trimming would change nothing: every name filled in, no name or value padded. */
function isTrimmed(source: Readonly<Record<string, string>>): boolean {
  for (const name in source) {
    const value = source[name] ?? '';
    if (name === '' || name.trim() !== name || value.trim() !== value) return false;
  }
  return true;
}

/**
 * The record with names and values trimmed. When nothing needs trimming (nearly always, and on
 * every row of a typical import) `source` itself comes back, uncopied: records are never
 * changed in place.
 */
export function trimRecord(source: Record<string, string>): TrimmedRecord {
  if (isTrimmed(source)) return { record: source, clashes: NONE, unnamed: NONE };
  // Collected as pairs and built with fromEntries: assigning a key such as "__proto__"
  // would change the object's prototype instead of adding an entry.
  const kept: [string, string][] = [];
  const clashes: string[] = [];
  const unnamed: string[] = [];
  const entries = Object.entries(source);
  // Names already trimmed claim their spelling first, whatever their order.
  const taken = new Set(entries.map(([name]) => name).filter((name) => name === name.trim()));
  for (const [name, value] of entries) {
    const trimmedName = name.trim();
    const trimmedValue = value.trim();
    if (trimmedName === '') {
      // A nameless empty entry says nothing; a nameless value is kept so it is not lost.
      if (trimmedValue !== '') {
        kept.push([name, trimmedValue]);
        unnamed.push(name);
      }
    } else if (trimmedName === name) {
      kept.push([name, trimmedValue]);
    } else if (taken.has(trimmedName)) {
      kept.push([name, trimmedValue]);
      clashes.push(name);
    } else {
      taken.add(trimmedName);
      kept.push([trimmedName, trimmedValue]);
    }
  }
  return { record: Object.fromEntries(kept), clashes, unnamed };
}
