import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import type { DraftContent } from '../../../../shared/domain/drafts/draft';
import {
  ASSUMED_CONCURRENCY,
  batchRequestsFromCalls,
  prepareListCalls,
  summarizeLaunch,
  timingForDraft,
  type BatchRequests,
  type DoNotCallSet,
  type LaunchableDraft,
  type LaunchSummary,
  type ListCalls,
} from '../../../../shared/domain/launch';
import type { PhoneNumberNormalizer } from '../../../../shared/domain/recipients';
import type { LaunchPlan } from '../../../../shared/domain/scheduling';
import type { EstimateInputs } from './estimate-inputs';

export type LaunchDraftView = LaunchableDraft &
  Pick<DraftContent, 'name' | 'schedule' | 'bindings'>;

/** Why no plan can be made yet; the launch screen says what to do about each. */
export type PreparationProblem = 'no_caller' | 'start_invalid' | 'start_passed';

export type LaunchPreparation =
  | { ok: false; problem: PreparationProblem }
  | { ok: true; plan: LaunchPlan | null; requests: BatchRequests; summary: LaunchSummary };

export interface PrepareOptions {
  doNotCall: DoNotCallSet;
  excludedIds: ReadonlySet<string>;
  inputs: EstimateInputs;
  /** Unix milliseconds. */
  now: number;
  phoneNumbers?: PhoneNumberNormalizer;
  /**
   * The draft's calls, already worked out by prepareListCalls: most of the cost on a long
   * list, and the same whatever the time, so a refresh for a new `now` needn't repeat it.
   */
  calls?: ListCalls;
}

/**
 * Exactly the batches main will submit for this draft (the same shared functions, the same
 * inputs), and the numbers the confirmation states, so what is shown is what is sent.
 */
export function prepareLaunch(
  draft: LaunchDraftView,
  agent: AgentDetails,
  options: PrepareOptions,
): LaunchPreparation {
  const { inputs, now } = options;
  if (draft.phoneNumber === null) {
    return { ok: false, problem: 'no_caller' };
  }
  const concurrency = inputs.concurrency ?? ASSUMED_CONCURRENCY;
  const timing = timingForDraft(draft.schedule, draft.recipients, {
    now,
    concurrency,
    averageCallSeconds: inputs.averageCallSeconds,
  });
  if (!timing.ok) return { ok: false, problem: timing.code };
  const reuse = options.phoneNumbers ? { phoneNumbers: options.phoneNumbers } : {};
  const calls = options.calls ?? prepareListCalls(draft, agent, draft.bindings, reuse);
  const requests = batchRequestsFromCalls(calls, draft, timing.timing, {
    callNamePrefix: draft.name,
    ...(inputs.concurrency === null ? {} : { concurrency: inputs.concurrency }),
    doNotCall: options.doNotCall,
    excludedIds: options.excludedIds,
    ...reuse,
  });
  const summary = summarizeLaunch(requests, {
    agentName: agent.name,
    fromNumber: { label: draft.phoneNumber.label, number: draft.phoneNumber.number },
    concurrency,
    averageCallSeconds: inputs.averageCallSeconds,
    ...(inputs.costPerMinute === null ? {} : { costPerMinute: inputs.costPerMinute }),
    now,
  });
  return { ok: true, plan: timing.plan, requests, summary };
}
