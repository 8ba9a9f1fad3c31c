import type { DraftContent } from '../drafts/draft';
import { createEmptyRecipient, type StoredRecipient } from '../recipients';
import type { BatchView, BatchViewRecipient } from './batch-view';

export interface CampaignResultRow {
  person: StoredRecipient;
  /** The call made for this person; null when they were never sent (left out, do-not-call…). */
  call: BatchViewRecipient | null;
}

/**
 * Every person of the campaign in the campaign's order, each with their call from whichever of
 * the campaign's batches had them, then any call no campaign row matches (by its number).
 */
export function campaignResultRows(
  draft: Pick<DraftContent, 'recipients'>,
  views: readonly BatchView[],
): CampaignResultRow[] {
  const callFor = new Map<string, BatchViewRecipient>();
  const unmatched: CampaignResultRow[] = [];
  for (const view of views) {
    for (const call of view.recipients) {
      if (call.person !== null && !callFor.has(call.person.id)) callFor.set(call.person.id, call);
      else unmatched.push({ person: createEmptyRecipient(call.id, call.phoneNumber ?? ''), call });
    }
  }
  const rows = draft.recipients.map((person): CampaignResultRow => {
    const call = callFor.get(person.id) ?? null;
    // Only the first row with an id is ever called (launch skips duplicate ids).
    callFor.delete(person.id);
    return { person, call };
  });
  return [...rows, ...unmatched];
}
