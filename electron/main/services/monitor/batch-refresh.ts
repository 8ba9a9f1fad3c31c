import { isBatchFinished, type BatchRecipient } from '../../../../shared/domain/calls/batch';
import {
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import { toCallResult, type CallResult } from '../../../../shared/domain/results';
import type { ElevenLabsGateway } from '../elevenlabs/gateway';
import type { SavedBatch } from '../results/results-store';
import { failureOf } from './failures';

/** Calls in these states have ended, so their conversation has (or will soon have) a result. */
const ENDED = new Set<BatchRecipient['status']>(['completed', 'failed', 'voicemail']);
/** Conversation requests in flight at once: quick to catch up, gentle on the rate limit. */
const PARALLEL_REQUESTS = 4;

export interface RefreshRequest {
  batchId: string;
  previous: SavedBatch | null;
  /** At most this many conversations are fetched; the rest wait for the next refresh. */
  conversationLimit: number;
  /** Conversations ElevenLabs no longer has; not asked for again. */
  unavailable: Set<string>;
  now: number;
  /** False when polling: failures come back at once, for the poller's own back-off. */
  retry: boolean;
  /** Each finished call fetched, transcript and all, which the batch's results leave out. */
  keep: (conversation: Conversation) => void;
}

export interface Refreshed {
  saved: SavedBatch;
  /** Why fetching results stopped early (e.g. rate limited); what was fetched is kept. */
  interruptedBy: unknown;
}

/** Runs `work` a few items at a time; after a failure starts no more, and returns it (or null). */
async function inParallel<T>(
  items: readonly T[],
  work: (item: T) => Promise<void>,
): Promise<unknown> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, items.length) }, worker));
  return failure;
}

/**
 * The batch as ElevenLabs has it now, with the results of calls that ended since the last look.
 * Results are kept only once a call's analysis is done, so a saved result never changes.
 */
export async function refreshBatch(
  gateway: ElevenLabsGateway,
  request: RefreshRequest,
): Promise<Refreshed> {
  const reading = { retry: request.retry };
  const batch = await gateway.getBatch(request.batchId, reading);
  const results: Record<string, CallResult> = {};
  const missing: string[] = [];
  for (const recipient of batch.recipients) {
    const id = recipient.conversationId;
    if (id === null || !ENDED.has(recipient.status) || request.unavailable.has(id)) continue;
    const known = request.previous?.results[id];
    if (known) results[id] = known;
    else missing.push(id);
  }

  let pending = missing.length;
  const interruptedBy = await inParallel(
    missing.slice(0, request.conversationLimit),
    async (conversationId) => {
      try {
        const conversation = await gateway.getConversation(conversationId, reading);
        if (!isConversationOver(conversation.status)) return;
        request.keep(conversation);
        results[conversationId] = toCallResult(conversation);
      } catch (error) {
        if (failureOf(error).code !== 'not_found') throw error;
        request.unavailable.add(conversationId);
      }
      pending -= 1;
    },
  );
  return {
    saved: {
      batch,
      results,
      fetchedAt: request.now,
      final: isBatchFinished(batch.status) && pending === 0,
    },
    interruptedBy,
  };
}
