import type { ConversationContent } from '../conversations/compose';
import type { AgentRecord } from '../records';
import type { ClientDataInput, TelephonyCallConfigInput } from '../validation/call-requests';
import type { PhoneNumberWire } from '../wire';
import type { CallPlan } from './call-plan';
import type { CallTimeline } from './timeline';

export type CallLine =
  | { provider: 'twilio'; callSid: string; streamSid: string }
  | { provider: 'sip_trunk'; callSid: string; sipCallId: string };

/** One phone call, i.e. one conversation; it outlives the batch that placed it. */
export interface CallRecord {
  conversationId: string;
  agent: AgentRecord['agent'];
  /** The workspace number the call is placed from. */
  from: PhoneNumberWire;
  toNumber: string;
  clientData: ClientDataInput | null;
  /** What `conversation_initiation_client_data.dynamic_variables` reports. */
  readonly echoedVariables: Record<string, string | number | boolean>;
  timezone: string | null;
  line: CallLine;
  plan: CallPlan;
  timeline: CallTimeline;
  /** What was said and concluded; worked out on first read. */
  readonly content: ConversationContent;
  batch: { batchId: string; recipientId: string } | null;
}

export type RecipientState = 'queued' | 'dialled' | 'cancelled';

export interface RecipientRecord {
  id: string;
  phoneNumber: string;
  clientData: ClientDataInput | null;
  createdAt: number;
  /** The last change that was not the call's own progress (queued again, cancelled). */
  changedAt: number;
  state: RecipientState;
  /** The current attempt's call; earlier attempts stay in the conversation history. */
  call: CallRecord | null;
  attempts: number;
}

export interface BatchRecord {
  id: string;
  name: string;
  agent: AgentRecord['agent'];
  from: PhoneNumberWire;
  createdAt: number;
  /** When dialling may begin (the requested schedule, or submission time). */
  scheduledAt: number;
  timezone: string | null;
  telephonyCallConfig: TelephonyCallConfigInput | null;
  /** As requested; null = the workspace decides (DEFAULT_CONCURRENCY here). */
  targetConcurrency: number | null;
  recipients: RecipientRecord[];
  /** Recipients waiting to be dialled, in order. */
  queue: RecipientRecord[];
  /** Calls of this batch that may still be running; pruned as the clock passes their end. */
  active: CallRecord[];
  /** Sandbox time up to which dialling has been simulated. */
  dispatchedUpTo: number;
  cancelledAt: number | null;
  retryCount: number;
  changedAt: number;
}
