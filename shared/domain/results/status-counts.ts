import { z } from 'zod';
import {
  RECIPIENT_CALL_STATUSES,
  RecipientCallStatusSchema,
  type RecipientCallStatus,
} from '../calls/batch';

/** How many recipients of a batch are in each status; every status is present. */
export const StatusCountsSchema = z.record(RecipientCallStatusSchema, z.number().int());
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export function countByStatus(
  recipients: readonly { status: RecipientCallStatus }[],
): StatusCounts {
  const counts = Object.fromEntries(
    RECIPIENT_CALL_STATUSES.map((status) => [status, 0]),
  ) as StatusCounts;
  for (const { status } of recipients) counts[status] += 1;
  return counts;
}

export function sameCounts(a: StatusCounts, b: StatusCounts): boolean {
  return RECIPIENT_CALL_STATUSES.every((status) => a[status] === b[status]);
}
