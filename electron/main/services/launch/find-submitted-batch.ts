import type { BatchSummary } from '../../../../shared/domain/calls/batch';
import { findShortKeyInName } from '../../../../shared/domain/launch';
import type { ElevenLabsGateway } from '../elevenlabs/gateway';

// Batches are listed newest first; a batch sent moments ago is on the first page, but a
// launch retried days later may need to look further back.
const PAGES_TO_SEARCH = 5;

/**
 * The batch an earlier attempt already created, found by the short key at the end of its
 * name. This is what makes a retry after a timeout safe: look first, submit only if absent.
 */
export async function findSubmittedBatch(
  gateway: ElevenLabsGateway,
  shortKey: string,
): Promise<BatchSummary | null> {
  let cursor: string | undefined;
  for (let page = 0; page < PAGES_TO_SEARCH; page += 1) {
    const { batches, nextCursor } = await gateway.listBatches({
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    const found = batches.find((batch) => findShortKeyInName(batch.name) === shortKey);
    if (found) return found;
    if (!nextCursor) return null;
    cursor = nextCursor;
  }
  return null;
}
