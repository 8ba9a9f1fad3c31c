import type { AgentDetails } from '../agents/agent';
import { prepareCall } from './dynamic-variables';
import {
  createLaunchContext,
  type LaunchCheckOptions,
  type LaunchContextOptions,
  type LaunchDraft,
} from './launch-context';
import {
  recipientValueLabel,
  type RecipientValuePath,
  type VariableBindings,
} from './recipient-values';
import {
  resolveVariable,
  VARIABLE_SOURCE_KINDS,
  type VariableSourceKind,
} from './resolve-variable';

export interface VariableSourceSummary {
  /** Spelled exactly as the agent spells it. */
  name: string;
  /**
   * Where most recipients' value comes from (ties go to the higher precedence); without
   * recipients, where it would come from for a recipient with no values of their own.
   */
  source: VariableSourceKind;
  /** How many recipients get their value from each source. */
  bySource: Record<VariableSourceKind, number>;
  /** The recipient value bound to the variable, if any. */
  boundField: { path: RecipientValuePath; label: string } | null;
  /** The campaign-level value, if set. */
  campaignValue: string | null;
  /** The agent's declared default, if any; a blank one counts as none. */
  agentDefault: string | null;
  withValue: number;
  withoutValue: number;
}

function emptyCounts(): Record<VariableSourceKind, number> {
  return { recipient: 0, field: 0, campaign: 0, agent_default: 0, none: 0 };
}

function mostCommon(counts: Record<VariableSourceKind, number>): VariableSourceKind {
  let best: VariableSourceKind = 'none';
  let bestCount = 0;
  for (const kind of VARIABLE_SOURCE_KINDS) {
    if (counts[kind] > bestCount) {
      best = kind;
      bestCount = counts[kind];
    }
  }
  return best;
}

function fallbackSource(
  boundField: object | null,
  campaignValue: string | null,
  agentDefault: string | null,
): VariableSourceKind {
  if (boundField !== null) return 'field';
  if (campaignValue !== null) return 'campaign';
  if (agentDefault !== null) return 'agent_default';
  return 'none';
}

/**
 * For each of the agent's variables, where its value comes from and how many recipients have
 * one. Counts every recipient in `draft.recipients`; pass only the ones to be called (after
 * exclusions) to count those.
 */
export function describeVariableSources(
  agent: AgentDetails,
  draft: LaunchDraft,
  bindings: VariableBindings,
  options: LaunchContextOptions = {},
): VariableSourceSummary[] {
  const context = createLaunchContext(agent, draft, bindings, options);
  const counts = agent.variables.map(emptyCounts);
  for (const stored of draft.recipients) {
    const recipient = context.normalize(stored);
    agent.variables.forEach((name, index) => {
      const tally = counts[index];
      if (tally) tally[resolveVariable(recipient, name, context).source]++;
    });
  }
  return agent.variables.map((name, index) => {
    const bySource = counts[index] ?? emptyCounts();
    const path = Object.hasOwn(bindings, name) ? bindings[name] : undefined;
    const boundField = path === undefined ? null : { path, label: recipientValueLabel(path) };
    const campaign = Object.hasOwn(draft.variables, name) ? draft.variables[name]?.trim() : '';
    const campaignValue = campaign === undefined || campaign === '' ? null : campaign;
    const declared = Object.hasOwn(agent.variableDefaults, name)
      ? agent.variableDefaults[name]?.trim()
      : '';
    const agentDefault = declared === undefined || declared === '' ? null : declared;
    const withoutValue = bySource.none;
    return {
      name,
      source:
        draft.recipients.length === 0
          ? fallbackSource(boundField, campaignValue, agentDefault)
          : mostCommon(bySource),
      bySource,
      boundField,
      campaignValue,
      agentDefault,
      withValue: draft.recipients.length - withoutValue,
      withoutValue,
    };
  });
}

export interface MissingValues {
  recipientId: string;
  /** The variables nothing supplies for this recipient, spelled as the agent spells them. */
  variables: string[];
}

/**
 * Recipients whose call would lack a value it needs (ElevenLabs does not start a
 * conversation with an unfilled placeholder), so launch can be blocked until they are fixed
 * or excluded. Includes placeholders in a recipient's own first message or system prompt.
 */
export function findMissingValues(
  agent: AgentDetails,
  draft: LaunchDraft,
  bindings: VariableBindings,
  options: LaunchCheckOptions = {},
): MissingValues[] {
  const context = createLaunchContext(agent, draft, bindings, options);
  const result: MissingValues[] = [];
  for (const stored of draft.recipients) {
    if (options.leaveOut?.has(stored.id)) continue;
    const { missing } = prepareCall(context.normalize(stored), context);
    if (missing.length > 0) result.push({ recipientId: stored.id, variables: missing });
  }
  return result;
}
