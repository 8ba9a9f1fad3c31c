// Per-call overrides are allowed field by field in the agent's
// platform_settings.overrides.conversation_config_override: a mirror of the override's shape
// with `true` at every field a caller may set. Anything else is refused.
import type { AgentRecord } from '../records';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(given: Record<string, unknown>, allowed: unknown, path: string[], out: string[]) {
  for (const [key, value] of Object.entries(given)) {
    if (value === null || value === undefined) continue;
    const here = [...path, key];
    const permission = isRecord(allowed) ? allowed[key] : undefined;
    if (permission === true) continue;
    if (isRecord(permission) && isRecord(value)) {
      collect(value, permission, here, out);
      continue;
    }
    out.push(here.join('.'));
  }
}

/** Dotted paths (e.g. `tts.voice_id`) of the override fields the agent does not allow. */
export function disallowedOverrides(
  agent: AgentRecord['agent'],
  override: Record<string, unknown>,
): string[] {
  const allowed = agent.platform_settings?.overrides?.conversation_config_override;
  const refused: string[] = [];
  collect(override, allowed, [], refused);
  return refused;
}

export function overrideRefusedMessage(field: string): string {
  return `Override for field '${field}' is not allowed by config.`;
}
