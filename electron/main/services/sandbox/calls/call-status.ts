// Statuses are derived from the clock at answer time rather than stored, so they can never
// lag behind or contradict the call's timeline.
import type * as serialization from '@elevenlabs/elevenlabs-js/serialization';
import type { BatchRecord, CallRecord, RecipientRecord } from './call-records';
import { phaseAt } from './timeline';

export type RecipientStatus = serialization.BatchCallRecipientStatus.Raw;
export type BatchStatus = serialization.BatchCallStatus.Raw;
export type ConversationStatus = serialization.GetConversationResponseModelStatus.Raw;

const FINISHED: readonly RecipientStatus[] = ['completed', 'failed', 'voicemail'];
const TERMINAL: readonly RecipientStatus[] = [...FINISHED, 'cancelled'];

function callOutcomeStatus(call: CallRecord): RecipientStatus {
  switch (call.plan.kind) {
    case 'voicemail':
      return 'voicemail';
    case 'success':
    case 'declined':
    case 'unclear':
      return 'completed';
    default:
      return 'failed';
  }
}

export function recipientStatus(recipient: RecipientRecord, now: number): RecipientStatus {
  if (recipient.state === 'queued') return 'pending';
  if (recipient.state === 'cancelled' || !recipient.call) return 'cancelled';
  switch (phaseAt(recipient.call.timeline, now)) {
    case 'dialling':
      return 'dispatched';
    case 'ringing':
      return 'initiated';
    case 'talking':
      return 'in_progress';
    default:
      return callOutcomeStatus(recipient.call);
  }
}

export function isFinished(status: RecipientStatus): boolean {
  return FINISHED.includes(status);
}

/** Worth calling again on retry: not reached, or reached only a voicemail box. */
export function isRetryable(status: RecipientStatus): boolean {
  return status === 'failed' || status === 'voicemail';
}

export function batchStatus(batch: BatchRecord, now: number): BatchStatus {
  if (batch.cancelledAt !== null) return 'cancelled';
  const statuses = batch.recipients.map((recipient) => recipientStatus(recipient, now));
  if (statuses.every((status) => TERMINAL.includes(status))) return 'completed';
  if (now < batch.scheduledAt && statuses.every((status) => status === 'pending')) {
    return 'pending';
  }
  return 'in_progress';
}

export function conversationStatus(call: CallRecord, now: number): ConversationStatus {
  switch (phaseAt(call.timeline, now)) {
    case 'dialling':
    case 'ringing':
      return 'initiated';
    case 'talking':
      return 'in-progress';
    case 'processing':
      return 'processing';
    case 'ended':
      return callOutcomeStatus(call) === 'failed' ? 'failed' : 'done';
  }
}
