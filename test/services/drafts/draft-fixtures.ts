import type { DraftContent, DraftSettings } from '../../../shared/domain/drafts/draft';
import type { StoredRecipient } from '../../../shared/domain/recipients';

const FIRST_NAMES = ['Anna', 'Piotr', 'Giulia', 'Marco', 'Zofia', 'Luca', 'Maria', 'Jan'];
const LAST_NAMES = ['Kowalska', 'Nowak', 'Rossi', 'Bianchi', 'Wiśniewska', 'Esposito'];
const COMPANIES = ['Salon Róża', 'Clinica Sole', 'Sklep u Jana', 'Agenzia Blu', ''];

/**
 * A recipient shaped like a real imported row: every group filled in, some accented text, a
 * per-person variable or two. Deterministic, so benchmark runs stay comparable.
 */
export function sampleRecipient(index: number): StoredRecipient {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Anna';
  const last = LAST_NAMES[index % LAST_NAMES.length] ?? 'Nowak';
  const italian = index % 3 === 0;
  return {
    id: `r${index}`,
    phone_number: italian
      ? `+39 3${String(100_000_000 + index).slice(-9)}`
      : `+48 ${String(500_000_000 + index)}`,
    contact_info: {
      name: `${first} ${last}`,
      company: COMPANIES[index % COMPANIES.length] ?? '',
      title: index % 4 === 0 ? 'Owner' : 'Manager',
    },
    preferences: {
      language: italian ? 'it' : 'pl',
      timezone: italian ? 'Europe/Rome' : 'Europe/Warsaw',
      best_call_times: ['09:00-12:00', '14:00-17:00'],
      blackout_dates: index % 10 === 0 ? ['2026-12-24'] : [],
    },
    metadata: {
      priority: index % 5 === 0 ? 'high' : 'medium',
      customer_type: 'customer',
      tags: ['spring', index % 2 === 0 ? 'loyal' : 'new'],
      custom_fields: { visits: String(index % 40) },
    },
    variables: { appointment_date: '2026-04-12', first_name: first },
  };
}

export function sampleRecipients(count: number): StoredRecipient[] {
  return Array.from({ length: count }, (_, index) => sampleRecipient(index));
}

export function sampleContent(overrides: Partial<DraftContent> = {}): DraftContent {
  return {
    name: 'Spring reminders',
    agent: { id: 'agent_1', name: 'Reception' },
    phoneNumber: { id: 'phnum_1', label: 'Front desk', number: '+48221234567' },
    defaultCountry: 'PL',
    variables: { clinic_name: 'Clinica Sole' },
    schedule: { kind: 'now' },
    bindings: {},
    spreadsheetColumns: [],
    recipients: sampleRecipients(3),
    ...overrides,
  };
}

const largeRecipients = new Map<number, ReturnType<typeof sampleRecipients>>();

/**
 * The content saved as revision `revision` in the killed-writer test: the revision is written
 * into the content too, so a file that mixed two saves would be caught.
 */
export function savedAs(revision: number, recipientCount: number): DraftContent {
  let recipients = largeRecipients.get(recipientCount);
  if (!recipients) {
    recipients = sampleRecipients(recipientCount);
    largeRecipients.set(recipientCount, recipients);
  }
  return sampleContent({
    name: `Saved as ${revision}`,
    variables: { saved_as: String(revision) },
    recipients,
  });
}

/** The content without its recipients, as saveStagedDraft takes it. */
export function sampleSettings(overrides: Partial<DraftContent> = {}): DraftSettings {
  const { recipients, ...settings } = sampleContent(overrides);
  return settings;
}
