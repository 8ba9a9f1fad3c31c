// Batches and calls as they progress over sandbox time. Nothing runs on timers: whenever
// someone looks (an API request, a clock advance) the simulation catches up to "now",
// processing every dial that became due in time order. That makes the outcome identical
// whether a test advances the clock in one jump or in many small steps.
import { callVariables, type CallVariables } from '../conversations/call-variables';
import { composeConversation, type ConversationContent } from '../conversations/compose';
import { randomResourceId, sipCallId, twilioCallSid, twilioStreamSid } from '../ids';
import type { AgentRecord } from '../records';
import type {
  ClientDataInput,
  RecipientInput,
  TelephonyCallConfigInput,
} from '../validation/call-requests';
import type { PhoneNumberWire } from '../wire';
import { planCall } from './call-plan';
import type { BatchRecord, CallLine, CallRecord, RecipientRecord } from './call-records';
import { batchStatus, isRetryable, recipientStatus } from './call-status';
import type { OutcomeScript } from './outcome-script';
import { timelineFor } from './timeline';

/** Simultaneous calls per batch when the request names no target_concurrency_limit. */
export const DEFAULT_CONCURRENCY = 5;

export interface NewBatch {
  name: string;
  agent: AgentRecord['agent'];
  from: PhoneNumberWire;
  recipients: RecipientInput[];
  scheduledAt: number | null;
  timezone: string | null;
  telephonyCallConfig: TelephonyCallConfigInput | null;
  targetConcurrency: number | null;
}

export interface NewCall {
  agent: AgentRecord['agent'];
  from: PhoneNumberWire;
  toNumber: string;
  clientData: ClientDataInput | null;
}

interface Dial extends NewCall {
  dialledAt: number;
  attempt: number;
  timezone: string | null;
  batch: BatchRecord | null;
  recipientId: string | null;
}

/** Why a batch action was refused; routes turn it into the API's error. */
export class BatchActionError extends Error {
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

function newLine(from: PhoneNumberWire): CallLine {
  return from.provider === 'sip_trunk'
    ? { provider: 'sip_trunk', callSid: twilioCallSid(), sipCallId: sipCallId() }
    : { provider: 'twilio', callSid: twilioCallSid(), streamSid: twilioStreamSid() };
}

export interface CallCenterHooks {
  /** A call was just dialled (the workspace notes the agent's last call time). */
  onDial?(call: CallRecord): void;
}

export class CallCenter {
  private readonly batches = new Map<string, BatchRecord>();
  /** Listing order, kept after deletion so a page cursor naming a deleted batch still works. */
  private readonly positions = new Map<string, number>();
  private readonly calls = new Map<string, CallRecord>();
  private nextPosition = 0;

  constructor(
    private readonly script: OutcomeScript,
    private readonly hooks: CallCenterHooks = {},
  ) {}

  /** Dials everything that became due up to `now`, earliest first across all batches. */
  sync(now: number): void {
    for (;;) {
      let due: { batch: BatchRecord; at: number } | undefined;
      for (const batch of this.batches.values()) {
        const at = this.nextDialAt(batch);
        if (at <= now && (due === undefined || at < due.at)) due = { batch, at };
      }
      if (!due) return;
      this.dialDue(due.batch, due.at);
    }
  }

  submitBatch(spec: NewBatch, now: number): BatchRecord {
    this.sync(now);
    const id = randomResourceId('btcal');
    const recipients = spec.recipients.map((input): RecipientRecord => ({
      id: input.id ?? randomResourceId('rcpt'),
      phoneNumber: input.phone_number ?? '',
      clientData: input.conversation_initiation_client_data ?? null,
      createdAt: now,
      changedAt: now,
      state: 'queued',
      call: null,
      attempts: 0,
    }));
    const scheduledAt = Math.max(spec.scheduledAt ?? now, now);
    const batch: BatchRecord = {
      id,
      name: spec.name,
      agent: spec.agent,
      from: spec.from,
      createdAt: now,
      scheduledAt: spec.scheduledAt ?? now,
      timezone: spec.timezone,
      telephonyCallConfig: spec.telephonyCallConfig,
      targetConcurrency: spec.targetConcurrency,
      recipients,
      queue: [...recipients],
      active: [],
      dispatchedUpTo: scheduledAt,
      cancelledAt: null,
      retryCount: 0,
      changedAt: now,
    };
    this.batches.set(id, batch);
    this.positions.set(id, (this.nextPosition += 1));
    this.sync(now);
    return batch;
  }

  findBatch(batchId: string, now: number): BatchRecord | undefined {
    this.sync(now);
    return this.batches.get(batchId);
  }

  /** Newest first. */
  listBatches(now: number): BatchRecord[] {
    this.sync(now);
    return [...this.batches.values()].sort(
      (a, b) => (this.positions.get(b.id) ?? 0) - (this.positions.get(a.id) ?? 0),
    );
  }

  /** Where a batch sits in the listing, also after it was deleted. */
  positionOf(batchId: string): number | undefined {
    return this.positions.get(batchId);
  }

  /**
   * Stops dialling: waiting recipients become `cancelled`. Calls already under way are not
   * hung up on the person; they finish and keep their outcome.
   */
  cancelBatch(batch: BatchRecord, now: number): BatchRecord {
    this.sync(now);
    const status = batchStatus(batch, now);
    if (status === 'cancelled') return batch;
    if (status === 'completed' || status === 'failed') {
      throw new BatchActionError(
        'batch_already_finished',
        `Batch call ${batch.id} has already finished and cannot be cancelled.`,
      );
    }
    for (const recipient of batch.queue) {
      recipient.state = 'cancelled';
      recipient.changedAt = now;
    }
    batch.queue = [];
    batch.cancelledAt = now;
    batch.changedAt = now;
    return batch;
  }

  /** Dials again everyone whose call failed or reached voicemail, starting now. */
  retryBatch(batch: BatchRecord, now: number): BatchRecord {
    this.sync(now);
    const status = batchStatus(batch, now);
    if (status === 'pending' || status === 'in_progress') {
      throw new BatchActionError(
        'batch_still_running',
        `Batch call ${batch.id} is still running; it can be retried once it has finished.`,
      );
    }
    const again = batch.recipients.filter((recipient) =>
      isRetryable(recipientStatus(recipient, now)),
    );
    if (again.length === 0) return batch;
    for (const recipient of again) {
      recipient.state = 'queued';
      recipient.call = null;
      recipient.changedAt = now;
      // One at a time: push(...again) overflows the stack on a big batch's retries.
      batch.queue.push(recipient);
    }
    batch.cancelledAt = null;
    batch.retryCount += 1;
    batch.changedAt = now;
    batch.dispatchedUpTo = Math.max(batch.dispatchedUpTo, now);
    this.sync(now);
    return batch;
  }

  /** Forgets the batch and its waiting recipients; its conversations stay in history. */
  deleteBatch(batch: BatchRecord, now: number): void {
    this.sync(now);
    this.batches.delete(batch.id);
  }

  placeCall(spec: NewCall, now: number): CallRecord {
    this.sync(now);
    return this.dial({
      ...spec,
      dialledAt: now,
      attempt: 0,
      timezone: null,
      batch: null,
      recipientId: null,
    });
  }

  findCall(conversationId: string, now: number): CallRecord | undefined {
    this.sync(now);
    return this.calls.get(conversationId);
  }

  /** Every conversation, in the order the calls were dialled. */
  allCalls(now: number): CallRecord[] {
    this.sync(now);
    return [...this.calls.values()];
  }

  private limitOf(batch: BatchRecord): number {
    return batch.targetConcurrency ?? DEFAULT_CONCURRENCY;
  }

  /** When this batch can next dial someone; Infinity when it has no one left to dial. */
  private nextDialAt(batch: BatchRecord): number {
    if (batch.queue.length === 0 || batch.cancelledAt !== null) return Infinity;
    const from = batch.dispatchedUpTo;
    const running = batch.active.filter((call) => call.timeline.endedAt > from);
    if (running.length < this.limitOf(batch)) return from;
    return Math.min(...running.map((call) => call.timeline.endedAt));
  }

  private dialDue(batch: BatchRecord, at: number): void {
    batch.dispatchedUpTo = at;
    batch.active = batch.active.filter((call) => call.timeline.endedAt > at);
    while (batch.active.length < this.limitOf(batch)) {
      const recipient = batch.queue.shift();
      if (!recipient) break;
      const call = this.dial({
        agent: batch.agent,
        from: batch.from,
        toNumber: recipient.phoneNumber,
        clientData: recipient.clientData,
        dialledAt: at,
        attempt: recipient.attempts,
        timezone: batch.timezone,
        batch,
        recipientId: recipient.id,
      });
      recipient.state = 'dialled';
      recipient.call = call;
      recipient.attempts += 1;
      batch.active.push(call);
    }
  }

  private dial(request: Dial): CallRecord {
    const conversationId = randomResourceId('conv');
    const line = newLine(request.from);
    const plan = planCall(request.toNumber, request.attempt, this.script.take(request.toNumber));
    // What was said is only worked out when someone first looks: a large batch dials
    // thousands of calls in one clock jump, and most transcripts are never read.
    let details: { content: ConversationContent; echoed: CallVariables['echoed'] } | undefined;
    const describe = () => {
      if (details) return details;
      const variables = callVariables({
        agent: request.agent,
        given: request.clientData?.dynamic_variables,
        conversationId,
        callSid: line.callSid,
        from: request.from,
        toNumber: request.toNumber,
        dialledAt: request.dialledAt,
        timezone: request.timezone,
      });
      const content = composeConversation({
        agent: request.agent,
        override: request.clientData?.conversation_config_override ?? null,
        variables: variables.resolved,
        plan,
      });
      details = { content, echoed: variables.echoed };
      return details;
    };
    const call: CallRecord = {
      conversationId,
      agent: request.agent,
      from: request.from,
      toNumber: request.toNumber,
      clientData: request.clientData,
      get echoedVariables() {
        return describe().echoed;
      },
      timezone: request.timezone,
      line,
      plan,
      timeline: timelineFor(plan, request.dialledAt),
      get content() {
        return describe().content;
      },
      batch:
        request.batch && request.recipientId
          ? { batchId: request.batch.id, recipientId: request.recipientId }
          : null,
    };
    this.calls.set(conversationId, call);
    this.hooks.onDial?.(call);
    return call;
  }
}
