import { z } from 'zod';

export const ConversationStatusSchema = z.enum([
  'initiated',
  'in-progress',
  'processing',
  'done',
  'failed',
]);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

export const CallSuccessSchema = z.enum(['success', 'failure', 'unknown']);
export type CallSuccess = z.infer<typeof CallSuccessSchema>;

export const TranscriptTurnSchema = z.object({
  role: z.enum(['agent', 'user']),
  message: z.string(),
  atSeconds: z.number(),
});
export type TranscriptTurn = z.infer<typeof TranscriptTurnSchema>;

export const ConversationSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  status: ConversationStatusSchema,
  startedAt: z.number().int().nullable(),
  durationSeconds: z.number().nullable(),
  transcript: z.array(TranscriptTurnSchema),
  summary: z.string().nullable(),
  callSuccessful: CallSuccessSchema.nullable(),
  /** Data collection results by field id, values as text. */
  dataCollection: z.record(z.string(), z.string()),
  evaluation: z.array(
    z.object({ id: z.string(), result: CallSuccessSchema, rationale: z.string() }),
  ),
  hasAudio: z.boolean(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export function isConversationOver(status: ConversationStatus): boolean {
  return status === 'done' || status === 'failed';
}
