import type { CountryCode } from './countries';
import { normalizerFor, type PhoneNumberNormalizer } from './phone-numbers';

export interface PhoneNumberHolder {
  id: string;
  phone_number: string;
}

export interface DuplicateOptions {
  /**
   * A normaliser that already knows (most of) the list's numbers, e.g. the one the last
   * validation used; ignored when it was made for a different country.
   */
  phoneNumbers?: PhoneNumberNormalizer;
}

/**
 * Recipients that would be called on the same number, however it was typed
 * ("600 700 800", "+48 600-700-800", "0048600700800"). Keyed by E.164; only numbers held by
 * two or more recipients appear; ids keep list order. Invalid numbers are never duplicates.
 */
export function findDuplicatePhoneNumbers(
  recipients: readonly PhoneNumberHolder[],
  defaultCountry: CountryCode,
  options: DuplicateOptions = {},
): Map<string, string[]> {
  const phoneNumbers = normalizerFor(defaultCountry, options.phoneNumbers);
  return groupDuplicates(recipients, (recipient) => {
    const result = phoneNumbers.normalize(recipient.phone_number);
    return result.ok ? result.e164 : undefined;
  });
}

/**
 * The grouping step on its own, for callers that already hold each recipient's E.164 number
 * (return undefined for recipients without a valid one).
 */
export function groupDuplicates<T extends { id: string }>(
  recipients: readonly T[],
  e164Of: (recipient: T) => string | undefined,
): Map<string, string[]> {
  const idsByNumber = new Map<string, string[]>();
  const duplicates = new Map<string, string[]>();
  for (const recipient of recipients) {
    const e164 = e164Of(recipient);
    if (e164 === undefined) continue;
    const ids = idsByNumber.get(e164);
    if (ids === undefined) {
      idsByNumber.set(e164, [recipient.id]);
    } else {
      ids.push(recipient.id);
      // Same array object, so later ids still land in the result.
      if (ids.length === 2) duplicates.set(e164, ids);
    }
  }
  return duplicates;
}
