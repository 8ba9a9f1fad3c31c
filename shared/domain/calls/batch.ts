import { z } from 'zod';

export const BATCH_STATUSES = [
  'pending',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
] as const;
export const BatchStatusSchema = z.enum(BATCH_STATUSES);
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

export const RECIPIENT_CALL_STATUSES = [
  'pending',
  'dispatched',
  'initiated',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
  'voicemail',
] as const;
export const RecipientCallStatusSchema = z.enum(RECIPIENT_CALL_STATUSES);
export type RecipientCallStatus = z.infer<typeof RecipientCallStatusSchema>;

/** A batch as the batches list shows it. */
export const BatchSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  status: BatchStatusSchema,
  createdAt: z.number().int(),
  scheduledAt: z.number().int(),
  timezone: z.string().nullable(),
  dispatched: z.number().int(),
  scheduled: z.number().int(),
  finished: z.number().int(),
  retryCount: z.number().int(),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

export const BatchRecipientSchema = z.object({
  /** ElevenLabs' own id of this recipient row. */
  id: z.string(),
  phoneNumber: z.string().nullable(),
  status: RecipientCallStatusSchema,
  updatedAt: z.number().int(),
  conversationId: z.string().nullable(),
  dynamicVariables: z.record(z.string(), z.string()),
});
export type BatchRecipient = z.infer<typeof BatchRecipientSchema>;

export const BatchDetailsSchema = BatchSummarySchema.extend({
  recipients: z.array(BatchRecipientSchema),
});
export type BatchDetails = z.infer<typeof BatchDetailsSchema>;

export const BatchPageSchema = z.object({
  batches: z.array(BatchSummarySchema),
  nextCursor: z.string().nullable(),
});
export type BatchPage = z.infer<typeof BatchPageSchema>;

export function isBatchFinished(status: BatchStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}
