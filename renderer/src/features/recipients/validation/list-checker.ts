import {
  createPhoneNumberNormalizer,
  validateRecipients,
  type CountryCode,
  type PhoneNumberCache,
  type StoredRecipient,
  type ValidPhoneNumbers,
} from '../../../../../shared/domain/recipients';
import type { ListCheck } from './messages';

/**
 * The validation worker's copy of the recipient list and its check of it, apart from the
 * worker's messages so the editor's tests can check lists exactly as the worker does.
 */
export interface ListChecker {
  load(rows: readonly StoredRecipient[], defaultCountry: CountryCode, version: number): void;
  patch(upserts: readonly StoredRecipient[], removed: readonly string[], version: number): void;
  setCountry(defaultCountry: CountryCode, version: number): void;
  /** Numbers found valid elsewhere, for the campaign's country: not parsed again. */
  learn(numbers: ValidPhoneNumbers): void;
  /** The whole list checked as of the latest change; null before the first load. */
  check(): ListCheck | null;
}

export function createListChecker(): ListChecker {
  let rows = new Map<string, StoredRecipient>();
  // Kept from one check to the next: a list is parsed once, and an edit then costs one parse.
  let phoneNumbers: PhoneNumberCache | null = null;
  let version = -1;

  const setCountry = (country: CountryCode, listVersion: number) => {
    if (phoneNumbers?.defaultCountry !== country) {
      phoneNumbers = createPhoneNumberNormalizer(country);
    }
    version = listVersion;
  };

  return {
    load(list, defaultCountry, listVersion) {
      rows = new Map(list.map((row) => [row.id, row]));
      setCountry(defaultCountry, listVersion);
    },
    patch(upserts, removed, listVersion) {
      for (const id of removed) rows.delete(id);
      for (const row of upserts) rows.set(row.id, row);
      version = listVersion;
    },
    setCountry,
    learn: (numbers) => phoneNumbers?.learn(numbers),
    check() {
      if (!phoneNumbers) return null;
      const result = validateRecipients([...rows.values()], {
        defaultCountry: phoneNumbers.defaultCountry,
        phoneNumbers,
      });
      const duplicateIds = new Set<string>();
      for (const ids of result.duplicateGroups.values()) for (const id of ids) duplicateIds.add(id);
      return { version, issuesById: result.issuesById, duplicateIds };
    },
  };
}
