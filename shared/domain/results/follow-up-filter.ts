import { z } from 'zod';
import { RecipientCallStatusSchema } from '../calls/batch';
import { CallSuccessSchema } from '../calls/conversation';
import type { StoredRecipient } from '../recipients';
import type { BatchViewRecipient } from './batch-view';
import type { CampaignResultRow } from './campaign-results';

/**
 * Who to call again: everyone whose call matches every criterion given, e.g. "voicemail or not
 * reached", or "said yes to wants_callback". Within a list any entry may match.
 */
export const FollowUpFilterSchema = z
  .strictObject({
    statuses: z.array(RecipientCallStatusSchema).min(1).max(20).optional(),
    callSuccessful: z.array(CallSuccessSchema).min(1).max(3).optional(),
    dataField: z
      .strictObject({ id: z.string().trim().min(1).max(200), equals: z.string().max(1000) })
      .optional(),
  })
  .refine(
    (filter) => filter.statuses ?? filter.callSuccessful ?? filter.dataField,
    'Choose who to call again: by call status, by outcome or by a collected answer.',
  );
export type FollowUpFilter = z.infer<typeof FollowUpFilterSchema>;

/** Collected values are text ("true", "Yes "); compare them the way a person reads them. */
function sameAnswer(value: string | undefined, wanted: string): boolean {
  return value !== undefined && value.trim().toLowerCase() === wanted.trim().toLowerCase();
}

export function matchesFollowUp(call: BatchViewRecipient, filter: FollowUpFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(call.status)) return false;
  if (filter.callSuccessful) {
    const verdict = call.result?.callSuccessful;
    if (!verdict || !filter.callSuccessful.includes(verdict)) return false;
  }
  if (filter.dataField) {
    const { id, equals } = filter.dataField;
    const collected = call.result?.dataCollection;
    const value = collected && Object.hasOwn(collected, id) ? collected[id] : undefined;
    if (!sameAnswer(value, equals)) return false;
  }
  return true;
}

/** The people to put in a follow-up campaign, as they were (fields and variables kept). */
export function followUpRecipients(
  rows: readonly CampaignResultRow[],
  filter: FollowUpFilter,
): StoredRecipient[] {
  return rows.flatMap(({ person, call }) =>
    call !== null && matchesFollowUp(call, filter) ? [person] : [],
  );
}
