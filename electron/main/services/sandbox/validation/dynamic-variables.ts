// Which `{{variables}}` a call must be given: the real platform refuses to start a
// conversation whose prompt or first message would keep an unfilled placeholder.
import type { AgentRecord } from '../records';

// ElevenLabs tolerates spaces inside the braces.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function isSystemVariable(name: string): boolean {
  return name.startsWith('system__');
}

export function variablesUsedIn(texts: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of (text ?? '').matchAll(PLACEHOLDER)) {
      if (match[1] !== undefined) seen.add(match[1]);
    }
  }
  return [...seen];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return typeof current === 'string' ? current : undefined;
}

/** The first message and prompt a call will use, with the caller's overrides applied. */
export function effectiveTexts(
  agent: AgentRecord['agent'],
  override: Record<string, unknown> | null | undefined,
): { firstMessage: string; prompt: string } {
  const config = agent.conversation_config.agent;
  return {
    firstMessage: readString(override, 'agent', 'first_message') ?? config?.first_message ?? '',
    prompt: readString(override, 'agent', 'prompt', 'prompt') ?? config?.prompt?.prompt ?? '',
  };
}

/**
 * The agent's declared placeholder values that count as defaults. An empty default is a
 * placeholder someone left blank, not a value a call could use.
 */
export function declaredDefaults(agent: AgentRecord['agent']): Record<string, string> {
  // The SDK types this part loosely, so it is read defensively.
  const variables: unknown = agent.conversation_config.agent?.dynamic_variables;
  const declared = isRecord(variables) ? variables['dynamic_variable_placeholders'] : undefined;
  const defaults: Record<string, string> = {};
  if (!isRecord(declared)) return defaults;
  for (const [name, value] of Object.entries(declared)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      defaults[name] = String(value);
    }
  }
  return defaults;
}

/** Variables the call's texts use that neither the caller nor the agent's defaults fill. */
export function missingVariables(
  agent: AgentRecord['agent'],
  dynamicVariables: Record<string, unknown> | null | undefined,
  override: Record<string, unknown> | null | undefined,
): string[] {
  const { firstMessage, prompt } = effectiveTexts(agent, override);
  const defaults = declaredDefaults(agent);
  return variablesUsedIn([firstMessage, prompt]).filter(
    (name) =>
      !isSystemVariable(name) &&
      !(name in defaults) &&
      (dynamicVariables?.[name] === undefined || dynamicVariables[name] === null),
  );
}

/** Worded as the platform words it, a Python set of names. */
export function missingVariablesMessage(missing: readonly string[]): string {
  return `Missing required dynamic variables: {${missing.map((name) => `'${name}'`).join(', ')}}`;
}
