import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { BatchDetails, BatchSummary } from '../../../../shared/domain/calls/batch';
import type { Conversation } from '../../../../shared/domain/calls/conversation';

export function toBatchSummary(batch: ElevenLabs.BatchCallResponse): BatchSummary {
  return {
    id: batch.id,
    name: batch.name,
    agentId: batch.agentId,
    agentName: batch.agentName,
    status: batch.status,
    createdAt: batch.createdAtUnix,
    scheduledAt: batch.scheduledTimeUnix,
    timezone: batch.timezone ?? null,
    dispatched: batch.totalCallsDispatched,
    scheduled: batch.totalCallsScheduled,
    finished: batch.totalCallsFinished,
    retryCount: batch.retryCount,
  };
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function textRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asText(item)]));
}

export function toBatchDetails(batch: ElevenLabs.BatchCallDetailedResponse): BatchDetails {
  return {
    ...toBatchSummary(batch),
    recipients: batch.recipients.map((recipient) => ({
      id: recipient.id,
      phoneNumber: recipient.phoneNumber ?? null,
      status: recipient.status,
      updatedAt: recipient.updatedAtUnix,
      conversationId: recipient.conversationId ?? null,
      dynamicVariables: textRecord(recipient.conversationInitiationClientData?.dynamicVariables),
    })),
  };
}

export function toConversation(
  conversation: ElevenLabs.GetConversationResponseModel,
): Conversation {
  const analysis = conversation.analysis;
  const turns = conversation.transcript.flatMap((turn) =>
    (turn.role === 'agent' || turn.role === 'user') && turn.message
      ? [{ role: turn.role, message: turn.message, atSeconds: turn.timeInCallSecs }]
      : [],
  );
  return {
    id: conversation.conversationId,
    agentId: conversation.agentId,
    status: conversation.status,
    startedAt: conversation.metadata.startTimeUnixSecs ?? null,
    durationSeconds: conversation.metadata.callDurationSecs ?? null,
    transcript: turns,
    summary: analysis?.transcriptSummary || null,
    callSuccessful: analysis?.callSuccessful ?? null,
    dataCollection: Object.fromEntries(
      Object.entries(analysis?.dataCollectionResults ?? {}).map(([id, result]) => [
        id,
        asText(result.value),
      ]),
    ),
    evaluation: Object.entries(analysis?.evaluationCriteriaResults ?? {}).map(([id, result]) => ({
      id,
      result: result.result,
      rationale: result.rationale,
    })),
    hasAudio: conversation.hasAudio,
  };
}
