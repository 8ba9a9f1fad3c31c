import {
  DRAFT_NAME_MAX,
  type CampaignDraft,
  type DraftContent,
  type DraftSummary,
} from '../../../../shared/domain/drafts/draft';

export const DEFAULT_DRAFT_NAME = 'Untitled campaign';

/** A new campaign: nothing chosen yet, Polish numbers by default, to be sent right away. */
export function newDraftContent(name: string = DEFAULT_DRAFT_NAME): DraftContent {
  return {
    name,
    agent: null,
    phoneNumber: null,
    defaultCountry: 'PL',
    variables: {},
    schedule: { kind: 'now' },
    bindings: {},
    spreadsheetColumns: [],
    recipients: [],
  };
}

const COPY_SUFFIX = ' (copy)';

/** "Spring reminders" → "Spring reminders (copy)", shortened if needed to stay a valid name. */
export function copyName(name: string, maxLength: number = DRAFT_NAME_MAX): string {
  const room = maxLength - COPY_SUFFIX.length;
  const base = name.length > room ? name.slice(0, room).trimEnd() : name;
  return `${base}${COPY_SUFFIX}`;
}

export function summarize(draft: CampaignDraft): DraftSummary {
  return {
    id: draft.id,
    name: draft.name,
    updatedAt: draft.updatedAt,
    recipientCount: draft.recipients.length,
    agentName: draft.agent?.name ?? null,
    launched: draft.launch !== null,
  };
}
