import type { AgentDetails } from '../agents/agent';
import { isSystemVariable } from '../agents/placeholders';
import type { DraftContent } from '../drafts/draft';
import type { StoredRecipientInput } from '../recipients';
import { prepareCall } from './dynamic-variables';
import { createLaunchContext, type LaunchContextOptions } from './launch-context';
import type { VariableBindings } from './recipient-values';

// Same rule as extractPlaceholders: ElevenLabs tolerates spaces inside the braces.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type PreviewSegment =
  | { kind: 'text'; text: string }
  /** A filled-in value; `text` may be empty when the value is. */
  | { kind: 'value'; name: string; text: string }
  /** A value nothing supplies: the call could not start. */
  | { kind: 'missing'; name: string; text: string }
  /** Filled in by ElevenLabs during the call; `text` says what it will be. */
  | { kind: 'system'; name: string; text: string };

export interface MessagePreview {
  /** The whole message as plain text, with ‹hints› where values are not known here. */
  text: string;
  /** The same text in pieces, so a view can style values, hints and gaps differently. */
  segments: PreviewSegment[];
  /** Variables without a value, in order of first use. */
  missing: string[];
}

const SYSTEM_HINTS: Readonly<Record<string, string>> = {
  system__time: 'time of the call',
  system__time_utc: 'time of the call (UTC)',
  system__timezone: 'time zone of the call',
  system__caller_id: 'calling number',
  system__called_number: 'number being called',
  system__call_duration_secs: 'call length so far',
  system__conversation_id: 'conversation ID',
  system__call_sid: 'call ID',
  system__agent_id: 'agent ID',
  system__current_agent_id: 'agent ID',
};

/** How a value ElevenLabs fills in is shown: `system__time` → ‹time of the call›. */
export function systemVariableHint(name: string): string {
  const known = Object.hasOwn(SYSTEM_HINTS, name) ? SYSTEM_HINTS[name] : undefined;
  return `‹${
    known ??
    name
      .replace(/^system__/, '')
      .replace(/_+/g, ' ')
      .trim()
  }›`;
}

export function missingValueHint(name: string): string {
  return `‹missing: ${name}›`;
}

/** Fills `{{placeholders}}` in any agent text with `values`, marking what is missing. */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): MessagePreview {
  const segments: PreviewSegment[] = [];
  const missing = new Set<string>();
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: template.slice(last, start) });
    last = start + match[0].length;
    if (isSystemVariable(name)) {
      segments.push({ kind: 'system', name, text: systemVariableHint(name) });
      continue;
    }
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      missing.add(name);
      segments.push({ kind: 'missing', name, text: missingValueHint(name) });
    } else {
      segments.push({ kind: 'value', name, text: value });
    }
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return {
    text: segments.map((segment) => segment.text).join(''),
    segments,
    missing: [...missing],
  };
}

/** The agent's first message with `values` filled in. */
export function renderFirstMessage(
  agent: Pick<AgentDetails, 'firstMessage'>,
  values: Readonly<Record<string, string | undefined>>,
): MessagePreview {
  return renderTemplate(agent.firstMessage, values);
}

/**
 * What the agent will say first to this recipient: their own first message when the agent
 * allows one, else the agent's, filled with exactly the values the call would be sent.
 */
export function previewFirstMessage(
  recipient: StoredRecipientInput,
  agent: AgentDetails,
  draft: Pick<DraftContent, 'defaultCountry' | 'variables'>,
  bindings: VariableBindings,
  options: LaunchContextOptions = {},
): MessagePreview {
  const context = createLaunchContext(agent, draft, bindings, options);
  const call = prepareCall(context.normalize(recipient), context);
  return renderTemplate(call.overrides.firstMessage ?? agent.firstMessage, call.dynamicVariables);
}
