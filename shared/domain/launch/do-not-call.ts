import { z } from 'zod';
import {
  normalizerFor,
  E164PhoneNumberSchema,
  type CountryCode,
  type PhoneNumberNormalizer,
} from '../recipients';

/** A number that must never be called, whatever campaign it turns up in. */
export const DoNotCallEntrySchema = z.object({
  /** E.164, e.g. +48600700800. */
  phoneNumber: E164PhoneNumberSchema,
  note: z.string().max(500).optional(),
  /** Unix milliseconds. */
  addedAt: z.number().int(),
});
export type DoNotCallEntry = z.infer<typeof DoNotCallEntrySchema>;

/** E.164 numbers, for matching. */
export type DoNotCallSet = ReadonlySet<string>;

export function doNotCallSet(entries: Iterable<Pick<DoNotCallEntry, 'phoneNumber'>>): DoNotCallSet {
  const numbers = new Set<string>();
  for (const entry of entries) numbers.add(entry.phoneNumber);
  return numbers;
}

export interface DoNotCallResult<T> {
  kept: T[];
  excluded: { ids: string[]; count: number };
}

/**
 * Splits recipients into those that may be called and those whose number is on the list.
 * Both sides are compared in E.164, so "600 700 800" in a Polish campaign matches
 * +48600700800 and "0048 600-700-800". A number that cannot be read matches nothing: such a
 * recipient is invalid and cannot be called anyway.
 */
export function applyDoNotCall<T extends { id: string; phone_number: string }>(
  recipients: readonly T[],
  doNotCall: DoNotCallSet,
  defaultCountry: CountryCode,
  options: { phoneNumbers?: PhoneNumberNormalizer } = {},
): DoNotCallResult<T> {
  const phoneNumbers = normalizerFor(defaultCountry, options.phoneNumbers);
  // Entries are stored in E.164, but a set built elsewhere might not be; reading each once
  // costs little and makes the match independent of how the list was made.
  const blocked = new Set<string>();
  for (const number of doNotCall) {
    const result = phoneNumbers.normalize(number);
    blocked.add(result.ok ? result.e164 : number);
  }
  const kept: T[] = [];
  const ids: string[] = [];
  for (const recipient of recipients) {
    const result = phoneNumbers.normalize(recipient.phone_number);
    if (result.ok && blocked.has(result.e164)) ids.push(recipient.id);
    else kept.push(recipient);
  }
  return { kept, excluded: { ids, count: ids.length } };
}

/**
 * The people a launch leaves out whatever their values: those left out by hand and those
 * whose number is on the do-not-call list. Nothing about them can block the launch.
 */
export function leftOutAtLaunch(
  recipients: readonly { id: string; phone_number: string }[],
  options: {
    excludedIds: Iterable<string>;
    doNotCall: DoNotCallSet;
    defaultCountry: CountryCode;
    phoneNumbers?: PhoneNumberNormalizer;
  },
): Set<string> {
  const leftOut = new Set(options.excludedIds);
  const { excluded } = applyDoNotCall(
    recipients,
    options.doNotCall,
    options.defaultCountry,
    options.phoneNumbers ? { phoneNumbers: options.phoneNumbers } : {},
  );
  for (const id of excluded.ids) leftOut.add(id);
  return leftOut;
}

export interface DoNotCallAddition {
  phoneNumber: string;
  note?: string;
}

export interface DoNotCallMerge {
  entries: DoNotCallEntry[];
  added: number;
  /** Numbers that were on the list already; their entries are kept as they were. */
  alreadyListed: number;
}

/** The list with new numbers appended, each number once, keeping the earliest entry. */
export function mergeDoNotCall(
  existing: readonly DoNotCallEntry[],
  additions: readonly DoNotCallAddition[],
  addedAt: number,
): DoNotCallMerge {
  const entries = [...existing];
  const listed = new Set(existing.map((entry) => entry.phoneNumber));
  let added = 0;
  let alreadyListed = 0;
  for (const addition of additions) {
    if (listed.has(addition.phoneNumber)) {
      alreadyListed++;
      continue;
    }
    listed.add(addition.phoneNumber);
    const note = addition.note?.trim();
    entries.push(
      note
        ? { phoneNumber: addition.phoneNumber, note, addedAt }
        : { phoneNumber: addition.phoneNumber, addedAt },
    );
    added++;
  }
  return { entries, added, alreadyListed };
}
