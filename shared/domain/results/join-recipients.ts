import type { DraftContent } from '../drafts/draft';
import { createPhoneNumberNormalizer, type StoredRecipient } from '../recipients';

/** Finds the campaign row each call in a batch was made for. */
export interface RecipientJoin {
  /**
   * One entry per batch recipient, in order: the draft recipient with that number, or null.
   * When several rows share a number they are handed out in list order, so each is used once.
   */
  match(phoneNumbers: readonly (string | null)[]): (StoredRecipient | null)[];
}

/**
 * Batches do not carry the draft's recipient ids (ElevenLabs is sent only the number and the
 * variables), so calls are matched to people by phone number, both sides normalised the way
 * the launch normalised them.
 */
export function createRecipientJoin(
  draft: Pick<DraftContent, 'recipients' | 'defaultCountry'>,
): RecipientJoin {
  const phoneNumbers = createPhoneNumberNormalizer(draft.defaultCountry);
  const key = (raw: string): string => {
    const read = phoneNumbers.normalize(raw);
    return read.ok ? read.e164 : raw.trim();
  };
  const byNumber = new Map<string, StoredRecipient[]>();
  for (const recipient of draft.recipients) {
    const number = key(recipient.phone_number);
    const same = byNumber.get(number);
    if (same) same.push(recipient);
    else byNumber.set(number, [recipient]);
  }
  return {
    match(numbers) {
      const used = new Map<string, number>();
      return numbers.map((raw) => {
        if (raw === null) return null;
        const number = key(raw);
        const taken = used.get(number) ?? 0;
        const found = byNumber.get(number)?.[taken];
        if (!found) return null;
        used.set(number, taken + 1);
        return found;
      });
    },
  };
}
