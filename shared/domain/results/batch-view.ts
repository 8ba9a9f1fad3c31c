import { z } from 'zod';
import { BatchRecipientSchema, BatchSummarySchema, type BatchDetails } from '../calls/batch';
import { StoredRecipientSchema, type StoredRecipient } from '../recipients';
import { CallResultSchema, type CallResult } from './call-result';
import { countByStatus, StatusCountsSchema } from './status-counts';

/** The campaign (draft) a batch was launched from. */
export const CampaignRefSchema = z.object({ draftId: z.string(), name: z.string() });
export type CampaignRef = z.infer<typeof CampaignRefSchema>;

export const BatchListItemSchema = BatchSummarySchema.extend({
  campaign: CampaignRefSchema.nullable(),
});
export type BatchListItem = z.infer<typeof BatchListItemSchema>;

export const BatchViewRecipientSchema = BatchRecipientSchema.extend({
  /** The campaign row the call was for, with all its fields; null if none matches. */
  person: StoredRecipientSchema.nullable(),
  /** Set once the call is over and its analysis was fetched. */
  result: CallResultSchema.nullable(),
});
export type BatchViewRecipient = z.infer<typeof BatchViewRecipientSchema>;

export const BatchViewSchema = z.object({
  batch: BatchSummarySchema,
  campaign: CampaignRefSchema.nullable(),
  counts: StatusCountsSchema,
  recipients: z.array(BatchViewRecipientSchema),
  /** Grows with every change main sees; an update names the version it applies to. */
  version: z.number().int(),
  /** When ElevenLabs last answered for this batch (ms since the epoch). */
  fetchedAt: z.number().int(),
  /**
   * ElevenLabs could not be asked (offline, refusing, or the batch is gone there): this is the
   * copy saved on this computer.
   */
  offline: z.boolean(),
});
export type BatchView = z.infer<typeof BatchViewSchema>;

export interface BatchViewParts {
  details: BatchDetails;
  campaign: CampaignRef | null;
  /** From RecipientJoin.match, one per batch recipient. */
  people: readonly (StoredRecipient | null)[];
  /** Call results by conversation id. */
  results: Readonly<Record<string, CallResult>>;
  version: number;
  fetchedAt: number;
  offline: boolean;
}

export function buildBatchView(parts: BatchViewParts): BatchView {
  const { details, people, results } = parts;
  const recipients = details.recipients.map((recipient, index): BatchViewRecipient => ({
    ...recipient,
    person: people[index] ?? null,
    result: recipient.conversationId !== null ? (results[recipient.conversationId] ?? null) : null,
  }));
  return {
    // Parsing leaves the recipients out: the view has them joined, below.
    batch: BatchSummarySchema.parse(details),
    campaign: parts.campaign,
    counts: countByStatus(recipients),
    recipients,
    version: parts.version,
    fetchedAt: parts.fetchedAt,
    offline: parts.offline,
  };
}
