import { randomBytes, randomInt } from 'node:crypto';
import { fnv1a, mulberry32 } from './hash';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 26;

export type IdPrefix = 'agent' | 'phnum';

/**
 * Fixture ids derive from a seed so they are identical on every start: tests, saved drafts
 * and screenshots can refer to the same sandbox agent across runs.
 */
export function fixtureId(prefix: IdPrefix, seed: string): string {
  const next = mulberry32(fnv1a(`${prefix}:${seed}`));
  let id = '';
  for (let i = 0; i < ID_LENGTH; i += 1) id += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return `${prefix}_${id}`;
}

/** For things created while the sandbox runs, where ids must not collide. */
export function randomResourceId(prefix: string): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i += 1) id += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}_${id}`;
}

/** Twilio's call SID format: `CA` and 32 hex digits. */
export function twilioCallSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

/** Twilio's media stream SID format: `MZ` and 32 hex digits. */
export function twilioStreamSid(): string {
  return `MZ${randomBytes(16).toString('hex')}`;
}

/** A SIP Call-ID as LiveKit issues them. */
export function sipCallId(): string {
  return `SCL_${randomBytes(12).toString('base64url')}`;
}
