import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails, AgentSummary } from '../../../../shared/domain/agents/agent';
import type { PhoneNumber } from '../../../../shared/domain/workspace';
import {
  extractPlaceholders,
  isSystemVariable,
} from '../../../../shared/domain/agents/placeholders';

export function toAgentSummary(agent: ElevenLabs.AgentSummaryResponseModel): AgentSummary {
  return {
    id: agent.agentId,
    name: agent.name,
    tags: agent.tags,
    createdAt: agent.createdAtUnixSecs ?? null,
    lastCallAt: agent.lastCallTimeUnixSecs ?? null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The SDK types `dynamic_variables` loosely, so it may arrive in wire (snake_case) or SDK
 * (camelCase) spelling; the placeholder names inside are the agent's own and kept verbatim.
 */
function declaredPlaceholders(dynamicVariables: unknown): {
  names: string[];
  defaults: Record<string, string>;
} {
  const none = { names: [], defaults: {} };
  if (!isRecord(dynamicVariables)) return none;
  const declared =
    dynamicVariables['dynamic_variable_placeholders'] ??
    dynamicVariables['dynamicVariablePlaceholders'];
  if (!isRecord(declared)) return none;
  const names: string[] = [];
  const defaults: Record<string, string> = {};
  for (const [name, value] of Object.entries(declared)) {
    if (isSystemVariable(name)) continue;
    names.push(name);
    // ElevenLabs treats an empty placeholder value as no default: the variable stays required.
    const text = value === null || value === undefined ? '' : String(value);
    if (text !== '') defaults[name] = text;
  }
  return { names, defaults };
}

export function toAgentDetails(agent: ElevenLabs.GetAgentResponseModel): AgentDetails {
  const config = agent.conversationConfig.agent;
  const firstMessage = config?.firstMessage ?? '';
  const prompt = config?.prompt?.prompt ?? '';
  const declared = declaredPlaceholders(config?.dynamicVariables);
  const variableDefaults = declared.defaults;
  const variables = extractPlaceholders([prompt, firstMessage]);
  for (const name of declared.names) {
    if (!variables.includes(name)) variables.push(name);
  }
  const overrides = agent.platformSettings?.overrides?.conversationConfigOverride;
  return {
    id: agent.agentId,
    name: agent.name,
    language: config?.language ?? null,
    firstMessage,
    prompt,
    variables,
    variableDefaults,
    overrides: {
      firstMessage: overrides?.agent?.firstMessage === true,
      language: overrides?.agent?.language === true,
      systemPrompt: overrides?.agent?.prompt?.prompt === true,
      voiceId: overrides?.tts?.voiceId === true,
    },
  };
}

export function toPhoneNumber(
  phone: ElevenLabs.conversationalAi.PhoneNumbersListResponseItem,
): PhoneNumber {
  const provider =
    phone.provider === 'twilio' || phone.provider === 'sip_trunk' ? phone.provider : 'other';
  return {
    id: phone.phoneNumberId,
    label: phone.label,
    number: phone.phoneNumber,
    provider,
    assignedAgent: phone.assignedAgent
      ? { id: phone.assignedAgent.agentId, name: phone.assignedAgent.agentName }
      : null,
    supportsOutbound: phone.supportsOutbound ?? true,
  };
}
