import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails } from '../agents/agent';
import type { CampaignDraft } from '../drafts/draft';
import { normalizerFor, toRecipient } from '../recipients';
import type { LaunchPlan } from '../scheduling';
import { canonicalTimeZone, describeLocal } from '../scheduling/time-zones';
import { batchNameTag, batchRequestKey } from './batch-request-key';
import type { DoNotCallSet } from './do-not-call';
import { prepareCall } from './dynamic-variables';
import { createLaunchContext, type LaunchContextOptions } from './launch-context';
import type { VariableBindings } from './recipient-values';

export type BatchSubmitRequest =
  ElevenLabs.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost;

/** The parts of a saved draft a launch needs. */
export type LaunchableDraft = Pick<
  CampaignDraft,
  'id' | 'revision' | 'agent' | 'phoneNumber' | 'defaultCountry' | 'variables' | 'recipients'
>;

/**
 * When the calls go out: right away, at one moment (unix seconds, shown and interpreted by
 * ElevenLabs in `timezone`), or as planned by planCallingWindows.
 */
export type LaunchTiming = 'now' | { at: number; timezone: string } | LaunchPlan;

export interface BatchRequestOptions extends LaunchContextOptions {
  /** Starts every batch name; normally the campaign name. */
  callNamePrefix: string;
  /** Simultaneous calls per batch; ElevenLabs decides when omitted. */
  concurrency?: number;
  doNotCall?: DoNotCallSet;
  /** Recipients the user chose to leave out. */
  excludedIds?: ReadonlySet<string>;
}

export interface BatchRequest {
  /** Deterministic (draft id, revision, batchKey); see batchRequestKey. */
  requestKey: string;
  /** Shown at the end of the batch name, for finding it again after a network failure. */
  shortKey: string;
  /** The plan's batch key, `now`, or `at|<unix>|<zone>`. */
  batchKey: string;
  /** 1-based, as in the name. */
  position: number;
  total: number;
  recipientIds: string[];
  /** Null when the batch starts on submit. */
  startUnixSeconds: number | null;
  timezone: string | null;
  request: BatchSubmitRequest;
}

export type SkipReason =
  'excluded' | 'do_not_call' | 'invalid' | 'missing_values' | 'not_scheduled' | 'duplicate_id';

export interface SkippedRecipient {
  recipientId: string;
  reason: SkipReason;
  /** Plain English. */
  detail: string;
}

export interface BatchRequests {
  /** Only batches with someone to call, in start order. */
  batches: BatchRequest[];
  /** Everyone in the draft who is in none of them, and why. */
  skipped: SkippedRecipient[];
}

interface Group {
  batchKey: string;
  startUnixSeconds: number | null;
  timezone: string | null;
  ids: string[];
}

function isPlan(timing: LaunchTiming): timing is LaunchPlan {
  return typeof timing === 'object' && 'batches' in timing;
}

/** The canonical zone of a one-moment launch; a bad moment or zone is a bug in the caller. */
function scheduledTimeZone(timing: { at: number; timezone: string }): string {
  const timezone = canonicalTimeZone(timing.timezone);
  if (timezone === null) throw new RangeError(`Unknown time zone ${timing.timezone}`);
  if (!Number.isInteger(timing.at)) {
    throw new RangeError(`at must be whole unix seconds, got ${timing.at}`);
  }
  return timezone;
}

function checkInputs(draft: LaunchableDraft, timing: LaunchTiming, options: BatchRequestOptions) {
  const { concurrency } = options;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  if (timing !== 'now' && !isPlan(timing)) scheduledTimeZone(timing);
  if (draft.phoneNumber === null) {
    throw new Error('Choose the phone number to call from before launching.');
  }
  return draft.phoneNumber;
}

function variableCount(count: number): string {
  return count === 1 ? '1 variable' : `${count} variables`;
}

/** One person's call as far as the list decides it, or why the list gives them none. */
type ListCall = { recipientId: string; e164: string | null } & (
  | { ok: true; recipient: ElevenLabs.OutboundCallRecipient }
  | { ok: false; reason: 'duplicate_id' | 'invalid' | 'missing_values'; detail: string }
);

/**
 * Every person's call worked out for one list: the costly part of building the batches, and
 * the part that doesn't change with the time or with who is left out, so a screen that shows
 * the batches keeps it while those change.
 */
export interface ListCalls {
  readonly agentId: string;
  /** The list they were worked out for; batchRequestsFromCalls refuses any other. */
  readonly recipients: LaunchableDraft['recipients'];
  readonly calls: readonly ListCall[];
}

/**
 * Validates each recipient and works out their dynamic variables and the overrides the agent
 * allows, for batchRequestsFromCalls.
 */
export function prepareListCalls(
  draft: Pick<LaunchableDraft, 'agent' | 'defaultCountry' | 'variables' | 'recipients'>,
  agent: AgentDetails,
  bindings: VariableBindings,
  options: LaunchContextOptions = {},
): ListCalls {
  if (draft.agent !== null && draft.agent.id !== agent.id) {
    throw new Error(
      `The draft uses agent ${draft.agent.id}, but details of ${agent.id} were given.`,
    );
  }
  const context = createLaunchContext(agent, draft, bindings, options);
  const { phoneNumbers } = context;
  const seen = new Set<string>();
  const calls = draft.recipients.map((stored): ListCall => {
    const recipientId = stored.id;
    const phone = phoneNumbers.normalize(stored.phone_number);
    const e164 = phone.ok ? phone.e164 : null;
    if (seen.has(recipientId)) {
      const detail = 'Another row has the same ID; only the first is called.';
      return { recipientId, e164, ok: false, reason: 'duplicate_id', detail };
    }
    seen.add(recipientId);
    const valid = toRecipient(stored, { defaultCountry: draft.defaultCountry, phoneNumbers });
    if (!valid.ok) {
      const first = valid.issues.find((issue) => issue.severity === 'error') ?? valid.issues[0];
      const detail = first?.message ?? 'This row has errors.';
      return { recipientId, e164, ok: false, reason: 'invalid', detail };
    }
    const call = prepareCall(valid.recipient, context);
    if (call.missing.length > 0) {
      const detail = `No value for ${variableCount(call.missing.length)}: ${call.missing.join(', ')}.`;
      return { recipientId, e164, ok: false, reason: 'missing_values', detail };
    }
    const clientData: ElevenLabs.ConversationInitiationClientDataRequestInput = {
      dynamicVariables: call.dynamicVariables,
    };
    if (call.conversationConfigOverride !== undefined) {
      clientData.conversationConfigOverride = call.conversationConfigOverride;
    }
    const recipient = {
      phoneNumber: valid.recipient.phone_number,
      conversationInitiationClientData: clientData,
    };
    return { recipientId, e164, ok: true, recipient };
  });
  return { agentId: agent.id, recipients: draft.recipients, calls };
}

/**
 * The ElevenLabs batch submits for a campaign: one per planned batch (or one for `now` and
 * `at`), each holding only recipients that are valid, not excluded, not on the do-not-call
 * list and have every value their call needs, with their dynamic variables and the overrides
 * the agent allows. Nothing is sent here; the caller submits each request once, and before
 * retrying one looks for its name (which ends with the short key) among existing batches.
 */
export function buildBatchRequests(
  draft: LaunchableDraft,
  agent: AgentDetails,
  bindings: VariableBindings,
  timing: LaunchTiming,
  options: BatchRequestOptions,
): BatchRequests {
  const calls = prepareListCalls(draft, agent, bindings, options);
  return batchRequestsFromCalls(calls, draft, timing, options);
}

/** buildBatchRequests with the list's calls already worked out by prepareListCalls. */
export function batchRequestsFromCalls(
  listCalls: ListCalls,
  draft: LaunchableDraft,
  timing: LaunchTiming,
  options: BatchRequestOptions,
): BatchRequests {
  if (listCalls.recipients !== draft.recipients) {
    throw new Error('The calls were worked out for another list of recipients.');
  }
  const phoneNumber = checkInputs(draft, timing, options);
  const phoneNumbers = normalizerFor(draft.defaultCountry, options.phoneNumbers);
  const blocked = new Set<string>();
  for (const number of options.doNotCall ?? []) {
    const read = phoneNumbers.normalize(number);
    blocked.add(read.ok ? read.e164 : number);
  }

  const skipped: SkippedRecipient[] = [];
  const ready = new Map<string, ElevenLabs.OutboundCallRecipient>();
  for (const call of listCalls.calls) {
    const { recipientId } = call;
    if (!call.ok && call.reason === 'duplicate_id') {
      skipped.push({ recipientId, reason: call.reason, detail: call.detail });
    } else if (options.excludedIds?.has(recipientId)) {
      skipped.push({ recipientId, reason: 'excluded', detail: 'Left out of this campaign.' });
    } else if (call.e164 !== null && blocked.has(call.e164)) {
      skipped.push({
        recipientId,
        reason: 'do_not_call',
        detail: 'The number is on the do-not-call list.',
      });
    } else if (!call.ok) {
      skipped.push({ recipientId, reason: call.reason, detail: call.detail });
    } else {
      ready.set(recipientId, call.recipient);
    }
  }

  const groups = groupRecipients(timing, ready, skipped);
  const total = groups.length;
  const prefix = options.callNamePrefix.trim();
  const batches = groups.map((group, index): BatchRequest => {
    const position = index + 1;
    const { key, shortKey } = batchRequestKey(draft.id, draft.revision, group.batchKey);
    const when =
      group.startUnixSeconds === null || group.timezone === null
        ? ''
        : ` — ${group.timezone}, ${describeLocal(group.startUnixSeconds, group.timezone)}`;
    const count = total > 1 ? ` (${position}/${total})` : '';
    const request: BatchSubmitRequest = {
      callName: `${prefix}${when}${count} ${batchNameTag(shortKey)}`.trim(),
      agentId: listCalls.agentId,
      agentPhoneNumberId: phoneNumber.id,
      recipients: readyFor(group.ids, ready),
    };
    if (group.startUnixSeconds !== null) request.scheduledTimeUnix = group.startUnixSeconds;
    if (group.timezone !== null) request.timezone = group.timezone;
    if (options.concurrency !== undefined) request.targetConcurrencyLimit = options.concurrency;
    return {
      requestKey: key,
      shortKey,
      batchKey: group.batchKey,
      position,
      total,
      recipientIds: group.ids,
      startUnixSeconds: group.startUnixSeconds,
      timezone: group.timezone,
      request,
    };
  });
  return { batches, skipped };
}

/** Every group id is in `ready`; a loop, as the Launch step does this on every refresh. */
function readyFor(
  ids: readonly string[],
  ready: ReadonlyMap<string, ElevenLabs.OutboundCallRecipient>,
): ElevenLabs.OutboundCallRecipient[] {
  const recipients: ElevenLabs.OutboundCallRecipient[] = [];
  for (const id of ids) {
    const recipient = ready.get(id);
    if (recipient) recipients.push(recipient);
  }
  return recipients;
}

function groupRecipients(
  timing: LaunchTiming,
  ready: ReadonlyMap<string, unknown>,
  skipped: SkippedRecipient[],
): Group[] {
  if (timing === 'now') {
    return ready.size === 0
      ? []
      : [{ batchKey: 'now', startUnixSeconds: null, timezone: null, ids: [...ready.keys()] }];
  }
  if (!isPlan(timing)) {
    const timezone = scheduledTimeZone(timing);
    return ready.size === 0
      ? []
      : [
          {
            batchKey: `at|${timing.at}|${timezone}`,
            startUnixSeconds: timing.at,
            timezone,
            ids: [...ready.keys()],
          },
        ];
  }

  const placed = new Set<string>();
  const groups: Group[] = [];
  const batches = [...timing.batches].sort((a, b) => a.startUnixSeconds - b.startUnixSeconds);
  for (const batch of batches) {
    const ids = batch.recipientIds.filter((id) => ready.has(id) && !placed.has(id));
    for (const id of ids) placed.add(id);
    if (ids.length === 0) continue;
    groups.push({
      batchKey: batch.key,
      startUnixSeconds: batch.startUnixSeconds,
      timezone: batch.timezone,
      ids,
    });
  }
  const reasons = new Map(timing.unschedulable.map((entry) => [entry.recipientId, entry.reason]));
  for (const id of ready.keys()) {
    if (placed.has(id)) continue;
    skipped.push({
      recipientId: id,
      reason: 'not_scheduled',
      detail: reasons.get(id) ?? 'They are not in any planned batch; plan the campaign again.',
    });
  }
  return groups;
}
