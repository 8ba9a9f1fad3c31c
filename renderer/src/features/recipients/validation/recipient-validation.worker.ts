// Validates the whole recipient list off the page's thread: with 100k rows a full pass takes
// a fraction of a second (seconds the first time, while phone numbers are parsed), which
// would otherwise freeze typing. The page sends changes; this keeps its own copy of the list.
import {
  createPhoneNumberNormalizer,
  validateRecipients,
  type CountryCode,
  type PhoneNumberNormalizer,
  type StoredRecipient,
} from '../../../../../shared/domain/recipients';
import type { ListCheck, ToValidator } from './messages';

let rows = new Map<string, StoredRecipient>();
/** Rows sent ahead of the load or patch they belong to. */
let ahead: StoredRecipient[] = [];
let phoneNumbers: PhoneNumberNormalizer | null = null;
let version = -1;
let scheduled = false;

function useCountry(country: CountryCode): void {
  if (phoneNumbers?.defaultCountry !== country) phoneNumbers = createPhoneNumberNormalizer(country);
}

function run(): void {
  scheduled = false;
  if (!phoneNumbers) return;
  const result = validateRecipients([...rows.values()], {
    defaultCountry: phoneNumbers.defaultCountry,
    phoneNumbers,
  });
  const duplicateIds = new Set<string>();
  for (const ids of result.duplicateGroups.values()) for (const id of ids) duplicateIds.add(id);
  const check: ListCheck = { version, issuesById: result.issuesById, duplicateIds };
  postMessage(check);
}

addEventListener('message', (event: MessageEvent<ToValidator>) => {
  const message = event.data;
  if (message.kind === 'rows') {
    for (const row of JSON.parse(message.rowsJson) as StoredRecipient[]) ahead.push(row);
    return;
  }
  if (message.kind === 'load') {
    const list = JSON.parse(message.rowsJson) as StoredRecipient[];
    rows = new Map([...ahead, ...list].map((row) => [row.id, row]));
    ahead = [];
    useCountry(message.defaultCountry);
  } else if (message.kind === 'patch') {
    for (const id of message.removed) rows.delete(id);
    for (const row of ahead) rows.set(row.id, row);
    ahead = [];
    for (const row of JSON.parse(message.upsertsJson) as StoredRecipient[]) rows.set(row.id, row);
  } else {
    useCountry(message.defaultCountry);
  }
  version = message.version;
  // Messages that arrive together (fast typing, undo pressed repeatedly) share one pass.
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
