import type { StoredRecipient } from '../recipients';

// How converted rows travel from the import worker to the page. Rows of a real list share a few
// combinations of call settings (language, time zone, call times, dates, priority, type, tags:
// a profile), so each profile is sent once and each row names its profile by number. That
// halves what the worker has to turn into JSON and the page has to read back, both on the
// import's critical path; the page puts the recipients together (assembleRecipients).

/** The settings rows share; its metadata's custom_fields are replaced by each row's own. */
export type RecipientProfile = Pick<StoredRecipient, 'preferences' | 'metadata'>;

/** What a converted row has of its own, already normalised. */
export interface OwnFields {
  id: string;
  phone_number: string;
  contact_info: StoredRecipient['contact_info'];
  custom_fields: StoredRecipient['metadata']['custom_fields'];
  variables: StoredRecipient['variables'];
  /** The row's profile: its index among all the profiles of the conversion so far. */
  profile: number;
}

/** Rows converted since the last batch, with the profiles they were first to use. */
export interface ConvertedBatch {
  rows: OwnFields[];
  /** The spreadsheet row of each, same order. */
  rowNumbers: number[];
  /** Profiles numbered from the count of those in earlier batches on. */
  profiles: RecipientProfile[];
}

function copyPreferences(from: StoredRecipient['preferences']): StoredRecipient['preferences'] {
  const copy: StoredRecipient['preferences'] = {
    best_call_times: from.best_call_times.slice(),
    blackout_dates: from.blackout_dates.slice(),
  };
  if (from.language !== undefined) copy.language = from.language;
  if (from.timezone !== undefined) copy.timezone = from.timezone;
  return copy;
}

function copyMetadata(
  from: StoredRecipient['metadata'],
  customFields: Record<string, string>,
): StoredRecipient['metadata'] {
  const copy: StoredRecipient['metadata'] = {
    tags: from.tags.slice(),
    custom_fields: customFields,
  };
  if (from.priority !== undefined) copy.priority = from.priority;
  if (from.customer_type !== undefined) copy.customer_type = from.customer_type;
  return copy;
}

/**
 * The recipient a converted row stands for. Rows share a profile, but each recipient must be
 * editable on its own, so its lists and groups are fresh copies.
 */
export function assembleRecipient(own: OwnFields, profile: RecipientProfile): StoredRecipient {
  return {
    id: own.id,
    phone_number: own.phone_number,
    contact_info: own.contact_info,
    preferences: copyPreferences(profile.preferences),
    metadata: copyMetadata(profile.metadata, own.custom_fields),
    variables: own.variables,
  };
}

/** Puts the recipients of one conversion's batches together, in the order they come. */
export function createRecipientAssembler(): (batch: ConvertedBatch) => StoredRecipient[] {
  const profiles: RecipientProfile[] = [];
  return (batch) => {
    for (const profile of batch.profiles) profiles.push(profile);
    return batch.rows.map((own) => {
      const profile = profiles[own.profile];
      if (!profile) throw new Error(`Converted row ${own.id} names an unknown profile.`);
      return assembleRecipient(own, profile);
    });
  };
}
