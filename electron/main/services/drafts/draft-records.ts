import {
  DRAFT_NAME_MAX,
  type CampaignDraft,
  type DraftContent,
  type DraftSummary,
} from '../../../../shared/domain/drafts/draft';

/** The name a draft gets when the UI gives none (the UI names new drafts in its language). */
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

/**
 * "Spring reminders" + " (copy)" → "Spring reminders (copy)"; the suffix is the UI's, in its
 * language. The name is shortened if needed to stay a valid name.
 */
export function copyName(name: string, suffix: string, maxLength: number = DRAFT_NAME_MAX): string {
  const room = maxLength - suffix.length;
  const base = name.length > room ? name.slice(0, room).trimEnd() : name;
  return `${base}${suffix}`;
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
