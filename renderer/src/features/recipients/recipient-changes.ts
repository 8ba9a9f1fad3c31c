import type { StoredRecipient } from '../../../../shared/domain/recipients';

/**
 * One row's part in an edit. `before` null: the row was added at `index`; `after` null: it was
 * removed from `index`; both set: it was replaced in place.
 */
export interface RowChange {
  id: string;
  index: number;
  before: StoredRecipient | null;
  after: StoredRecipient | null;
}

/** One undoable step: a cell edit, a bulk edit, an add or a delete. */
export interface Change {
  id: number;
  rows: RowChange[];
}

export interface RecipientList {
  recipients: readonly StoredRecipient[];
  indexById: ReadonlyMap<string, number>;
}

export function indexRecipients(recipients: readonly StoredRecipient[]): Map<string, number> {
  const index = new Map<string, number>();
  recipients.forEach((row, position) => index.set(row.id, position));
  return index;
}

export function invertChange(change: Change): Change {
  return {
    id: change.id,
    rows: change.rows.map((row) => ({ ...row, before: row.after, after: row.before })),
  };
}

/**
 * The list after the change. Replacements keep every row's position, so the id index is only
 * rebuilt when rows come or go: with 100k rows that is the difference between a cell edit
 * costing a copy of the array and costing a new map.
 */
export function applyChange(list: RecipientList, change: Change): RecipientList {
  let recipients = list.recipients;
  const removed = new Set<string>();
  const added: RowChange[] = [];
  let replaced = false;
  for (const row of change.rows) {
    if (row.after === null) removed.add(row.id);
    else if (row.before === null) added.push(row);
    else {
      const position = list.indexById.get(row.id);
      if (position === undefined) continue;
      if (!replaced) recipients = [...recipients];
      replaced = true;
      (recipients as StoredRecipient[])[position] = row.after;
    }
  }
  if (removed.size === 0 && added.length === 0) return { recipients, indexById: list.indexById };
  if (removed.size === 0 && isAppend(recipients.length, added))
    return append(list, recipients, added);

  if (removed.size > 0) recipients = recipients.filter((row) => !removed.has(row.id));
  if (added.length > 0) recipients = insertAt(recipients, added);
  return { recipients, indexById: indexRecipients(recipients) };
}

/** Whether the rows go at the end, in order: an import, a new row, or redoing either. */
function isAppend(length: number, rows: readonly RowChange[]): boolean {
  return rows.every((row, offset) => row.index === length + offset);
}

/**
 * Adds rows at the end: the index is copied and extended, where insertAt would sort the new
 * rows, walk the whole list and hash every id again, all while the page waits.
 */
function append(
  list: RecipientList,
  recipients: readonly StoredRecipient[],
  rows: readonly RowChange[],
): RecipientList {
  const result = recipients.slice();
  const indexById = new Map(list.indexById);
  for (const row of rows) appendRow(result, indexById, row);
  return { recipients: result, indexById };
}

function appendRow(
  recipients: StoredRecipient[],
  indexById: Map<string, number>,
  row: RowChange,
): void {
  if (!row.after) return;
  indexById.set(row.id, recipients.length);
  recipients.push(row.after);
}

/** Entries handled per task by appendInPieces: a few milliseconds' work. */
const ROWS_PER_PIECE = 10_000;

/**
 * Calls `each` on every item, `pause`-ing after each ROWS_PER_PIECE of them so other tasks
 * (input, painting) run in between; false if `signal` stopped it.
 */
async function forEachInPieces<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  pause: () => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  let count = 0;
  for (const item of items) {
    if (++count % ROWS_PER_PIECE === 0) {
      await pause();
      if (signal.aborted) return false;
    }
    each(item);
  }
  return !signal.aborted;
}

/**
 * The list with rows added at the end, like applyChange, made a piece at a time (see
 * forEachInPieces) for an import of many rows: `toRow` makes the change of each item, in
 * order, given the ids in the list so far. undefined if `signal` stopped it. `list` must not
 * change meanwhile.
 */
export async function appendInPieces<T>(
  list: RecipientList,
  items: readonly T[],
  toRow: (item: T, index: number, ids: ReadonlyMap<string, number>) => RowChange,
  pause: () => Promise<void>,
  signal: AbortSignal,
): Promise<RecipientList | undefined> {
  const recipients = list.recipients.slice();
  const indexById = new Map<string, number>();
  const copied = await forEachInPieces(
    list.indexById,
    ([id, index]) => indexById.set(id, index),
    pause,
    signal,
  );
  if (!copied) return undefined;
  const added = await forEachInPieces(
    items,
    (item) => appendRow(recipients, indexById, toRow(item, recipients.length, indexById)),
    pause,
    signal,
  );
  return added ? { recipients, indexById } : undefined;
}

/** Puts rows back at their recorded positions in one pass (undoing a delete of many rows). */
function insertAt(recipients: readonly StoredRecipient[], rows: RowChange[]): StoredRecipient[] {
  const sorted = [...rows].sort((a, b) => a.index - b.index);
  const result: StoredRecipient[] = [];
  let next = 0;
  for (const row of recipients) {
    while (next < sorted.length && (sorted[next]?.index ?? 0) <= result.length) {
      const after = sorted[next++]?.after;
      if (after) result.push(after);
    }
    result.push(row);
  }
  for (; next < sorted.length; next++) {
    const after = sorted[next]?.after;
    if (after) result.push(after);
  }
  return result;
}
