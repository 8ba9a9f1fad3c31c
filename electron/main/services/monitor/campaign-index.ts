import type { StoredRecipient } from '../../../../shared/domain/recipients';
import {
  createRecipientJoin,
  type CampaignRef,
  type RecipientJoin,
} from '../../../../shared/domain/results';
import type { DraftStore } from '../drafts/draft-store';

/** Which campaign each batch belongs to, and the people it called. */
export interface CampaignIndex {
  /** Batch id → the launched campaign (not one in the bin) whose batches include it. */
  byBatch(): ReadonlyMap<string, CampaignRef>;
  /** The batch's campaign, and its people matched to the batch's calls (see RecipientJoin). */
  join(batchId: string, phoneNumbers: readonly (string | null)[]): CampaignJoin;
}

export interface CampaignJoin {
  campaign: CampaignRef | null;
  people: (StoredRecipient | null)[];
}

/** Joins kept at once: each holds a whole recipient list, and few batches are open together. */
const JOINS_KEPT = 4;

/**
 * Built from the draft store. A launched draft never changes (it is read-only), so each one is
 * read once; drafts moved to the bin drop out on the next look.
 */
export function createCampaignIndex(drafts: DraftStore): CampaignIndex {
  const batchIdsOf = new Map<string, readonly string[]>();
  const joins = new Map<string, RecipientJoin>();

  const byBatch = (): Map<string, CampaignRef> => {
    const campaigns = new Map<string, CampaignRef>();
    const present = new Set<string>();
    for (const summary of drafts.list().drafts) {
      if (!summary.launched) continue;
      present.add(summary.id);
      let batchIds = batchIdsOf.get(summary.id);
      if (!batchIds) {
        batchIds = drafts.get(summary.id).launch?.batchIds ?? [];
        batchIdsOf.set(summary.id, batchIds);
      }
      for (const batchId of batchIds) {
        campaigns.set(batchId, { draftId: summary.id, name: summary.name });
      }
    }
    for (const draftId of batchIdsOf.keys()) {
      if (present.has(draftId)) continue;
      batchIdsOf.delete(draftId);
      joins.delete(draftId);
    }
    return campaigns;
  };

  const joinFor = (draftId: string): RecipientJoin => {
    let join = joins.get(draftId);
    if (join) {
      joins.delete(draftId);
    } else {
      join = createRecipientJoin(drafts.get(draftId));
      const oldest = joins.keys().next();
      if (joins.size >= JOINS_KEPT && !oldest.done) joins.delete(oldest.value);
    }
    // Most recently used last.
    joins.set(draftId, join);
    return join;
  };

  return {
    byBatch,
    join(batchId, phoneNumbers) {
      const campaign = byBatch().get(batchId) ?? null;
      if (!campaign) return { campaign: null, people: phoneNumbers.map(() => null) };
      return { campaign, people: joinFor(campaign.draftId).match(phoneNumbers) };
    },
  };
}
