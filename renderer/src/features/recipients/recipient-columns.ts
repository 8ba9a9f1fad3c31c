import type { StoredRecipient } from '../../../../shared/domain/recipients';
import type { SortColumn } from './recipient-query';
import {
  parseTags,
  patchGroup,
  readText,
  tagsText,
  writeText,
  type TextFieldPath,
} from './recipient-values';

export interface CellColumn {
  key: Exclude<SortColumn, 'status'>;
  /** Where its problems are reported; also names its heading (recipients:fields.<path>). */
  path: TextFieldPath | 'metadata.tags';
  input: 'text' | 'language' | 'time_zone' | 'priority' | 'tags';
}

function column(key: CellColumn['key'], path: CellColumn['path'], input: CellColumn['input']) {
  return { key, path, input };
}

/** The editable columns, in the order the table shows them. */
// Cells have no placeholders: in a grid a grey example reads as a value someone typed.
export const CELL_COLUMNS: readonly CellColumn[] = [
  column('phone', 'phone_number', 'text'),
  column('name', 'contact_info.name', 'text'),
  column('company', 'contact_info.company', 'text'),
  column('language', 'preferences.language', 'language'),
  column('timezone', 'preferences.timezone', 'time_zone'),
  column('priority', 'metadata.priority', 'priority'),
  column('tags', 'metadata.tags', 'tags'),
];

export function cellText(row: StoredRecipient, column: CellColumn): string {
  return column.path === 'metadata.tags' ? tagsText(row) : readText(row, column.path);
}

export function withCellText(row: StoredRecipient, column: CellColumn, text: string) {
  return column.path === 'metadata.tags'
    ? patchGroup(row, 'metadata', { tags: parseTags(text) })
    : writeText(row, column.path, text);
}

export const LANGUAGE_LIST_ID = 'recipient-languages';
export const TIME_ZONE_LIST_ID = 'recipient-time-zones';
