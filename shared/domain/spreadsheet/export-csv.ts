import { RECIPIENT_FIELDS, type StoredRecipientInput } from '../recipients';
import {
  customFieldTarget,
  describeTarget,
  variableTarget,
  MAX_SAVED_COLUMNS,
  MappedColumnSchema,
  type ColumnTarget,
  type MappedColumn,
} from './column-targets';
import { neutraliseFormula } from './formula-injection';
import { joinListCell } from './list-cells';
import type { PipelineHooks } from './pipeline-hooks';
import { suggestMapping } from './suggest-mapping';

export type ExportDelimiter = ',' | ';' | '\t';

export interface RecipientsToCsvOptions {
  /**
   * Columns to write first, e.g. those the recipients were imported from, so the export has the
   * person's own headings (see exportColumns).
   */
  columns?: readonly MappedColumn[];
  /** ',' by default; ';' suits Excel in Polish or Italian settings. */
  delimiter?: ExportDelimiter;
  /** The agent's placeholders, which the import will match headings against. */
  agentVariables?: readonly string[];
}

function own(record: Readonly<Record<string, string>> | undefined, key: string): string {
  return record !== undefined && Object.hasOwn(record, key) ? (record[key] ?? '') : '';
}

type Reader = (recipient: StoredRecipientInput) => string;

/** How to read a target's cell, worked out once per column rather than once per cell. */
function readerFor(target: ColumnTarget): Reader {
  const parts = describeTarget(target);
  switch (parts.kind) {
    case 'ignore':
      return () => '';
    case 'custom_field':
      return (recipient) => own(recipient.metadata?.custom_fields, parts.key);
    case 'variable':
      return (recipient) => own(recipient.variables, parts.name);
  }
  switch (parts.path) {
    case 'phone_number':
      return (recipient) => recipient.phone_number;
    case 'contact_info.name':
      return (recipient) => recipient.contact_info?.name ?? '';
    case 'contact_info.company':
      return (recipient) => recipient.contact_info?.company ?? '';
    case 'contact_info.title':
      return (recipient) => recipient.contact_info?.title ?? '';
    case 'contact_info.department':
      return (recipient) => recipient.contact_info?.department ?? '';
    case 'preferences.language':
      return (recipient) => recipient.preferences?.language ?? '';
    case 'preferences.timezone':
      return (recipient) => recipient.preferences?.timezone ?? '';
    case 'preferences.best_call_times':
      return (recipient) =>
        joinListCell(recipient.preferences?.best_call_times ?? [], 'call_windows');
    case 'preferences.blackout_dates':
      return (recipient) => joinListCell(recipient.preferences?.blackout_dates ?? [], 'dates');
    case 'metadata.priority':
      return (recipient) => recipient.metadata?.priority ?? '';
    case 'metadata.customer_type':
      return (recipient) => recipient.metadata?.customer_type ?? '';
    case 'metadata.tags':
      return (recipient) => joinListCell(recipient.metadata?.tags ?? [], 'tags');
  }
}

/** What recipients hold, learnt a row at a time: the columns defaultExportColumns gives. */
function createHeldColumns(): {
  add(recipient: StoredRecipientInput): void;
  columns(): MappedColumn[];
} {
  const used = new Set<ColumnTarget>(['phone_number']);
  const customKeys = new Set<string>();
  const variableNames = new Set<string>();
  const fields = RECIPIENT_FIELDS.map((field) => ({
    path: field.path,
    read: readerFor(field.path),
  }));
  return {
    add(recipient) {
      for (const field of fields) {
        if (!used.has(field.path) && field.read(recipient) !== '') used.add(field.path);
      }
      for (const key of Object.keys(recipient.metadata?.custom_fields ?? {})) customKeys.add(key);
      for (const name of Object.keys(recipient.variables ?? {})) variableNames.add(name);
    },
    columns: () => [
      ...RECIPIENT_FIELDS.filter((field) => used.has(field.path)).map((field) => ({
        header: field.label,
        target: field.path,
      })),
      ...[...customKeys].map((key) => ({ header: key, target: customFieldTarget(key) })),
      ...[...variableNames].map((name) => ({
        header: `variables.${name}`,
        target: variableTarget(name),
      })),
    ],
  };
}

/**
 * Columns for everything the recipients hold: the phone number, every field someone has a value
 * for, then custom fields and agent variables, headed by the fields' labels ("Phone number",
 * "Best call times"), custom fields' names and variables' paths ("variables.first_name").
 */
export function defaultExportColumns(recipients: readonly StoredRecipientInput[]): MappedColumn[] {
  const held = createHeldColumns();
  for (const recipient of recipients) held.add(recipient);
  return held.columns();
}

/** exportColumns for recipients whose defaultExportColumns are `held`. */
function chooseColumns(
  held: readonly MappedColumn[],
  given: readonly MappedColumn[],
): MappedColumn[] {
  const unwritten = new Set(held.map((column) => column.target));
  // delete answers whether the field was still unwritten: a second column for it is left out.
  const first = given.filter((column) => unwritten.delete(column.target));
  return [...first, ...held.filter((column) => unwritten.has(column.target))];
}

/**
 * What an export writes: the given columns first (the person's own headings, in their order),
 * then every other field the recipients hold under defaultExportColumns' headings, so nothing
 * edited since the import is left out. A given column is left out when nobody has a value for
 * its field (its values were never imported, or the rows were removed since), and so is a
 * second column for a field already written.
 */
export function exportColumns(
  recipients: readonly StoredRecipientInput[],
  given: readonly MappedColumn[] = [],
): MappedColumn[] {
  return chooseColumns(defaultExportColumns(recipients), given);
}

/**
 * The columns to remember after an import: the earlier ones, then each new field's column of
 * the mapping just used, as long as a draft can keep it (see MappedColumnSchema).
 */
export function rememberImportedColumns(
  earlier: readonly MappedColumn[],
  mapping: readonly MappedColumn[],
): MappedColumn[] {
  const remembered = [...earlier];
  const known = new Set(earlier.map((column) => column.target));
  for (const column of mapping) {
    if (remembered.length >= MAX_SAVED_COLUMNS) break;
    if (column.target === 'ignore' || known.has(column.target)) continue;
    if (!MappedColumnSchema.safeParse(column).success) continue;
    known.add(column.target);
    remembered.push(column);
  }
  return remembered;
}

/**
 * The columns with every heading that the import would read as another target replaced by the
 * target's exact path ("metadata.custom_fields.Telefon"), which the import always honours: an
 * export then imports back with the suggested mapping to the same recipients.
 */
export function roundTripColumns(
  columns: readonly MappedColumn[],
  agentVariables: readonly string[] = [],
): MappedColumn[] {
  const result = columns.filter((column) => column.target !== 'ignore');
  // One heading at a time: a heading read wrongly can take a target from another column that
  // is fine once the first is spelled out ("Telefon" as a custom field before "Phone number").
  for (let round = 0; round < result.length; round++) {
    const suggested = suggestMapping(
      result.map((column) => column.header),
      { agentVariables },
    );
    const wrong = result.findIndex((column, index) => suggested[index]?.target !== column.target);
    const column = result[wrong];
    if (!column) break;
    result[wrong] = { header: column.target, target: column.target };
  }
  return result;
}

function quote(value: string, delimiter: ExportDelimiter): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: string, delimiter: ExportDelimiter): string {
  return quote(neutraliseFormula(value), delimiter);
}

/**
 * One export being written: its heading row first, then a line per recipient added; `take`
 * gives the text written since the last take, so the file can be handed on in pieces.
 */
function csvWriter(
  held: readonly MappedColumn[],
  options: RecipientsToCsvOptions,
): { add(recipient: StoredRecipientInput): void; take(): string } {
  const delimiter = options.delimiter ?? ',';
  const columns = roundTripColumns(
    chooseColumns(held, options.columns ?? []),
    options.agentVariables,
  );
  const readers = columns.map((column) => readerFor(column.target));
  let lines: string[] = [
    `\uFEFF${columns.map((column) => cell(column.header, delimiter)).join(delimiter)}`,
  ];
  return {
    add(recipient) {
      lines.push(readers.map((read) => cell(read(recipient), delimiter)).join(delimiter));
    },
    take() {
      const text = lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
      lines = [];
      return text;
    },
  };
}

/**
 * The recipients as CSV text for spreadsheet apps: a UTF-8 byte order mark first (so Excel
 * reads accents right; encode the string with TextEncoder), a heading row, CRLF line breaks
 * and RFC 4180 quoting. Columns go through roundTripColumns; list values are joined with "|"
 * (see list-cells).
 *
 * Cells that a spreadsheet app would run as a formula (starting with =, +, -, @, tab or
 * carriage return) get a leading apostrophe, which makes them text; the import removes it
 * again. The one exception is a value shaped like an E.164 phone number ("+48600700800"):
 * digits after a plus cannot do anything as a formula, and the apostrophe would make every
 * number in the file unreadable to other tools. The cost: Excel may show such a number
 * without its plus or in scientific notation unless the column is imported as text; the file
 * itself keeps the full number and imports back exactly.
 */
export function recipientsToCsv(
  recipients: readonly StoredRecipientInput[],
  options: RecipientsToCsvOptions = {},
): string {
  const writer = csvWriter(defaultExportColumns(recipients), options);
  for (const recipient of recipients) writer.add(recipient);
  return writer.take();
}

/** Rows written between two yields: a few milliseconds of work. */
const ROWS_PER_SLICE = 2_000;
/** Rows looked through for the columns between two yields: reading costs less than writing. */
const ROWS_PER_LOOK = 20_000;

/**
 * recipientsToCsv a slice of rows at a time, letting other work run in between (100k rows take
 * about half a second): first the rows are looked through for the columns, then written. Each
 * slice's text becomes a part through `toPart` in the slice's own task, e.g. a Blob in the page:
 * making one Blob of the whole 10 MB text held the page for a tenth of a second. The parts, in
 * order, hold the text recipientsToCsv gives; undefined once the signal aborts.
 */
export async function recipientsToCsvInSlices<Part>(
  recipients: readonly StoredRecipientInput[],
  options: RecipientsToCsvOptions,
  toPart: (text: string) => Part,
  hooks: PipelineHooks = {},
): Promise<Part[] | undefined> {
  const held = createHeldColumns();
  for (let start = 0; start < recipients.length; start += ROWS_PER_LOOK) {
    await hooks.yieldToEventLoop?.();
    if (hooks.signal?.aborted) return undefined;
    for (const recipient of recipients.slice(start, start + ROWS_PER_LOOK)) held.add(recipient);
  }
  const writer = csvWriter(held.columns(), options);
  const parts: Part[] = [];
  let start = 0;
  do {
    await hooks.yieldToEventLoop?.();
    if (hooks.signal?.aborted) return undefined;
    const end = Math.min(start + ROWS_PER_SLICE, recipients.length);
    for (const recipient of recipients.slice(start, end)) writer.add(recipient);
    parts.push(toPart(writer.take()));
    hooks.onProgress?.({ fraction: end / Math.max(1, recipients.length), rows: end });
    start = end;
  } while (start < recipients.length);
  return parts;
}
