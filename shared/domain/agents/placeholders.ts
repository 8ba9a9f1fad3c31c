// Placeholders look like {{name}}; ElevenLabs tolerates spaces inside the braces.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Variables the platform fills in itself; users are never asked for them. */
export function isSystemVariable(name: string): boolean {
  return name.startsWith('system__');
}

/**
 * The dynamic variables a set of agent texts asks for, in first-seen order, spelled exactly
 * as the agent spells them (`_notes_for_agent_` stays `_notes_for_agent_`).
 */
export function extractPlaceholders(texts: ReadonlyArray<string | undefined | null>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1];
      if (name !== undefined && !isSystemVariable(name)) seen.add(name);
    }
  }
  return [...seen];
}
