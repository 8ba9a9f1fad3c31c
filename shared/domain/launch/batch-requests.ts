import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails } from '../agents/agent';
import type { CampaignDraft } from '../drafts/draft';
import { toRecipient } from '../recipients';
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

function checkInputs(
  draft: LaunchableDraft,
  agent: AgentDetails,
  timing: LaunchTiming,
  options: BatchRequestOptions,
) {
  if (draft.agent !== null && draft.agent.id !== agent.id) {
    throw new Error(
      `The draft uses agent ${draft.agent.id}, but details of ${agent.id} were given.`,
    );
  }
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
  const phoneNumber = checkInputs(draft, agent, timing, options);
  const context = createLaunchContext(agent, draft, bindings, options);
  const { phoneNumbers } = context;

  const blocked = new Set<string>();
  for (const number of options.doNotCall ?? []) {
    const read = phoneNumbers.normalize(number);
    blocked.add(read.ok ? read.e164 : number);
  }

  const skipped: SkippedRecipient[] = [];
  const ready = new Map<string, ElevenLabs.OutboundCallRecipient>();
  const seen = new Set<string>();
  for (const stored of draft.recipients) {
    const recipientId = stored.id;
    if (seen.has(recipientId)) {
      skipped.push({
        recipientId,
        reason: 'duplicate_id',
        detail: 'Another row has the same ID; only the first is called.',
      });
      continue;
    }
    seen.add(recipientId);
    if (options.excludedIds?.has(recipientId)) {
      skipped.push({ recipientId, reason: 'excluded', detail: 'Left out of this campaign.' });
      continue;
    }
    const phone = phoneNumbers.normalize(stored.phone_number);
    if (phone.ok && blocked.has(phone.e164)) {
      skipped.push({
        recipientId,
        reason: 'do_not_call',
        detail: 'The number is on the do-not-call list.',
      });
      continue;
    }
    const valid = toRecipient(stored, { defaultCountry: draft.defaultCountry, phoneNumbers });
    if (!valid.ok) {
      const first = valid.issues.find((issue) => issue.severity === 'error') ?? valid.issues[0];
      skipped.push({
        recipientId,
        reason: 'invalid',
        detail: first?.message ?? 'This row has errors.',
      });
      continue;
    }
    const call = prepareCall(valid.recipient, context);
    if (call.missing.length > 0) {
      skipped.push({
        recipientId,
        reason: 'missing_values',
        detail: `No value for ${variableCount(call.missing.length)}: ${call.missing.join(', ')}.`,
      });
      continue;
    }
    const clientData: ElevenLabs.ConversationInitiationClientDataRequestInput = {
      dynamicVariables: call.dynamicVariables,
    };
    if (call.conversationConfigOverride !== undefined) {
      clientData.conversationConfigOverride = call.conversationConfigOverride;
    }
    ready.set(recipientId, {
      phoneNumber: valid.recipient.phone_number,
      conversationInitiationClientData: clientData,
    });
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
      agentId: agent.id,
      agentPhoneNumberId: phoneNumber.id,
      recipients: group.ids.flatMap((id) => {
        const recipient = ready.get(id);
        return recipient ? [recipient] : [];
      }),
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
