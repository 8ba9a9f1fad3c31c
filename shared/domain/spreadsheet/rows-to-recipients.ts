import {
  normalizeContactInfo,
  normalizePhoneNumber,
  normalizeRecipient,
  normalizeRecord,
  validateRecipient,
  E164_SHAPE,
  type CountryCode,
  type PhoneNumberNormalizer,
  type PhoneNumberResult,
  type RecipientIssue,
  type RecipientIssueCode,
  type RecipientIssueParams,
  type StoredRecipient,
  type StoredRecipientInput,
} from '../recipients';
import { describeTarget, type ColumnTarget, type MappedColumn } from './column-targets';
import { restoreNeutralisedCell } from './formula-injection';
import { splitListCell, type ListKind } from './list-cells';
import type { SpreadsheetRow } from './parse-spreadsheet';
import {
  createBatchBuilder,
  createRecipientAssembler,
  setEntry,
  type ConvertedBatch,
  type RecipientProfile,
} from './converted-rows';
import type { PipelineHooks } from './pipeline-hooks';

/**
 * What to do with a row whose phone number someone is already down for, from most to least
 * forgiving. Rows without a valid number are never duplicates.
 * - keep-all: import every row; duplicates are only reported.
 * - skip: leave out rows whose number the draft already has; repeats within the file stay.
 * - keep-first: each number once: the draft's recipients count as coming first, then the
 *   file's rows in order, and every later row with the same number is left out.
 */
export type DuplicatePolicy = 'skip' | 'keep-first' | 'keep-all';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'keep-first', 'keep-all'];

export interface RowsToRecipientsOptions {
  /** The campaign country: numbers without a country code belong to it. */
  defaultCountry: CountryCode;
  /** The draft's recipients, for finding numbers that are already on the list. */
  existingRecipients?: readonly { phone_number: string }[];
  /** 'keep-first' by default: calling someone twice is almost never intended. */
  duplicatePolicy?: DuplicatePolicy;
  /** Makes the ids of new recipients; createImportIdFactory() by default. */
  idFactory?: () => string;
  /**
   * A normaliser to reuse, e.g. the editor's, which then knows every imported number; ignored
   * when made for another country. By default only the row at hand is remembered.
   */
  phoneNumbers?: PhoneNumberNormalizer;
  /**
   * Numbers normalised elsewhere (e.g. by the helper worker), used before normalising here: the
   * answer for the number typed in the row at an index of the rows converted; ignored when
   * `phoneNumbers` is given.
   */
  knownPhoneNumbers?: (typed: string, rowIndex: number) => PhoneNumberResult | undefined;
  /** Issue and duplicate lists stop here (counts stay exact); a broken file can't flood memory. */
  maxListed?: number;
}

export interface RowIssue {
  /** The spreadsheet row (heading row included in the count, as the spreadsheet app shows). */
  rowNumber: number;
  /** The heading of the column the value came from; undefined for values of no column. */
  column: string | undefined;
  /** The value's path in the recipient, e.g. 'preferences.best_call_times.1'. */
  field: string;
  code: RecipientIssueCode;
  severity: 'error' | 'warning';
  message: string;
  params?: RecipientIssueParams;
}

export interface DuplicateRow {
  rowNumber: number;
  /** The number both rows would call, in E.164. */
  phoneNumber: string;
  /** The earlier row of this file with the same number, if any. */
  firstRowNumber: number | undefined;
  /** Whether a recipient already in the draft has this number. */
  inDraft: boolean;
  /** Whether the row was imported anyway (see DuplicatePolicy). */
  kept: boolean;
}

export interface ImportReport {
  /** Non-empty rows looked at. */
  rowsRead: number;
  /** Rows that became recipients, problems or not. */
  imported: number;
  emptyRowsSkipped: number;
  /** Imported rows with at least one error: they can't be called until fixed. */
  rowsWithErrors: number;
  /** Imported rows with warnings only. */
  rowsWithWarnings: number;
  /** Problems of imported rows, in row order; the first maxListed. */
  issues: RowIssue[];
  issueCount: number;
  /** Rows whose number was already taken, in row order; the first maxListed. */
  duplicates: DuplicateRow[];
  duplicateCount: number;
  /** Duplicates left out under the policy. */
  duplicatesSkipped: number;
}

export interface RowsToRecipientsResult {
  /** Normalised with normalizeRecipient; rows with problems are included and flagged. */
  recipients: StoredRecipient[];
  /** The spreadsheet row of each recipient, same order. */
  rowNumbers: number[];
  report: ImportReport;
}

type ContactKey = 'name' | 'company' | 'title' | 'department';

type ColumnPlan =
  | { kind: 'ignore' }
  | { kind: 'phone' }
  | { kind: 'contact'; key: ContactKey }
  | { kind: 'language' | 'timezone' | 'priority' | 'customer_type' }
  | { kind: 'list'; list: ListKind }
  | { kind: 'custom'; key: string }
  | { kind: 'variable'; name: string };

const LIST_PATHS: Readonly<Record<ListKind, string>> = {
  call_windows: 'preferences.best_call_times',
  dates: 'preferences.blackout_dates',
  tags: 'metadata.tags',
};
const LIST_ITEM =
  /^(preferences\.best_call_times|preferences\.blackout_dates|metadata\.tags)\.(\d+)$/;

function planFor(target: ColumnTarget): ColumnPlan {
  const parts = describeTarget(target);
  switch (parts.kind) {
    case 'ignore':
      return { kind: 'ignore' };
    case 'custom_field':
      return { kind: 'custom', key: parts.key };
    case 'variable':
      return { kind: 'variable', name: parts.name };
  }
  switch (parts.path) {
    case 'phone_number':
      return { kind: 'phone' };
    case 'contact_info.name':
      return { kind: 'contact', key: 'name' };
    case 'contact_info.company':
      return { kind: 'contact', key: 'company' };
    case 'contact_info.title':
      return { kind: 'contact', key: 'title' };
    case 'contact_info.department':
      return { kind: 'contact', key: 'department' };
    case 'preferences.language':
      return { kind: 'language' };
    case 'preferences.timezone':
      return { kind: 'timezone' };
    case 'preferences.best_call_times':
      return { kind: 'list', list: 'call_windows' };
    case 'preferences.blackout_dates':
      return { kind: 'list', list: 'dates' };
    case 'metadata.priority':
      return { kind: 'priority' };
    case 'metadata.customer_type':
      return { kind: 'customer_type' };
    case 'metadata.tags':
      return { kind: 'list', list: 'tags' };
  }
}

interface Profile {
  /** Its number in the conversion's profiles (see ConvertedBatch). */
  index: number;
  issues: RecipientIssue[];
}

type ProfileTree = Map<string, ProfileTree | Profile>;

const MAX_PROFILES = 50_000;

function isProfile(plan: ColumnPlan): boolean {
  return (
    plan.kind === 'language' ||
    plan.kind === 'timezone' ||
    plan.kind === 'priority' ||
    plan.kind === 'customer_type' ||
    plan.kind === 'list'
  );
}

/** Reads the phone numbers of the rows, one row after another. */
interface RowPhoneNumbers extends PhoneNumberNormalizer {
  /** The number typed in the row at `rowIndex` of the rows converted. */
  read(typed: string, rowIndex: number): PhoneNumberResult;
}

/**
 * A normaliser that remembers only the last number: a row's number is read by the duplicate
 * check, validateRecipient and normalizeRecipient one after another, and a cache of every number
 * in a big file would only keep the garbage collector busy.
 */
function rowPhoneNumbers(
  defaultCountry: CountryCode,
  known: RowsToRecipientsOptions['knownPhoneNumbers'],
): RowPhoneNumbers {
  let lastTyped: string | undefined;
  let last: PhoneNumberResult | undefined;
  const read = (typed: string, rowIndex: number | undefined): PhoneNumberResult => {
    if (last === undefined || typed !== lastTyped) {
      const answer = rowIndex === undefined ? undefined : known?.(typed, rowIndex);
      last = answer ?? normalizePhoneNumber(typed, defaultCountry);
      lastTyped = typed;
    }
    return last;
  };
  return { defaultCountry, read, normalize: (typed) => read(typed, undefined) };
}

/** A normaliser given by the caller, read row by row like rowPhoneNumbers. */
function givenPhoneNumbers(phoneNumbers: PhoneNumberNormalizer): RowPhoneNumbers {
  const normalize = (typed: string) => phoneNumbers.normalize(typed);
  return { defaultCountry: phoneNumbers.defaultCountry, normalize, read: normalize };
}

/** '' or only white space; a visible ASCII first character settles most cells at once. */
function isBlank(cell: string): boolean {
  if (cell === '') return true;
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

/**
 * Ids unique within any draft: one random part per import plus a counter. A UUID per row would
 * cost more than reading the row.
 */
export function createImportIdFactory(): () => string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  const prefix = `r${Array.from(random, (part) => part.toString(36).padStart(7, '0')).join('')}`;
  let counter = 0;
  return () => `${prefix}-${(counter++).toString(36)}`;
}

/** Adds an entry unless the record has one (the first filled-in column wins, as for other fields). */
function addEntry(record: Record<string, string>, key: string, value: string): void {
  if (!Object.hasOwn(record, key)) setEntry(record, key, value);
}

/** The columns mapped to the phone number, in column order. */
export function phoneColumnsOf(mapping: readonly MappedColumn[]): number[] {
  return mapping.flatMap((column, index) =>
    planFor(column.target).kind === 'phone' ? [index] : [],
  );
}

/** The number as typed in a row: the first filled-in phone column wins, as for other fields. */
function typedPhoneOf(cells: readonly string[], phoneColumns: readonly number[]): string {
  for (const index of phoneColumns) {
    const raw = cells[index] ?? '';
    if (isBlank(raw)) continue;
    const phone = restoreNeutralisedCell(raw);
    if (phone !== '') return phone;
  }
  return '';
}

/**
 * Each row's phone number as the conversion will read it from these columns (see
 * phoneColumnsOf), so they can be normalised elsewhere (another worker) ahead of the rest of
 * the row; same order as the rows.
 */
export function typedPhoneNumbers(
  rows: readonly SpreadsheetRow[],
  phoneColumns: readonly number[],
): string[] {
  return rows.map((row) => typedPhoneOf(row.cells, phoneColumns));
}

interface RowConverter {
  /** Converts the row at `rowIndex` of the rows converted. */
  convert(row: SpreadsheetRow, rowIndex: number): void;
  /** The rows converted since the last call, with the profiles they were first to use. */
  takeBatch(): ConvertedBatch;
  readonly report: ImportReport;
}

function createRowConverter(
  mapping: readonly MappedColumn[],
  options: RowsToRecipientsOptions,
): RowConverter {
  const { defaultCountry } = options;
  const policy = options.duplicatePolicy ?? 'keep-first';
  const makeId = options.idFactory ?? createImportIdFactory();
  const maxListed = options.maxListed ?? 5000;
  const phoneNumbers =
    options.phoneNumbers?.defaultCountry === defaultCountry
      ? givenPhoneNumbers(options.phoneNumbers)
      : rowPhoneNumbers(defaultCountry, options.knownPhoneNumbers);
  const context = { defaultCountry, phoneNumbers };
  const plans = mapping.map((column) => planFor(column.target));
  const phoneColumns = phoneColumnsOf(mapping);

  // Where each value path comes from, to name the column of an issue.
  const columnsByPath = new Map<string, number[]>();
  mapping.forEach((column, index) => {
    const plan = plans[index];
    if (!plan || plan.kind === 'ignore') return;
    const path = plan.kind === 'list' ? LIST_PATHS[plan.list] : column.target;
    const columns = columnsByPath.get(path);
    if (columns) columns.push(index);
    else columnsByPath.set(path, [index]);
  });

  const numbersInDraft = new Set<string>();
  // Draft recipients are stored normalised, so a valid number there is already in E.164 and is
  // taken as it is; only numbers of another shape are parsed. (An E.164-shaped invalid number
  // can never equal a valid number from the file.) This keeps a 500,000-recipient draft cheap.
  for (const recipient of options.existingRecipients ?? []) {
    const typed = recipient.phone_number;
    if (E164_SHAPE.test(typed)) {
      numbersInDraft.add(typed);
      continue;
    }
    const result = phoneNumbers.normalize(typed);
    if (result.ok) numbersInDraft.add(result.e164);
  }
  const firstRowByNumber = new Map<string, number>();

  const converted = createBatchBuilder();
  const profileList: RecipientProfile[] = [];
  let profilesTaken = 0;
  const report: ImportReport = {
    rowsRead: 0,
    imported: 0,
    emptyRowsSkipped: 0,
    rowsWithErrors: 0,
    rowsWithWarnings: 0,
    issues: [],
    issueCount: 0,
    duplicates: [],
    duplicateCount: 0,
    duplicatesSkipped: 0,
  };

  function columnOf(field: string, cells: readonly string[]): number | undefined {
    const direct = columnsByPath.get(field);
    if (direct) return direct[0];
    const item = LIST_ITEM.exec(field);
    const columns = item?.[1] === undefined ? undefined : columnsByPath.get(item[1]);
    if (!item || !columns) return undefined;
    if (columns.length === 1) return columns[0];
    // Several columns feed this list: find the one the item came from.
    let remaining = Number(item[2]);
    for (const index of columns) {
      const plan = plans[index];
      if (plan?.kind !== 'list') continue;
      const count = splitListCell(restoreNeutralisedCell(cells[index] ?? ''), plan.list).length;
      if (remaining < count) return index;
      remaining -= count;
    }
    return columns[columns.length - 1];
  }

  // The columns about when and how to call (language, time zone, call times, dates, priority,
  // customer type, tags) hold few distinct combinations in a real list, and reading them is
  // most of the work after the phone number. Each combination is normalised and validated once,
  // by normalizeRecipient and validateRecipient on just those values, and shared by every row
  // that has it; both functions treat each value on its own, so this gives the same recipients
  // and issues as calling them on whole rows (a unit test holds it to that).
  const profileColumns = plans.flatMap((plan, index) => (isProfile(plan) ? [index] : []));
  // A tree of maps, one level per profile column, so looking a row up builds no key string.
  const profiles: ProfileTree = new Map();
  let profileCount = 0;
  let onlyProfile: Profile | undefined;

  function cellAt(cells: readonly string[], depth: number): string {
    return cells[profileColumns[depth] ?? -1] ?? '';
  }

  function knownProfile(cells: readonly string[]): Profile | undefined {
    if (profileColumns.length === 0) return onlyProfile;
    let level = profiles;
    for (let depth = 0; ; depth++) {
      const next = level.get(cellAt(cells, depth));
      if (next === undefined) return undefined;
      if (!(next instanceof Map)) return next;
      level = next;
    }
  }

  function remember(cells: readonly string[], profile: Profile): void {
    if (profileColumns.length === 0) {
      onlyProfile = profile;
      return;
    }
    let level = profiles;
    const last = profileColumns.length - 1;
    for (let depth = 0; depth < last; depth++) {
      const cell = cellAt(cells, depth);
      let next = level.get(cell);
      if (!(next instanceof Map)) {
        next = new Map();
        level.set(cell, next);
      }
      level = next;
    }
    level.set(cellAt(cells, last), profile);
  }

  function readProfile(cells: readonly string[]): Profile {
    const known = knownProfile(cells);
    if (known) return known;
    let language: string | undefined;
    let timezone: string | undefined;
    let priority: string | undefined;
    let customerType: string | undefined;
    const lists: Record<ListKind, string[]> = { call_windows: [], dates: [], tags: [] };
    for (const index of profileColumns) {
      const raw = cells[index] ?? '';
      const plan = plans[index];
      if (!plan || raw.trim() === '') continue;
      const cell = restoreNeutralisedCell(raw);
      // A single-value target fed by several columns takes the first filled-in one.
      if (plan.kind === 'language') language ??= cell;
      else if (plan.kind === 'timezone') timezone ??= cell;
      else if (plan.kind === 'priority') priority ??= cell;
      else if (plan.kind === 'customer_type') customerType ??= cell;
      else if (plan.kind === 'list') lists[plan.list].push(...splitListCell(cell, plan.list));
    }
    const typed: StoredRecipientInput = {
      id: 'profile',
      phone_number: '',
      preferences: {
        ...(language === undefined ? {} : { language }),
        ...(timezone === undefined ? {} : { timezone }),
        best_call_times: lists.call_windows,
        blackout_dates: lists.dates,
      },
      metadata: {
        ...(priority === undefined ? {} : { priority }),
        ...(customerType === undefined ? {} : { customer_type: customerType }),
        tags: lists.tags,
        custom_fields: {},
      },
    };
    const normalized = normalizeRecipient(typed, defaultCountry, { phoneNumbers });
    const profile: Profile = {
      index: profileList.length,
      issues: validateRecipient(typed, context).filter((issue) => issue.field !== 'phone_number'),
    };
    profileList.push({ preferences: normalized.preferences, metadata: normalized.metadata });
    // Bounded, for files where every row differs; those rows are then simply read one by one.
    if (profileCount < MAX_PROFILES) {
      profileCount++;
      remember(cells, profile);
    }
    return profile;
  }

  function convert(row: SpreadsheetRow, rowIndex: number): void {
    const cells = row.cells;
    const contact: Partial<Record<ContactKey, string>> = {};
    let customFields: Record<string, string> | undefined;
    let variables: Record<string, string> | undefined;
    let blank = true;

    const count = Math.min(cells.length, plans.length);
    for (let index = 0; index < count; index++) {
      const raw = cells[index] ?? '';
      if (isBlank(raw)) continue;
      blank = false;
      const plan = plans[index];
      if (!plan) continue;
      switch (plan.kind) {
        case 'contact':
          contact[plan.key] ??= restoreNeutralisedCell(raw);
          break;
        // Empty cells add no entry: an empty variable would override the agent's default.
        case 'custom':
          addEntry((customFields ??= {}), plan.key, restoreNeutralisedCell(raw));
          break;
        case 'variable':
          addEntry((variables ??= {}), plan.name, restoreNeutralisedCell(raw));
          break;
        default:
          // The phone is read by typedPhoneOf, profile columns by readProfile, ignored ones
          // not at all.
          break;
      }
    }
    if (blank) {
      report.emptyRowsSkipped++;
      return;
    }
    report.rowsRead++;

    const phone = typedPhoneOf(cells, phoneColumns);
    const number = phoneNumbers.read(phone, rowIndex);
    if (number.ok) {
      const inDraft = numbersInDraft.has(number.e164);
      const firstRowNumber = firstRowByNumber.get(number.e164);
      if (firstRowNumber === undefined) firstRowByNumber.set(number.e164, row.rowNumber);
      if (inDraft || firstRowNumber !== undefined) {
        const skip = policy === 'keep-first' || (policy === 'skip' && inDraft);
        report.duplicateCount++;
        if (report.duplicates.length < maxListed) {
          report.duplicates.push({
            rowNumber: row.rowNumber,
            phoneNumber: number.e164,
            firstRowNumber,
            inDraft,
            kept: !skip,
          });
        }
        if (skip) {
          report.duplicatesSkipped++;
          return;
        }
      }
    }

    const ownFields = customFields ?? {};
    const ownVariables = variables ?? {};
    const typed: StoredRecipientInput = {
      id: makeId(),
      phone_number: phone,
      contact_info: contact,
      metadata: { custom_fields: ownFields },
      variables: ownVariables,
    };
    // Checked as typed, like toRecipient does, so list positions match the cells.
    const ownIssues = validateRecipient(typed, context);
    const profile = readProfile(cells);
    // What normalizeRecipient makes of the row, in parts: its own fields, and the profile it
    // shares (assembleRecipient puts them together).
    converted.add(
      {
        id: typed.id,
        phone_number: number.ok ? number.e164 : phone.trim(),
        contact_info: normalizeContactInfo(contact),
        custom_fields: normalizeRecord(ownFields),
        variables: normalizeRecord(ownVariables),
        profile: profile.index,
        phone_country: number.ok ? (number.country ?? '') : null,
      },
      row.rowNumber,
    );
    report.imported++;

    if (ownIssues.length === 0 && profile.issues.length === 0) return;
    // In validateRecipient's order: the row's id and number, its profile, then the rest.
    const firstOwn = ownIssues.filter(
      (issue) => issue.field === 'id' || issue.field === 'phone_number',
    );
    const restOwn = ownIssues.filter(
      (issue) => issue.field !== 'id' && issue.field !== 'phone_number',
    );
    const issues = [...firstOwn, ...profile.issues, ...restOwn];
    if (issues.some((issue) => issue.severity === 'error')) report.rowsWithErrors++;
    else report.rowsWithWarnings++;
    report.issueCount += issues.length;
    for (const issue of issues) {
      if (report.issues.length >= maxListed) break;
      const column = columnOf(issue.field, cells);
      report.issues.push({
        rowNumber: row.rowNumber,
        column: column === undefined ? undefined : mapping[column]?.header,
        field: issue.field,
        code: issue.code,
        severity: issue.severity,
        message: issue.message,
        ...(issue.params ? { params: issue.params } : {}),
      });
    }
  }

  return {
    convert,
    takeBatch: () => {
      const batch = converted.take(profileList.slice(profilesTaken));
      profilesTaken = profileList.length;
      return batch;
    },
    report,
  };
}

/**
 * Turns spreadsheet rows into recipients through a column mapping: cells are read as typed
 * (list cells split, see list-cells), each row is validated with validateRecipient and stored
 * normalised with normalizeRecipient, and duplicates are handled by the policy. Rows with
 * problems are imported too and listed with their row, column and reason, so nothing is lost.
 */
export function rowsToRecipients(
  rows: readonly SpreadsheetRow[],
  mapping: readonly MappedColumn[],
  options: RowsToRecipientsOptions,
): RowsToRecipientsResult {
  const converter = createRowConverter(mapping, options);
  rows.forEach((row, index) => converter.convert(row, index));
  const batch = converter.takeBatch();
  return {
    recipients: createRecipientAssembler()(batch),
    rowNumbers: batch.rowNumbers,
    report: converter.report,
  };
}

const ROWS_PER_SLICE = 2000;

export interface ConvertHooks extends PipelineHooks {
  /**
   * Takes each slice's converted rows as soon as it is done (see converted-rows); they are
   * then not kept, and the result's recipients and rowNumbers are empty. A worker sends them
   * on while it converts the rest, so the page takes them in meanwhile, and 100k recipients
   * never pile up in the worker (where keeping them would keep its garbage collector busy).
   */
  onConverted?: (batch: ConvertedBatch) => void;
  /**
   * Awaited before the rows up to `end` (exclusive) are converted: lets their phone numbers be
   * normalised elsewhere first (see phone-number-helper).
   */
  rowsReady?: (end: number) => Promise<void>;
}

/**
 * rowsToRecipients in slices, reporting progress and checking for cancellation in between;
 * undefined when cancelled.
 */
export async function convertRows(
  rows: readonly SpreadsheetRow[],
  mapping: readonly MappedColumn[],
  options: RowsToRecipientsOptions,
  hooks: ConvertHooks = {},
): Promise<RowsToRecipientsResult | undefined> {
  const converter = createRowConverter(mapping, options);
  const assemble = createRecipientAssembler();
  const recipients: StoredRecipient[] = [];
  const rowNumbers: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (hooks.signal?.aborted) return undefined;
    const end = Math.min(rows.length, start + ROWS_PER_SLICE);
    if (hooks.rowsReady) await hooks.rowsReady(end);
    if (hooks.signal?.aborted) return undefined;
    for (let index = start; index < end; index++) {
      const row = rows[index];
      if (row) converter.convert(row, index);
    }
    const batch = converter.takeBatch();
    if (hooks.onConverted) {
      if (batch.ids.length > 0) hooks.onConverted(batch);
    } else {
      for (const recipient of assemble(batch)) recipients.push(recipient);
      for (const rowNumber of batch.rowNumbers) rowNumbers.push(rowNumber);
    }
    hooks.onProgress?.({ fraction: end / Math.max(1, rows.length), rows: end });
    if (end < rows.length && hooks.yieldToEventLoop) await hooks.yieldToEventLoop();
  }
  if (hooks.signal?.aborted) return undefined;
  return { recipients, rowNumbers, report: converter.report };
}
