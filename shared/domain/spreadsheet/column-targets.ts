import { z } from 'zod';
import {
  RECIPIENT_FIELDS,
  recipientField,
  recipientFieldLabel,
  type RecipientFieldInfo,
  type RecipientFieldPath,
} from '../recipients';

const CUSTOM_FIELD_PREFIX = 'metadata.custom_fields.';
const VARIABLE_PREFIX = 'variables.';

/**
 * Where a spreadsheet column goes: a recipient field, a custom field, an agent variable (the
 * value for one of the agent's {{placeholders}}), or nowhere. Written as the path of the value
 * in a StoredRecipient so it can sit in a <select> and be saved as it is.
 */
export type ColumnTarget =
  RecipientFieldPath | `metadata.custom_fields.${string}` | `variables.${string}` | 'ignore';

export interface MappedColumn {
  /** The column's name in the file (see ParsedSpreadsheet.headers). */
  header: string;
  target: ColumnTarget;
}

/** One entry per column of the file, in file order. */
export type ColumnMapping = readonly MappedColumn[];

export type TargetParts =
  | { kind: 'field'; path: RecipientFieldPath; field: RecipientFieldInfo }
  | { kind: 'custom_field'; key: string }
  | { kind: 'variable'; name: string }
  | { kind: 'ignore' };

const FIELD_PATHS: ReadonlySet<string> = new Set(RECIPIENT_FIELDS.map((field) => field.path));

export function isRecipientFieldPath(value: string): value is RecipientFieldPath {
  return FIELD_PATHS.has(value);
}

export function customFieldTarget(key: string): ColumnTarget {
  return `${CUSTOM_FIELD_PREFIX}${key}`;
}

export function variableTarget(name: string): ColumnTarget {
  return `${VARIABLE_PREFIX}${name}`;
}

/** Whether a saved or received string is a usable target. */
export function isColumnTarget(value: string): value is ColumnTarget {
  return (
    value === 'ignore' ||
    isRecipientFieldPath(value) ||
    (value.startsWith(CUSTOM_FIELD_PREFIX) && value.length > CUSTOM_FIELD_PREFIX.length) ||
    (value.startsWith(VARIABLE_PREFIX) && value.length > VARIABLE_PREFIX.length)
  );
}

export function describeTarget(target: ColumnTarget): TargetParts {
  if (target === 'ignore') return { kind: 'ignore' };
  if (target.startsWith(CUSTOM_FIELD_PREFIX)) {
    return { kind: 'custom_field', key: target.slice(CUSTOM_FIELD_PREFIX.length) };
  }
  if (target.startsWith(VARIABLE_PREFIX)) {
    return { kind: 'variable', name: target.slice(VARIABLE_PREFIX.length) };
  }
  const path = target as RecipientFieldPath;
  return { kind: 'field', path, field: recipientField(path) };
}

/** 'Phone number', 'Shoe size (custom field)', 'first_name (agent variable)', 'Don’t import'. */
export function columnTargetLabel(target: ColumnTarget): string {
  const parts = describeTarget(target);
  switch (parts.kind) {
    case 'ignore':
      return 'Don’t import';
    case 'custom_field':
      return `${parts.key} (custom field)`;
    default:
      return recipientFieldLabel(target);
  }
}

/**
 * Longest heading a draft remembers: a file's first row can hold anything, and a column with a
 * longer one just exports under its field's own heading.
 */
const HEADER_MAX = 1_000;

/** Columns a draft remembers; a spreadsheet with more is not one a person maps by hand. */
export const MAX_SAVED_COLUMNS = 1_000;

/** A column as saved with a draft (see DraftContent.spreadsheetColumns). */
export const MappedColumnSchema = z.object({
  header: z.string().max(HEADER_MAX),
  target: z
    .string()
    .max(HEADER_MAX + VARIABLE_PREFIX.length + CUSTOM_FIELD_PREFIX.length)
    .refine(isColumnTarget, 'Not a place a spreadsheet column can go.'),
});

/** Targets that hold a list, so several columns may feed them. */
export function isListTarget(target: ColumnTarget): boolean {
  const parts = describeTarget(target);
  return parts.kind === 'field' && parts.field.multiple;
}
