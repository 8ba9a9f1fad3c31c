// Conversations as GET /v1/convai/conversations[/:id] answer them, revealed as far as the
// call has got at `now`: a transcript grows while the call is under way, the analysis only
// exists once the call is over and processed.
import type { CallRecord } from '../calls/call-records';
import { conversationStatus } from '../calls/call-status';
import type { DataValue } from '../calls/outcome-script';
import { phaseAt } from '../calls/timeline';
import type * as serialization from '@elevenlabs/elevenlabs-js/serialization';
import type {
  ClientDataEchoWire,
  ConversationAnalysisWire,
  ConversationMetadataWire,
  ConversationSummaryWire,
  ConversationWire,
  DataCollectionResultWire,
  EvaluationResultWire,
  TranscriptTurnWire,
} from '../wire';

type CallResultWire = serialization.CallResult.Raw;
type PhoneCallWire = NonNullable<ConversationMetadataWire['phone_call']>;
type JsonSchemaWire = NonNullable<DataCollectionResultWire['json_schema']>;

const secs = (ms: number) => Math.floor(ms / 1000);

/** Seconds spoken so far (or in total, once over). */
function talkSecs(call: CallRecord, now: number): number {
  const { answeredAt, endedAt } = call.timeline;
  if (answeredAt === null || now < answeredAt) return 0;
  return secs(Math.min(now, endedAt) - answeredAt);
}

function isOver(call: CallRecord, now: number): boolean {
  return now >= call.timeline.endedAt;
}

/** Analysis and audio exist once the conversation is done (or has failed). */
function isAnalysed(call: CallRecord, now: number): boolean {
  return phaseAt(call.timeline, now) === 'ended';
}

function callResult(call: CallRecord): CallResultWire {
  switch (call.plan.kind) {
    case 'voicemail':
      return 'voicemail';
    case 'no_answer':
      return 'no_answer';
    case 'busy':
      return 'busy';
    case 'error':
      return 'failed';
    default:
      return 'answered';
  }
}

// SIP response codes the failure would carry.
const FAILURE_CODES: Partial<Record<CallRecord['plan']['kind'], number>> = {
  no_answer: 480,
  busy: 486,
  error: 500,
};

function phoneCall(call: CallRecord, now: number): PhoneCallWire {
  const common = {
    direction: 'outbound' as const,
    phone_number_id: call.from.phone_number_id,
    agent_number: call.from.phone_number,
    external_number: call.toNumber,
    call_result: isOver(call, now) ? callResult(call) : null,
    call_sid: call.line.callSid,
  };
  return call.line.provider === 'sip_trunk'
    ? { type: 'sip_trunking', ...common, call_id: call.line.sipCallId }
    : { type: 'twilio', ...common, stream_sid: call.line.streamSid };
}

function metadata(call: CallRecord, now: number): ConversationMetadataWire {
  const over = isOver(call, now);
  const failureCode = FAILURE_CODES[call.plan.kind];
  return {
    start_time_unix_secs: secs(call.timeline.dialledAt),
    accepted_time_unix_secs:
      call.timeline.answeredAt !== null && now >= call.timeline.answeredAt
        ? secs(call.timeline.answeredAt)
        : null,
    call_duration_secs: talkSecs(call, now),
    phone_call: phoneCall(call, now),
    batch_call: call.batch
      ? {
          batch_call_id: call.batch.batchId,
          batch_call_recipient_id: call.batch.recipientId,
        }
      : null,
    termination_reason: over ? call.content.terminationReason : null,
    error:
      over && failureCode !== undefined
        ? { code: failureCode, reason: call.content.terminationReason }
        : null,
    main_language: call.content.language,
    text_only: false,
    conversation_initiation_source: call.line.provider === 'sip_trunk' ? 'sip_trunk' : 'twilio',
    timezone: call.timezone,
  };
}

function jsonSchema(call: CallRecord, id: string, value: DataValue): JsonSchemaWire {
  const declared = call.agent.platform_settings?.data_collection?.[id];
  if (declared) return { type: declared.type, description: declared.description ?? null };
  const type =
    typeof value === 'boolean'
      ? 'boolean'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : 'string';
  return { type, description: null };
}

function dataCollectionResults(call: CallRecord): Record<string, DataCollectionResultWire> {
  return Object.fromEntries(
    Object.entries(call.content.dataCollection).map(([id, value]) => [
      id,
      {
        data_collection_id: id,
        value,
        json_schema: jsonSchema(call, id, value),
        rationale:
          value === null
            ? 'This was not discussed in the conversation.'
            : 'Stated by the customer during the call.',
      },
    ]),
  );
}

const CRITERIA_RATIONALE = {
  success: 'The goal of the call was achieved.',
  failure: 'The goal of the call was not achieved.',
  unknown: 'The conversation does not show whether the goal was achieved.',
} as const;

function evaluationResults(call: CallRecord): Record<string, EvaluationResultWire> {
  const result = call.timeline.answeredAt === null ? 'unknown' : call.plan.verdict;
  const criteria = call.agent.platform_settings?.evaluation?.criteria ?? [];
  return Object.fromEntries(
    criteria.map((criterion) => [
      criterion.id,
      { criteria_id: criterion.id, result, rationale: CRITERIA_RATIONALE[result] },
    ]),
  );
}

function analysis(call: CallRecord): ConversationAnalysisWire {
  return {
    call_successful: call.plan.verdict,
    transcript_summary: call.content.summary,
    call_summary_title: call.content.title,
    data_collection_results: dataCollectionResults(call),
    evaluation_criteria_results: evaluationResults(call),
  };
}

function transcript(call: CallRecord, now: number): TranscriptTurnWire[] {
  const { answeredAt } = call.timeline;
  if (answeredAt === null || now < answeredAt) return [];
  const spoken = isOver(call, now) ? Infinity : (now - answeredAt) / 1000;
  return call.content.turns
    .filter((turn) => turn.timeInCallSecs <= spoken)
    .map((turn) => ({
      role: turn.role,
      message: turn.message,
      time_in_call_secs: turn.timeInCallSecs,
    }));
}

function clientData(call: CallRecord): ClientDataEchoWire {
  const override = call.clientData?.conversation_config_override;
  return {
    dynamic_variables: call.echoedVariables,
    ...(override ? { conversation_config_override: override } : {}),
    ...(call.clientData?.user_id ? { user_id: call.clientData.user_id } : {}),
  };
}

/** `call_successful` as reported: unknown until the analysis is ready. */
export function reportedVerdict(call: CallRecord, now: number): CallRecord['plan']['verdict'] {
  return isAnalysed(call, now) ? call.plan.verdict : 'unknown';
}

export function hasAudio(call: CallRecord, now: number): boolean {
  return call.plan.recorded && isAnalysed(call, now);
}

export function toConversation(call: CallRecord, now: number): ConversationWire {
  const audio = hasAudio(call, now);
  return {
    agent_id: call.agent.agent_id,
    agent_name: call.agent.name,
    conversation_id: call.conversationId,
    status: conversationStatus(call, now),
    user_id: call.clientData?.user_id ?? null,
    metadata: metadata(call, now),
    analysis: isAnalysed(call, now) ? analysis(call) : null,
    conversation_initiation_client_data: clientData(call),
    has_audio: audio,
    has_user_audio: audio,
    has_response_audio: audio,
    has_auxiliary_audio: false,
    transcript: transcript(call, now),
  };
}

export interface SummaryOptions {
  includeSummary: boolean;
  dataCollectionIds: readonly string[];
  evaluationCriteriaIds: readonly string[];
}

export function toConversationSummary(
  call: CallRecord,
  now: number,
  options: SummaryOptions,
): ConversationSummaryWire {
  const analysed = isAnalysed(call, now);
  const pick = <T>(all: Record<string, T>, ids: readonly string[]) =>
    Object.fromEntries(Object.entries(all).filter(([id]) => ids.includes(id)));
  return {
    agent_id: call.agent.agent_id,
    agent_name: call.agent.name,
    conversation_id: call.conversationId,
    start_time_unix_secs: secs(call.timeline.dialledAt),
    call_duration_secs: talkSecs(call, now),
    message_count: transcript(call, now).length,
    status: conversationStatus(call, now),
    termination_reason: isOver(call, now) ? call.content.terminationReason : null,
    call_successful: reportedVerdict(call, now),
    ...(analysed && options.includeSummary
      ? { transcript_summary: call.content.summary, call_summary_title: call.content.title }
      : {}),
    main_language: call.content.language,
    conversation_initiation_source: call.line.provider === 'sip_trunk' ? 'sip_trunk' : 'twilio',
    direction: 'outbound',
    ...(analysed && options.dataCollectionIds.length > 0
      ? { data_collection_results: pick(dataCollectionResults(call), options.dataCollectionIds) }
      : {}),
    ...(analysed && options.evaluationCriteriaIds.length > 0
      ? {
          evaluation_criteria_results: pick(
            Object.fromEntries(
              Object.entries(evaluationResults(call)).map(([id, result]) => [
                id,
                { result: result.result },
              ]),
            ),
            options.evaluationCriteriaIds,
          ),
        }
      : {}),
  };
}
