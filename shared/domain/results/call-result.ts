import { z } from 'zod';
import { ConversationSchema, type Conversation } from '../calls/conversation';

/**
 * What Callsheet keeps of a finished call: the outcome and analysis, not the transcript or the
 * recording, which stay with ElevenLabs and are fetched when someone opens the call.
 */
export const CallResultSchema = ConversationSchema.omit({ transcript: true, agentId: true });
export type CallResult = z.infer<typeof CallResultSchema>;

export function toCallResult(conversation: Conversation): CallResult {
  return {
    id: conversation.id,
    status: conversation.status,
    startedAt: conversation.startedAt,
    durationSeconds: conversation.durationSeconds,
    summary: conversation.summary,
    callSuccessful: conversation.callSuccessful,
    dataCollection: conversation.dataCollection,
    evaluation: conversation.evaluation,
    hasAudio: conversation.hasAudio,
  };
}
