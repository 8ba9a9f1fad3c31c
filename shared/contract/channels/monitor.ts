import { z } from 'zod';
import { ConversationSchema } from '../../domain/calls/conversation';
import { DraftNameSchema, DraftProblemSchema, DraftSummarySchema } from '../../domain/drafts/draft';
import { BatchListItemSchema, BatchViewSchema, FollowUpFilterSchema } from '../../domain/results';
import { channel } from '../define';
import { Id } from './common';

const BatchInput = z.strictObject({ batchId: Id });
const ConversationInput = z.strictObject({ conversationId: Id });

export const monitorChannels = {
  /**
   * Newest first, a page at a time ("load more" passes the previous page's nextCursor), and the
   * saved results found unreadable, each moved aside.
   */
  listBatches: channel(
    z.strictObject({ cursor: z.string().max(1000).optional() }),
    z.object({
      batches: z.array(BatchListItemSchema),
      nextCursor: z.string().nullable(),
      problems: z.array(DraftProblemSchema),
    }),
  ),
  /** Every call of the batch with the person it was for; live updates follow as batchUpdated. */
  getBatchView: channel(BatchInput, BatchViewSchema),
  cancelBatch: channel(BatchInput, BatchListItemSchema),
  /** Calls again everyone not reached or reached only a voicemail box. */
  retryBatch: channel(BatchInput, BatchListItemSchema),
  /** Removes it from ElevenLabs; the results saved on this computer stay for the export. */
  deleteBatch: channel(BatchInput, z.object({ batchId: z.string() })),
  /** What is on screen now (replacing the last call's list), and whether the window is visible. */
  watchBatches: channel(
    z.strictObject({ batchIds: z.array(Id).max(500), visible: z.boolean() }),
    z.object({ watching: z.array(z.string()) }),
  ),
  getConversationView: channel(
    ConversationInput,
    z.object({
      conversation: ConversationSchema,
      /**
       * ElevenLabs could not be reached: this is what was saved on this computer. The recording
       * always needs a connection.
       */
      offline: z.boolean(),
      /** False when only the call's result was saved: its transcript needs a connection. */
      transcriptSaved: z.boolean(),
    }),
  ),
  /** The recording, fetched by main so the API key never reaches the renderer. */
  getConversationAudio: channel(
    ConversationInput,
    z.object({ mimeType: z.string(), base64: z.string() }),
  ),
  /** The campaign's results as CSV text; the renderer offers to save it under fileName. */
  exportResults: channel(
    z.strictObject({ draftId: Id }),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  /** A new draft with the people whose call matched the filter, as they were in the campaign. */
  createFollowUpDraft: channel(
    z.strictObject({ draftId: Id, filter: FollowUpFilterSchema, name: DraftNameSchema.optional() }),
    DraftSummarySchema,
  ),
};
