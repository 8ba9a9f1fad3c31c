import { AppError } from '../../../../shared/contract/app-error';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import type { BatchSummary } from '../../../../shared/domain/calls/batch';
import type { CampaignDraft } from '../../../../shared/domain/drafts/draft';
import {
  ASSUMED_CONCURRENCY,
  buildBatchRequests,
  createLaunchContext,
  doNotCallSet,
  findDisallowedOverrides,
  findMissingValues,
  leftOutAtLaunch,
  prepareCall,
  timingForDraft,
  type LaunchCheckOptions,
} from '../../../../shared/domain/launch';
import {
  createEmptyRecipient,
  createPhoneNumberNormalizer,
  normalizePhoneNumber,
} from '../../../../shared/domain/recipients';
import type { DoNotCallStore } from '../do-not-call/do-not-call-store';
import type { DraftStore } from '../drafts/draft-store';
import { elevenLabsErrorToAppError } from '../elevenlabs/error-mapping';
import type { ElevenLabsGateway } from '../elevenlabs/gateway';
import type { SettingsStore } from '../settings/settings-store';
import type { WorkspaceService } from '../workspace/workspace-service';
import { findSubmittedBatch } from './find-submitted-batch';

export interface LaunchRequest {
  draftId: string;
  /** The revision the user reviewed; launching anything else would surprise them. */
  baseRevision: number;
  excludedIds: string[];
  concurrency?: number;
  averageCallSeconds: number;
}

export interface LaunchResult {
  batches: BatchSummary[];
  skipped: number;
}

export interface TestCallRequest {
  draftId: string;
  recipientId?: string;
  toNumber: string;
}

export interface LaunchService {
  submit(request: LaunchRequest): Promise<LaunchResult>;
  placeTestCall(request: TestCallRequest): Promise<{ conversationId: string; toNumber: string }>;
}

export interface LaunchServiceDeps {
  drafts: DraftStore;
  workspace: WorkspaceService;
  doNotCall: DoNotCallStore;
  settings: SettingsStore;
  now: () => number;
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return (
    elevenLabsErrorToAppError(error) ??
    new AppError('internal', 'Something went wrong while talking to ElevenLabs.')
  );
}

/** A network failure after sending: ElevenLabs may or may not have created the batch. */
function outcomeUnknown(error: AppError): boolean {
  return error.code === 'timeout' || error.code === 'offline' || error.code === 'server_error';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function requireAgentAndNumber(draft: CampaignDraft) {
  if (!draft.agent)
    throw new AppError('validation', 'Choose the agent that makes the calls.', { field: 'agent' });
  if (!draft.phoneNumber) {
    throw new AppError('validation', 'Choose the phone number to call from.', {
      field: 'phoneNumber',
    });
  }
  return { agent: draft.agent, phoneNumber: draft.phoneNumber };
}

/**
 * Sends a campaign to ElevenLabs and places test calls. Everything the launch sends is worked
 * out here again from the saved draft; the renderer's checks are for showing, not trusting.
 */
export function createLaunchService(deps: LaunchServiceDeps): LaunchService {
  const launching = new Set<string>();

  const checkLaunchable = (
    draft: CampaignDraft,
    agent: AgentDetails,
    options: LaunchCheckOptions,
  ) => {
    const missing = findMissingValues(agent, draft, draft.bindings, options);
    if (missing.length > 0) {
      throw new AppError(
        'validation',
        `${plural(missing.length, 'person is', 'people are')} missing a value the agent needs. Fill the values in or leave those people out, then launch.`,
      );
    }
    const disallowed = findDisallowedOverrides(agent, draft, options);
    if (disallowed[0]) throw new AppError('validation', disallowed[0].message);
  };

  const submitOne = async (
    gateway: ElevenLabsGateway,
    batch: ReturnType<typeof buildBatchRequests>['batches'][number],
  ): Promise<BatchSummary> => {
    const earlier = await findSubmittedBatch(gateway, batch.shortKey);
    if (earlier) return earlier;
    try {
      return await gateway.submitBatch(batch.request);
    } catch (error) {
      const failure = asAppError(error);
      if (outcomeUnknown(failure)) {
        const created = await findSubmittedBatch(gateway, batch.shortKey).catch(() => null);
        if (created) return created;
      }
      throw failure;
    }
  };

  return {
    async submit(request) {
      if (launching.has(request.draftId)) {
        throw new AppError('conflict', 'This campaign is already being launched. Wait a moment.');
      }
      launching.add(request.draftId);
      try {
        const draft = deps.drafts.get(request.draftId);
        if (draft.launch) {
          throw new AppError(
            'conflict',
            'This campaign was already launched. Duplicate it to send it again.',
          );
        }
        if (draft.revision !== request.baseRevision) {
          throw new AppError(
            'conflict',
            'The campaign changed after you reviewed it. Check it again, then launch.',
          );
        }
        const chosen = requireAgentAndNumber(draft);
        const gateway = deps.workspace.gateway();
        const agent = await gateway.getAgent(chosen.agent.id);
        const doNotCall = doNotCallSet(deps.doNotCall.list());
        // Every pass over the list below reads the same numbers: each is parsed once.
        const phoneNumbers = createPhoneNumberNormalizer(draft.defaultCountry);
        // People left out, by hand or by the do-not-call list, can't hold the launch up.
        const leaveOut = leftOutAtLaunch(draft.recipients, {
          excludedIds: request.excludedIds,
          doNotCall,
          defaultCountry: draft.defaultCountry,
          phoneNumbers,
        });
        checkLaunchable(draft, agent, { leaveOut, phoneNumbers });
        const timing = timingForDraft(draft.schedule, draft.recipients, {
          now: deps.now(),
          concurrency: request.concurrency ?? ASSUMED_CONCURRENCY,
          averageCallSeconds: request.averageCallSeconds,
        });
        if (!timing.ok) throw new AppError('validation', timing.message, { field: 'schedule' });
        const requests = buildBatchRequests(draft, agent, draft.bindings, timing.timing, {
          callNamePrefix: draft.name,
          ...(request.concurrency ? { concurrency: request.concurrency } : {}),
          doNotCall,
          excludedIds: new Set(request.excludedIds),
          phoneNumbers,
        });
        if (requests.batches.length === 0) {
          throw new AppError(
            'validation',
            'Nobody is left to call: every person was left out or cannot be called.',
          );
        }

        const sent: BatchSummary[] = [];
        for (const batch of requests.batches) {
          try {
            sent.push(await submitOne(gateway, batch));
          } catch (error) {
            const failure = asAppError(error);
            if (sent.length === 0) throw failure;
            throw new AppError(
              failure.code,
              `${sent.length} of ${requests.batches.length} batches were sent; the rest were not. ${failure.message} Launch again to send the rest — nothing is sent twice.`,
              failure.details,
            );
          }
        }
        deps.drafts.markLaunched(draft.id, {
          launchedAt: deps.now(),
          batchIds: sent.map((batch) => batch.id),
        });
        return { batches: sent, skipped: requests.skipped.length };
      } finally {
        launching.delete(request.draftId);
      }
    },

    async placeTestCall(request) {
      const draft = deps.drafts.get(request.draftId);
      const chosen = requireAgentAndNumber(draft);
      const number = normalizePhoneNumber(request.toNumber, draft.defaultCountry);
      if (!number.ok) {
        throw new AppError('validation', `The number to call: ${number.reason}`, {
          field: 'toNumber',
        });
      }
      const gateway = deps.workspace.gateway();
      const [agent, numbers] = await Promise.all([
        gateway.getAgent(chosen.agent.id),
        gateway.listPhoneNumbers(),
      ]);
      const from = numbers.find((phone) => phone.id === chosen.phoneNumber.id);
      if (!from) {
        throw new AppError(
          'not_found',
          'The phone number chosen for this campaign is no longer in your workspace. Choose another one.',
        );
      }
      const recipient =
        draft.recipients.find((candidate) => candidate.id === request.recipientId) ??
        createEmptyRecipient('test-call', number.e164);
      const context = createLaunchContext(agent, draft, draft.bindings);
      const call = prepareCall(
        context.normalize({ ...recipient, phone_number: number.e164 }),
        context,
      );
      if (call.missing.length > 0) {
        throw new AppError(
          'validation',
          `The test call needs a value for ${call.missing.join(', ')}. Choose a person who has them, or set campaign values.`,
        );
      }
      const { conversationId } = await gateway.placeOutboundCall({
        provider: from.provider,
        agentId: agent.id,
        phoneNumberId: from.id,
        toNumber: number.e164,
        clientData: {
          dynamicVariables: call.dynamicVariables,
          ...(call.conversationConfigOverride
            ? { conversationConfigOverride: call.conversationConfigOverride }
            : {}),
        },
      });
      if (!conversationId) {
        throw new AppError(
          'server_error',
          'ElevenLabs accepted the call but did not say how to follow it.',
        );
      }
      deps.settings.update({ ownPhoneNumber: number.e164 });
      return { conversationId, toNumber: number.e164 };
    },
  };
}
