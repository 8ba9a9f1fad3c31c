import { z } from 'zod';
import { BatchSummarySchema, type BatchSummary } from '../calls/batch';
import {
  BatchViewRecipientSchema,
  CampaignRefSchema,
  type BatchView,
  type BatchViewRecipient,
  type CampaignRef,
} from './batch-view';
import { sameCounts, StatusCountsSchema } from './status-counts';

export const RecipientChangesSchema = z.object({
  /** The view version these changes apply to. */
  fromVersion: z.number().int(),
  /** New or changed rows, whole. */
  changed: z.array(BatchViewRecipientSchema),
  removedIds: z.array(z.string()),
});
export type RecipientChanges = z.infer<typeof RecipientChangesSchema>;

/**
 * What main pushes when a batch changes: always the small parts of the view, and the rows that
 * changed when the batch is on screen. A 10,000-call batch changes a few dozen rows per poll,
 * so sending whole views would copy megabytes into the renderer every few seconds.
 */
export const BatchUpdateSchema = z.object({
  batchId: z.string(),
  version: z.number().int(),
  batch: BatchSummarySchema,
  campaign: CampaignRefSchema.nullable(),
  counts: StatusCountsSchema,
  fetchedAt: z.number().int(),
  offline: z.boolean(),
  /** Null when only the summary was sent (the batch is not on screen). */
  recipients: RecipientChangesSchema.nullable(),
});
export type BatchUpdate = z.infer<typeof BatchUpdateSchema>;

function sameRow(a: BatchViewRecipient, b: BatchViewRecipient): boolean {
  // Results are kept only once a call is over and never change after, so their id and status
  // say whether they did; the person is matched from a launched (read-only) draft.
  return (
    a.status === b.status &&
    a.updatedAt === b.updatedAt &&
    a.conversationId === b.conversationId &&
    a.phoneNumber === b.phoneNumber &&
    a.result?.id === b.result?.id &&
    a.result?.status === b.result?.status &&
    a.person?.id === b.person?.id
  );
}

function sameSummary(a: BatchSummary, b: BatchSummary): boolean {
  return (Object.keys(a) as (keyof BatchSummary)[]).every((key) => a[key] === b[key]);
}

function sameCampaign(a: CampaignRef | null, b: CampaignRef | null): boolean {
  return a?.draftId === b?.draftId && a?.name === b?.name;
}

/** The rows of `next` that are new or differ from `previous`, and the ids that went away. */
export function diffRecipients(
  previous: BatchView,
  next: BatchView,
): Omit<RecipientChanges, 'fromVersion'> {
  const changed: BatchViewRecipient[] = [];
  const rows = next.recipients;
  const oldRows = previous.recipients;
  // A batch keeps its rows in one order, so rows are compared place by place; only a batch
  // whose rows moved, came or went needs the lookup by id.
  if (rows.length === oldRows.length && rows.every((row, index) => row.id === oldRows[index]?.id)) {
    rows.forEach((row, index) => {
      const old = oldRows[index];
      if (old === undefined || !sameRow(old, row)) changed.push(row);
    });
    return { changed, removedIds: [] };
  }
  const before = new Map<string, BatchViewRecipient>();
  for (const row of oldRows) before.set(row.id, row);
  for (const row of rows) {
    const old = before.get(row.id);
    if (old === undefined || !sameRow(old, row)) changed.push(row);
    before.delete(row.id);
  }
  return { changed, removedIds: [...before.keys()] };
}

/** Whether anyone looking at `previous` would see something different in `next`. */
export function viewChanged(previous: BatchView, next: BatchView): boolean {
  if (
    previous.offline !== next.offline ||
    !sameSummary(previous.batch, next.batch) ||
    !sameCounts(previous.counts, next.counts) ||
    !sameCampaign(previous.campaign, next.campaign) ||
    previous.recipients.length !== next.recipients.length
  ) {
    return true;
  }
  return previous.recipients.some((row, index) => {
    const other = next.recipients[index];
    return other === undefined || other.id !== row.id || !sameRow(row, other);
  });
}

/**
 * The update from `previous` to `next`. Without a previous view (or without `withRecipients`)
 * only the summary goes: a renderer holding no rows has nothing to apply changes to.
 */
export function toBatchUpdate(
  previous: BatchView | null,
  next: BatchView,
  withRecipients: boolean,
): BatchUpdate {
  return {
    batchId: next.batch.id,
    version: next.version,
    batch: next.batch,
    campaign: next.campaign,
    counts: next.counts,
    fetchedAt: next.fetchedAt,
    offline: next.offline,
    recipients:
      withRecipients && previous !== null
        ? { fromVersion: previous.version, ...diffRecipients(previous, next) }
        : null,
  };
}

/**
 * The view after an update, or null when the update cannot be applied to it (it is for another
 * version, or carries no rows): the renderer then asks for the whole view again.
 */
export function applyBatchUpdate(view: BatchView, update: BatchUpdate): BatchView | null {
  if (update.batchId !== view.batch.id) return null;
  if (update.version === view.version) return view;
  const changes = update.recipients;
  if (changes === null || changes.fromVersion !== view.version) return null;
  const replacements = new Map<string, BatchViewRecipient>();
  for (const row of changes.changed) replacements.set(row.id, row);
  const removed = new Set(changes.removedIds);
  const recipients: BatchViewRecipient[] = [];
  for (const row of view.recipients) {
    if (removed.has(row.id)) continue;
    recipients.push(replacements.get(row.id) ?? row);
    replacements.delete(row.id);
  }
  // Not push(...): a batch's worth of new rows would be too many arguments for the stack.
  for (const row of replacements.values()) recipients.push(row);
  return {
    batch: update.batch,
    campaign: update.campaign,
    counts: update.counts,
    recipients,
    version: update.version,
    fetchedAt: update.fetchedAt,
    offline: update.offline,
  };
}
