// Batches as the batch-calling endpoints answer them.
import type { BatchCallDetailWire, BatchCallWire, BatchRecipientWire } from '../wire';
import type { BatchRecord, RecipientRecord } from './call-records';
import { batchStatus, isFinished, recipientStatus } from './call-status';
import { lastChangeAt } from './timeline';

const secs = (ms: number) => Math.floor(ms / 1000);

function recipientUpdatedAt(recipient: RecipientRecord, now: number): number {
  const call = recipient.call;
  if (!call) return recipient.changedAt;
  // Analysis finishing is the conversation's business, not a change of the recipient.
  const callChange = Math.min(lastChangeAt(call.timeline, now), call.timeline.endedAt);
  return Math.max(recipient.changedAt, callChange);
}

export function toBatchCall(batch: BatchRecord, now: number): BatchCallWire {
  const statuses = batch.recipients.map((recipient) => recipientStatus(recipient, now));
  // A loop rather than Math.max(...spread): batches can hold more recipients than a call
  // may take arguments.
  let updatedAt = batch.changedAt;
  for (const recipient of batch.recipients) {
    updatedAt = Math.max(updatedAt, recipientUpdatedAt(recipient, now));
  }
  return {
    id: batch.id,
    phone_number_id: batch.from.phone_number_id,
    phone_provider: batch.from.provider,
    name: batch.name,
    agent_id: batch.agent.agent_id,
    agent_name: batch.agent.name,
    created_at_unix: secs(batch.createdAt),
    scheduled_time_unix: secs(batch.scheduledAt),
    timezone: batch.timezone,
    total_calls_dispatched: batch.recipients.filter((recipient) => recipient.state === 'dialled')
      .length,
    total_calls_scheduled: batch.recipients.length,
    total_calls_finished: statuses.filter(isFinished).length,
    last_updated_at_unix: secs(updatedAt),
    status: batchStatus(batch, now),
    retry_count: batch.retryCount,
    telephony_call_config: {
      ringing_timeout_secs: batch.telephonyCallConfig?.ringing_timeout_secs ?? null,
      twilio_call_recording_enabled:
        batch.telephonyCallConfig?.twilio_call_recording_enabled ?? null,
    },
    target_concurrency_limit: batch.targetConcurrency,
  };
}

function toRecipient(recipient: RecipientRecord, now: number): BatchRecipientWire {
  const clientData = recipient.clientData;
  return {
    id: recipient.id,
    phone_number: recipient.phoneNumber,
    status: recipientStatus(recipient, now),
    created_at_unix: secs(recipient.createdAt),
    updated_at_unix: secs(recipientUpdatedAt(recipient, now)),
    conversation_id: recipient.call?.conversationId ?? null,
    conversation_initiation_client_data: clientData
      ? {
          dynamic_variables: clientData.dynamic_variables ?? {},
          ...(clientData.conversation_config_override
            ? { conversation_config_override: clientData.conversation_config_override }
            : {}),
        }
      : null,
  };
}

export function toBatchCallDetail(batch: BatchRecord, now: number): BatchCallDetailWire {
  return {
    ...toBatchCall(batch, now),
    recipients: batch.recipients.map((recipient) => toRecipient(recipient, now)),
  };
}
