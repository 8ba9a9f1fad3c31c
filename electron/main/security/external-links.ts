/**
 * Pages of ElevenLabs the app may open in the user's browser: the dashboard (where terms are
 * accepted and keys created) and the documentation. Nothing else leaves the app.
 */
const ALLOWED: ReadonlyArray<{ host: string; pathPrefixes: readonly string[] }> = [
  { host: 'elevenlabs.io', pathPrefixes: ['/app/', '/docs/', '/app', '/docs'] },
  { host: 'help.elevenlabs.io', pathPrefixes: ['/'] },
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password || url.port) return false;
  const rule = ALLOWED.find((entry) => entry.host === url.hostname);
  if (!rule) return false;
  return rule.pathPrefixes.some((prefix) =>
    prefix.endsWith('/') ? url.pathname.startsWith(prefix) : url.pathname === prefix,
  );
}
