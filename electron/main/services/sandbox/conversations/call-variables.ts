// The dynamic variables a call runs with: what the caller sent, the agent's defaults for the
// rest, and the `system__` ones the platform fills in itself.
import type { PhoneNumberWire } from '../wire';
import type { AgentRecord } from '../records';
import { declaredDefaults } from '../validation/dynamic-variables';

export interface CallVariableContext {
  agent: AgentRecord['agent'];
  given: Record<string, string | number | boolean | null> | null | undefined;
  conversationId: string;
  callSid: string;
  from: PhoneNumberWire;
  toNumber: string;
  dialledAt: number;
  timezone: string | null;
}

export interface CallVariables {
  /** What the conversation reports it was started with: the caller's values plus system ones. */
  echoed: Record<string, string | number | boolean>;
  /** Every value a placeholder can take in this call, as text. */
  resolved: Record<string, string>;
}

// Building a formatter is costly and a large batch dials thousands of calls at once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function localTime(at: number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(at));
}

function systemVariables(context: CallVariableContext): Record<string, string> {
  const timezone = context.timezone ?? 'UTC';
  const local = localTime(context.dialledAt, timezone);
  return {
    system__agent_id: context.agent.agent_id,
    system__current_agent_id: context.agent.agent_id,
    system__conversation_id: context.conversationId,
    system__caller_id: context.from.phone_number,
    system__called_number: context.toNumber,
    system__call_sid: context.callSid,
    system__time_utc: new Date(context.dialledAt).toISOString(),
    system__time: local,
    system__timezone: timezone,
  };
}

export function callVariables(context: CallVariableContext): CallVariables {
  const given: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(context.given ?? {})) {
    if (value !== null) given[name] = value;
  }
  const system = systemVariables(context);
  const resolved: Record<string, string> = { ...declaredDefaults(context.agent) };
  for (const [name, value] of Object.entries(given)) resolved[name] = String(value);
  return { echoed: { ...given, ...system }, resolved: { ...resolved, ...system } };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The text as the callee hears it. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => values[name] ?? '');
}
