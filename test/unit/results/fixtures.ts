import type { BatchDetails, BatchRecipient } from '../../../shared/domain/calls/batch';
import { createEmptyRecipient, type StoredRecipient } from '../../../shared/domain/recipients';
import {
  buildBatchView,
  createRecipientJoin,
  type BatchView,
  type CallResult,
} from '../../../shared/domain/results';

export function person(id: string, phone: string, name = id, fields: Record<string, string> = {}) {
  const empty = createEmptyRecipient(id, phone);
  return {
    ...empty,
    contact_info: { name },
    metadata: { ...empty.metadata, custom_fields: fields },
  } satisfies StoredRecipient;
}

export function call(
  id: string,
  phoneNumber: string | null,
  status: BatchRecipient['status'] = 'pending',
  extra: Partial<BatchRecipient> = {},
): BatchRecipient {
  return {
    id,
    phoneNumber,
    status,
    updatedAt: 1_777_000_000,
    conversationId: status === 'pending' ? null : `conv_${id}`,
    dynamicVariables: {},
    ...extra,
  };
}

export function result(conversationId: string, extra: Partial<CallResult> = {}): CallResult {
  return {
    id: conversationId,
    status: 'done',
    startedAt: 1_777_000_000,
    durationSeconds: 42.4,
    summary: 'Booked a haircut.',
    callSuccessful: 'success',
    dataCollection: {},
    evaluation: [],
    hasAudio: true,
    ...extra,
  };
}

export function details(recipients: BatchRecipient[], id = 'btcal_1'): BatchDetails {
  return {
    id,
    name: 'Spring reminders [k1]',
    agentId: 'agent_1',
    agentName: 'Salon Bella',
    status: recipients.every((recipient) => recipient.status === 'completed')
      ? 'completed'
      : 'in_progress',
    createdAt: 1_777_000_000,
    scheduledAt: 1_777_000_000,
    timezone: null,
    dispatched: recipients.filter((recipient) => recipient.status !== 'pending').length,
    scheduled: recipients.length,
    finished: recipients.filter((recipient) => recipient.status === 'completed').length,
    retryCount: 0,
    recipients,
  };
}

export function viewOf(
  people: StoredRecipient[],
  calls: BatchRecipient[],
  results: Record<string, CallResult> = {},
  version = 1,
): BatchView {
  const join = createRecipientJoin({ recipients: people, defaultCountry: 'PL' });
  return buildBatchView({
    details: details(calls),
    campaign: { draftId: 'draft-1', name: 'Spring reminders' },
    people: join.match(calls.map((entry) => entry.phoneNumber)),
    results,
    version,
    fetchedAt: 1_777_000_000_000,
    offline: false,
  });
}
