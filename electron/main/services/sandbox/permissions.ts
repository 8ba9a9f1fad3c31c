import { timingSafeEqual, randomBytes } from 'node:crypto';

/**
 * The scopes an ElevenLabs API key can be restricted to, as far as the sandbox's endpoints
 * need them. A restricted key is valid but gets 401 `missing_permissions` on endpoints
 * outside its scope — a common real-world surprise (e.g. a key without `user_read`).
 */
export const API_PERMISSIONS = ['user_read', 'convai_read', 'convai_write'] as const;
export type ApiPermission = (typeof API_PERMISSIONS)[number];

/** Same format as a real key, so code that sanity-checks keys accepts it. */
export function generateApiKey(): string {
  return `sk_${randomBytes(24).toString('hex')}`;
}

export function isAuthorized(presented: string | string[] | undefined, apiKey: string): boolean {
  if (typeof presented !== 'string') return false;
  const given = Buffer.from(presented, 'utf8');
  const expected = Buffer.from(apiKey, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
