import type { AgentDetails } from '../../../shared/domain/agents/agent';
import type { CampaignDraft, DraftSchedule } from '../../../shared/domain/drafts/draft';
import { createEmptyRecipient, type StoredRecipient } from '../../../shared/domain/recipients';

/** An agent that allows no overrides, changed as a test needs. */
export function agent(overrides: Partial<AgentDetails> = {}): AgentDetails {
  return {
    id: 'agent_1',
    name: 'Bookings',
    language: 'pl',
    firstMessage: '',
    prompt: '',
    variables: [],
    variableDefaults: {},
    overrides: { firstMessage: false, language: false, systemPrompt: false, voiceId: false },
    ...overrides,
  };
}

export const ALL_OVERRIDES = {
  firstMessage: true,
  language: true,
  systemPrompt: true,
  voiceId: true,
};

type RecipientChanges = Partial<Omit<StoredRecipient, 'id'>>;

/** A Polish recipient with a valid number, changed as a test needs. */
export function person(id: string, changes: RecipientChanges = {}): StoredRecipient {
  const base = createEmptyRecipient(id, '600 700 800');
  return {
    ...base,
    ...changes,
    contact_info: { ...base.contact_info, ...changes.contact_info },
    preferences: { ...base.preferences, ...changes.preferences },
    metadata: { ...base.metadata, ...changes.metadata },
    variables: { ...base.variables, ...changes.variables },
  };
}

/** Calling windows: 09:00-17:00 on weekdays, in Warsaw time unless a person has their own. */
export const WARSAW_WEEKDAYS: DraftSchedule = {
  kind: 'windows',
  timezone: 'Europe/Warsaw',
  callingHours: ['09:00-17:00'],
  allowedWeekdays: [1, 2, 3, 4, 5],
  blackoutDates: [],
};

export function draft(changes: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    id: 'draft_1',
    createdAt: 0,
    updatedAt: 0,
    revision: 7,
    launch: null,
    name: 'Spring promo',
    agent: { id: 'agent_1', name: 'Bookings' },
    phoneNumber: { id: 'phnum_1', label: 'Reception', number: '+48221234567' },
    defaultCountry: 'PL',
    variables: {},
    schedule: { kind: 'now' },
    bindings: {},
    spreadsheetColumns: [],
    recipients: [],
    ...changes,
  };
}
