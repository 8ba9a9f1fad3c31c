import {
  rememberMapping,
  type MappedColumn,
  type RememberedColumn,
} from '../../../../shared/domain/spreadsheet';

// The renderer's own preference data: which columns the person chose for files with a given
// set of headings. Nothing secret, so localStorage is the right place.
const PREFIX = 'callsheet.import-mapping.';

function isRememberedColumn(value: unknown): value is RememberedColumn {
  if (typeof value !== 'object' || value === null) return false;
  const column = value as Record<string, unknown>;
  return (
    typeof column['header'] === 'string' &&
    typeof column['occurrence'] === 'number' &&
    typeof column['target'] === 'string'
  );
}

/** The mapping chosen last time for files with these headings, if any (and still readable). */
export function loadRememberedMapping(memoryKey: string): RememberedColumn[] | null {
  try {
    const stored = localStorage.getItem(PREFIX + memoryKey);
    if (stored === null) return null;
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) && parsed.every(isRememberedColumn) ? parsed : null;
  } catch {
    // Storage turned off or an entry from another version: suggest a mapping as if new.
    return null;
  }
}

export function saveRememberedMapping(memoryKey: string, mapping: readonly MappedColumn[]): void {
  try {
    localStorage.setItem(PREFIX + memoryKey, JSON.stringify(rememberMapping(mapping)));
  } catch {
    // A full or disabled storage only costs the suggestion next time.
  }
}
