import type { StoredRecipient } from '../recipients';

// How converted rows travel from the import worker to the page. Rows of a real list share a few
// combinations of call settings (language, time zone, call times, dates, priority, type, tags:
// a profile), so each profile is sent once and each row names its profile by number. The rest
// goes field by field, one array of values per field down the batch's rows: structured-cloning
// a few arrays of strings costs the worker and the page a fraction of what 100k small objects
// (or their JSON) cost, both on the import's critical path. The page puts the recipients
// together (createRecipientAssembler).

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
  /**
   * Where the phone number is valid, the country its numbering plan names ('' for none); null
   * where it is not valid.
   */
  phone_country: string | null;
}

/** One entry of a record (contact details, custom fields, variables) down a batch's rows. */
export interface FieldColumn {
  key: string;
  /** null where the row has no such entry. */
  values: Array<string | null>;
}

/** Rows converted since the last batch, with the profiles they were first to use. */
export interface ConvertedBatch {
  ids: string[];
  phoneNumbers: string[];
  /** Each row's OwnFields.phone_country. */
  phoneCountries: Array<string | null>;
  contactInfo: FieldColumn[];
  customFields: FieldColumn[];
  variables: FieldColumn[];
  /** Each row's profile (see OwnFields.profile). */
  profiles: number[];
  /** The spreadsheet row of each, same order. */
  rowNumbers: number[];
  /** Profiles numbered from the count of those in earlier batches on. */
  newProfiles: RecipientProfile[];
}

/** The entries of one kind of record, column by column, for the rows added so far. */
function createRecordColumns(): {
  add(record: Readonly<Record<string, string>>, row: number): void;
  take(): FieldColumn[];
} {
  let columns = new Map<string, FieldColumn>();
  let rows = 0;
  return {
    add(record, row) {
      rows = row + 1;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        let column = columns.get(key);
        if (!column) {
          column = { key, values: [] };
          columns.set(key, column);
        }
        while (column.values.length < row) column.values.push(null);
        column.values.push(record[key] ?? null);
      }
    },
    take() {
      const taken = [...columns.values()];
      for (const column of taken) while (column.values.length < rows) column.values.push(null);
      columns = new Map();
      rows = 0;
      return taken;
    },
  };
}

/** Collects converted rows into batches. */
export function createBatchBuilder(): {
  add(own: OwnFields, rowNumber: number): void;
  /** The rows added since the last call, with the profiles made meanwhile. */
  take(newProfiles: RecipientProfile[]): ConvertedBatch;
} {
  let ids: string[] = [];
  let phoneNumbers: string[] = [];
  let phoneCountries: Array<string | null> = [];
  let profiles: number[] = [];
  let rowNumbers: number[] = [];
  const contactInfo = createRecordColumns();
  const customFields = createRecordColumns();
  const variables = createRecordColumns();
  return {
    add(own, rowNumber) {
      const row = ids.length;
      ids.push(own.id);
      phoneNumbers.push(own.phone_number);
      phoneCountries.push(own.phone_country);
      contactInfo.add(own.contact_info, row);
      customFields.add(own.custom_fields, row);
      variables.add(own.variables, row);
      profiles.push(own.profile);
      rowNumbers.push(rowNumber);
    },
    take(newProfiles) {
      const batch: ConvertedBatch = {
        ids,
        phoneNumbers,
        phoneCountries,
        contactInfo: contactInfo.take(),
        customFields: customFields.take(),
        variables: variables.take(),
        profiles,
        rowNumbers,
        newProfiles,
      };
      ids = [];
      phoneNumbers = [];
      phoneCountries = [];
      profiles = [];
      rowNumbers = [];
      return batch;
    },
  };
}

/**
 * Sets an entry as an own property, also for a key such as "__proto__" that plain assignment
 * would not add as one.
 */
export function setEntry(record: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    record[key] = value;
  }
}

function recordAt<T extends Record<string, string>>(columns: FieldColumn[], row: number): T {
  const record: Record<string, string> = {};
  for (const column of columns) {
    const value = column.values[row];
    if (value !== null && value !== undefined) setEntry(record, column.key, value);
  }
  return record as T;
}

/** Freezes a profile's settings, lists included (see createRecipientAssembler). */
function frozen(profile: RecipientProfile): RecipientProfile {
  Object.freeze(profile.preferences.best_call_times);
  Object.freeze(profile.preferences.blackout_dates);
  Object.freeze(profile.preferences);
  Object.freeze(profile.metadata.tags);
  return profile;
}

/**
 * Puts the recipients of one conversion's batches together, in the order they come. Recipients
 * are values that every edit replaces rather than changes, so the rows of a profile share its
 * settings (100k recipients are then a good deal fewer objects for the page to make and keep);
 * the shared parts are frozen, so an edit in place would fail loudly instead of changing every
 * row of the profile.
 */
export function createRecipientAssembler(): (batch: ConvertedBatch) => StoredRecipient[] {
  const profiles: RecipientProfile[] = [];
  return (batch) => {
    for (const profile of batch.newProfiles) profiles.push(frozen(profile));
    return batch.ids.map((id, row) => {
      const profile = profiles[batch.profiles[row] ?? -1];
      if (!profile) throw new Error(`Converted row ${id} names an unknown profile.`);
      return {
        id,
        phone_number: batch.phoneNumbers[row] ?? '',
        contact_info: recordAt<StoredRecipient['contact_info']>(batch.contactInfo, row),
        preferences: profile.preferences,
        metadata: { ...profile.metadata, custom_fields: recordAt(batch.customFields, row) },
        variables: recordAt(batch.variables, row),
      };
    });
  };
}
