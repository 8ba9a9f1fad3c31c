import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails } from '../agents/agent';
import { extractPlaceholders } from '../agents/placeholders';
import type { DraftContent } from '../drafts/draft';
import type { StoredRecipient, StoredRecipientInput } from '../recipients';
import {
  allowedOverrides,
  readRecipientOverrides,
  toConversationConfigOverride,
  type RecipientOverrides,
} from './call-overrides';
import {
  createLaunchContext,
  type LaunchContext,
  type LaunchContextOptions,
} from './launch-context';
import type { VariableBindings } from './recipient-values';
import { resolveVariable } from './resolve-variable';

/** What one recipient's call is sent, and what it still lacks. */
export interface PreparedCall {
  /** Keyed exactly as the agent spells its placeholders. */
  dynamicVariables: Record<string, string>;
  /** Variables the call needs that nothing supplies; the call would fail without them. */
  missing: string[];
  /** The overrides that will be sent: the recipient's, minus those the agent does not allow. */
  overrides: RecipientOverrides;
  conversationConfigOverride: ElevenLabs.ConversationConfigClientOverrideInput | undefined;
}

/**
 * The variables a call needs: the agent's own placeholders plus any in the first message or
 * system prompt this recipient overrides them with, since ElevenLabs fills those in too.
 */
export function variablesForCall(
  agent: Pick<AgentDetails, 'variables'>,
  overrides: RecipientOverrides,
): string[] {
  const extra = extractPlaceholders([overrides.firstMessage, overrides.systemPrompt]);
  if (extra.length === 0) return agent.variables;
  return [...new Set([...agent.variables, ...extra])];
}

/**
 * Only the variables the call uses are sent, never every value the recipient has: custom
 * fields and unused variables may be personal data (a clinic's notes) that ElevenLabs would
 * store with each conversation for no purpose, and a 500,000-row campaign stays small.
 * Agent defaults are sent explicitly, so the call says exactly what the preview showed.
 */
export function prepareCall(recipient: StoredRecipient, context: LaunchContext): PreparedCall {
  const overrides = allowedOverrides(
    readRecipientOverrides(recipient, context.agent),
    context.agent,
  );
  const entries: [string, string][] = [];
  const missing: string[] = [];
  for (const name of variablesForCall(context.agent, overrides)) {
    const resolved = resolveVariable(recipient, name, context);
    if (resolved.source === 'none') missing.push(name);
    else entries.push([name, resolved.value]);
  }
  return {
    // From pairs: a placeholder may be called __proto__, which assignment would swallow.
    dynamicVariables: Object.fromEntries(entries),
    missing,
    overrides,
    conversationConfigOverride: toConversationConfigOverride(overrides),
  };
}

/**
 * The `dynamic_variables` for one recipient's call, keyed exactly as the agent spells them
 * (`_notes_for_agent_`, `nome`, `customer_name`). Variables nothing supplies are left out;
 * findMissingValues reports them so launch can be blocked first.
 */
export function buildDynamicVariables(
  recipient: StoredRecipientInput,
  agent: AgentDetails,
  draft: Pick<DraftContent, 'defaultCountry' | 'variables'>,
  bindings: VariableBindings,
  options: LaunchContextOptions = {},
): Record<string, string> {
  const context = createLaunchContext(agent, draft, bindings, options);
  return prepareCall(context.normalize(recipient), context).dynamicVariables;
}
