/**
 * An agent variable's name as people would say it: "first_name" → "First name",
 * "_notes_for_agent_" → "Notes for agent". The exact name stays in tooltips only.
 */
export function variableLabel(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  if (words === '') return name;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
