import type { BatchSummary } from '../../../shared/domain/calls/batch';
import type { BatchListItem, CampaignRef } from '../../../shared/domain/results';
import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

/** Batches shown a page at a time; ElevenLabs allows up to 100. */
const PAGE_SIZE = 30;

export function monitorHandlers(
  services: MainServices,
): Pick<
  Handlers,
  | 'listBatches'
  | 'getBatchView'
  | 'cancelBatch'
  | 'retryBatch'
  | 'deleteBatch'
  | 'watchBatches'
  | 'getConversationView'
  | 'getConversationAudio'
  | 'exportResults'
  | 'createFollowUpDraft'
> {
  const { workspace, monitor, campaigns, results } = services;
  const withCampaign = (
    batch: BatchSummary,
    byBatch: ReadonlyMap<string, CampaignRef> = campaigns.byBatch(),
  ): BatchListItem => ({ ...batch, campaign: byBatch.get(batch.id) ?? null });
  /** The batch changes (cancelled, or running again): record that at once, then follow it. */
  const followChange = (batch: BatchSummary): BatchListItem => {
    monitor.follow([batch.id], { immediately: true });
    return withCampaign(batch);
  };

  return {
    listBatches: async ({ cursor }) => {
      const page = await workspace
        .gateway()
        .listBatches({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      const byBatch = campaigns.byBatch();
      return {
        batches: page.batches.map((batch) => withCampaign(batch, byBatch)),
        nextCursor: page.nextCursor,
        problems: results.problems(),
      };
    },
    getBatchView: ({ batchId }) => monitor.view(batchId),
    cancelBatch: async ({ batchId }) =>
      followChange(await workspace.gateway().cancelBatch(batchId)),
    retryBatch: async ({ batchId }) => followChange(await workspace.gateway().retryBatch(batchId)),
    deleteBatch: async ({ batchId }) => {
      await workspace.gateway().deleteBatch(batchId);
      monitor.forget(batchId);
      return { batchId };
    },
    watchBatches: async ({ batchIds, visible }) => {
      monitor.watch(batchIds, visible);
      return { watching: batchIds };
    },
    getConversationView: ({ conversationId }) => results.conversationView(conversationId),
    getConversationAudio: ({ conversationId }) => results.conversationAudio(conversationId),
    exportResults: ({ draftId }) => results.exportResults(draftId),
    createFollowUpDraft: ({ draftId, filter, name }) =>
      results.createFollowUpDraft(draftId, filter, name),
  };
}
