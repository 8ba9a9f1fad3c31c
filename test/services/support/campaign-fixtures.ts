import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import {
  DraftContentSchema,
  type CampaignDraft,
  type DraftContent,
} from '../../../shared/domain/drafts/draft';
import { createEmptyRecipient, type StoredRecipient } from '../../../shared/domain/recipients';
import type { AppHarness } from './app-harness';

// Campaigns for services tests: the salon agent calling from the Polish Twilio number unless
// a test says otherwise.

export function person(
  id: string,
  phone: string,
  extra: {
    name?: string;
    variables?: Record<string, string>;
    fields?: Record<string, string>;
  } = {},
): StoredRecipient {
  const empty = createEmptyRecipient(id, phone);
  return {
    ...empty,
    contact_info: { name: extra.name ?? `Person ${id}` },
    metadata: { ...empty.metadata, custom_fields: extra.fields ?? {} },
    variables: extra.variables ?? {},
  };
}

/** Creates a draft through the handlers with this content, and returns it as saved. */
export async function saveDraft(
  app: AppHarness,
  name: string,
  content: Partial<DraftContent>,
): Promise<CampaignDraft> {
  const created = await app.call('createDraft', { name });
  if (!created.ok) throw new Error(created.error.message);
  const { id, revision } = created.value;
  const saved = await app.call('saveDraft', {
    id,
    baseRevision: revision,
    content: {
      ...DraftContentSchema.parse(created.value),
      agent: { id: SANDBOX_AGENT_IDS.salonBookingPl, name: 'Salon Bella' },
      phoneNumber: {
        id: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
        label: 'Salon',
        number: '+48223076512',
      },
      ...content,
    },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const draft = await app.call('getDraft', { id });
  if (!draft.ok) throw new Error(draft.error.message);
  return draft.value;
}
