import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 26;

export type IdPrefix = 'agent' | 'phnum';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
