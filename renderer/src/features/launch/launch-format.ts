import type { BatchRequest } from '../../../../shared/domain/launch';
import type { StoredRecipient } from '../../../../shared/domain/recipients';
import { describeLocal } from '../../../../shared/domain/scheduling/time-zones';
import { useRecipients } from '../recipients/recipient-store-context';

/** "Anna Nowak · +48600700800", or whichever of the two the row has. */
export function personLabel(recipient: StoredRecipient, position: number): string {
  const name = recipient.contact_info.name?.trim() ?? '';
  const phone = recipient.phone_number.trim();
  if (name && phone) return `${name} · ${phone}`;
  return name || phone || `Row ${position + 1}`;
}

export function usePersonLabel(recipientId: string): string {
  return useRecipients((state) => {
    const index = state.indexById.get(recipientId);
    const recipient = index === undefined ? undefined : state.recipients[index];
    return recipient && index !== undefined ? personLabel(recipient, index) : 'Someone removed';
  });
}

/** "Mon 30 Mar 09:00 (Europe/Warsaw)", or that it starts on confirming. */
export function describeBatchStart(
  batch: Pick<BatchRequest, 'startUnixSeconds' | 'timezone'>,
): string {
  if (batch.startUnixSeconds === null || batch.timezone === null) return 'As soon as you confirm';
  return `${describeLocal(batch.startUnixSeconds, batch.timezone)} (${batch.timezone})`;
}
