import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails, AgentOverrides } from '../agents/agent';
import {
  findLanguageCode,
  languageName,
  normaliseHeader,
  type StoredRecipient,
} from '../recipients';
import { createLaunchContext, type LaunchCheckOptions, type LaunchDraft } from './launch-context';

/** Per-person changes to the agent that ElevenLabs accepts when the agent allows them. */
export type OverrideKind = keyof AgentOverrides;
export const OVERRIDE_KINDS = [
  'language',
  'firstMessage',
  'systemPrompt',
  'voiceId',
] as const satisfies readonly OverrideKind[];

export type RecipientOverrides = Partial<Record<OverrideKind, string>>;

/**
 * The spreadsheet columns the ElevenLabs dashboard reads as overrides. Callsheet finds them
 * among a recipient's custom fields (the columns that are not recipient fields), matched
 * ignoring case, spaces, dashes and underscores, so "First message" works too. The language
 * is the recipient's own Language field: a "language" column is imported into it already.
 */
export const OVERRIDE_COLUMNS = {
  firstMessage: 'first_message',
  systemPrompt: 'system_prompt',
  voiceId: 'voice_id',
} as const satisfies Partial<Record<OverrideKind, string>>;

type ColumnOverride = keyof typeof OVERRIDE_COLUMNS;
const COLUMN_OVERRIDES = [
  'firstMessage',
  'systemPrompt',
  'voiceId',
] as const satisfies readonly ColumnOverride[];

/** What the agent's Security settings call each override, and what the person has. */
const OVERRIDE_WORDING: Readonly<Record<OverrideKind, { setting: string; what: string }>> = {
  language: { setting: 'Language', what: 'a per-person language' },
  firstMessage: { setting: 'First message', what: 'a per-person first message' },
  systemPrompt: { setting: 'System prompt', what: 'a per-person system prompt' },
  voiceId: { setting: 'Voice', what: 'a per-person voice' },
};

function compact(name: string): string {
  return normaliseHeader(name).replace(/ /g, '');
}

const OVERRIDE_BY_COMPACT_NAME = new Map<string, ColumnOverride>(
  COLUMN_OVERRIDES.map((kind) => [compact(OVERRIDE_COLUMNS[kind]), kind]),
);

function primaryLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Every override a recipient (normalised) asks for, allowed or not. A language is only an
 * override when it differs from the agent's own, so a Polish list for a Polish agent needs no
 * permission. A recipient variable named like an override column counts too, unless the
 * agent uses that name as a placeholder (then it is the placeholder's value).
 */
export function readRecipientOverrides(
  recipient: StoredRecipient,
  agent: Pick<AgentDetails, 'language' | 'variables'>,
): RecipientOverrides {
  const overrides: RecipientOverrides = {};
  const language = recipient.preferences.language;
  if (
    language !== undefined &&
    language !== '' &&
    (agent.language === null || primaryLanguage(agent.language) !== primaryLanguage(language))
  ) {
    overrides.language = language;
  }
  for (const [name, value] of Object.entries(recipient.metadata.custom_fields)) {
    const kind = OVERRIDE_BY_COMPACT_NAME.get(compact(name));
    const trimmed = value.trim();
    if (kind !== undefined && trimmed !== '' && overrides[kind] === undefined) {
      overrides[kind] = trimmed;
    }
  }
  for (const kind of COLUMN_OVERRIDES) {
    const name = OVERRIDE_COLUMNS[kind];
    if (overrides[kind] !== undefined || agent.variables.includes(name)) continue;
    if (!Object.hasOwn(recipient.variables, name)) continue;
    const trimmed = recipient.variables[name]?.trim() ?? '';
    if (trimmed !== '') overrides[kind] = trimmed;
  }
  return overrides;
}

/**
 * Only what the agent allows: ElevenLabs refuses to start a conversation with an override the
 * agent does not allow, so a disallowed one is left out (and reported before launch).
 */
export function allowedOverrides(
  overrides: RecipientOverrides,
  agent: Pick<AgentDetails, 'overrides'>,
): RecipientOverrides {
  const allowed: RecipientOverrides = {};
  for (const kind of OVERRIDE_KINDS) {
    const value = overrides[kind];
    if (value !== undefined && agent.overrides[kind]) allowed[kind] = value;
  }
  return allowed;
}

/** The SDK's `conversationConfigOverride`, or undefined when there is nothing to override. */
export function toConversationConfigOverride(
  overrides: RecipientOverrides,
): ElevenLabs.ConversationConfigClientOverrideInput | undefined {
  const agent: ElevenLabs.AgentConfigOverrideInput = {};
  if (overrides.language !== undefined) agent.language = overrides.language;
  if (overrides.firstMessage !== undefined) agent.firstMessage = overrides.firstMessage;
  if (overrides.systemPrompt !== undefined) agent.prompt = { prompt: overrides.systemPrompt };
  const config: ElevenLabs.ConversationConfigClientOverrideInput = {};
  if (Object.keys(agent).length > 0) config.agent = agent;
  if (overrides.voiceId !== undefined) config.tts = { voiceId: overrides.voiceId };
  return Object.keys(config).length > 0 ? config : undefined;
}

export interface DisallowedOverride {
  override: OverrideKind;
  /** The recipients who have a value for it, in list order. */
  recipientIds: string[];
  count: number;
  /** Plain English, with what to do about it. */
  message: string;
}

function people(count: number): string {
  return count === 1 ? '1 person has' : `${count} people have`;
}

function describeLanguages(codes: readonly string[]): string {
  const names = [...new Set(codes)].map((code) => {
    const known = findLanguageCode(code);
    return known === undefined ? code : languageName(known);
  });
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and others` : shown;
}

function agentLanguage(agent: Pick<AgentDetails, 'language'>): string {
  if (agent.language === null) return '';
  const known = findLanguageCode(agent.language);
  return ` (${known === undefined ? agent.language : languageName(known)})`;
}

export function disallowedOverrideMessage(
  kind: OverrideKind,
  recipientCount: number,
  detail: { agent: Pick<AgentDetails, 'language'>; languages?: readonly string[] },
): string {
  const { setting, what } = OVERRIDE_WORDING[kind];
  const ask = `ask its owner to enable “${setting}” overrides in the agent's Security settings`;
  if (kind === 'language') {
    const languages = detail.languages?.length ? ` (${describeLanguages(detail.languages)})` : '';
    return `${people(recipientCount)} a language${languages} other than the agent's${agentLanguage(detail.agent)}, but the agent does not allow ${what}; ${ask}, or clear their language.`;
  }
  return `${people(recipientCount)} a “${OVERRIDE_COLUMNS[kind]}” column value, but the agent does not allow ${what}; ${ask}, or remove the column.`;
}

/**
 * One message per override some recipients ask for that the agent does not allow, so the
 * launch screen says so before anything is sent. Those values are not sent (see
 * allowedOverrides); the calls would use the agent's own setting instead.
 */
export function findDisallowedOverrides(
  agent: AgentDetails,
  draft: LaunchDraft,
  options: LaunchCheckOptions = {},
): DisallowedOverride[] {
  const context = createLaunchContext(agent, draft, {}, options);
  const idsByKind = new Map<OverrideKind, string[]>();
  const languages: string[] = [];
  for (const stored of draft.recipients) {
    if (options.leaveOut?.has(stored.id)) continue;
    const recipient = context.normalize(stored);
    const overrides = readRecipientOverrides(recipient, agent);
    for (const kind of OVERRIDE_KINDS) {
      if (overrides[kind] === undefined || agent.overrides[kind]) continue;
      const ids = idsByKind.get(kind) ?? [];
      ids.push(recipient.id);
      idsByKind.set(kind, ids);
      if (kind === 'language') languages.push(overrides[kind]);
    }
  }
  return OVERRIDE_KINDS.flatMap((kind) => {
    const recipientIds = idsByKind.get(kind);
    if (!recipientIds) return [];
    return [
      {
        override: kind,
        recipientIds,
        count: recipientIds.length,
        message: disallowedOverrideMessage(kind, recipientIds.length, { agent, languages }),
      },
    ];
  });
}
