// A submit that fails on the network may still have created the batch, and submitting again
// would call everyone twice. Each request therefore carries a key derived only from what it
// is (draft, revision, planned batch) and shows it in its name, so before any retry the
// caller can list the workspace's batches and look for the name first.

export interface BatchRequestKey {
  /** 16 hex digits. */
  key: string;
  /** The first 8, shown in the batch name. */
  shortKey: string;
}

const SHORT_KEY_LENGTH = 8;

// cyrb53-style mixing on two 32-bit lanes: small, fast, well spread and the same in every
// runtime. Not cryptographic, and it need not be: it only tells our own batches apart.
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}

export function batchRequestKey(
  draftId: string,
  revision: number,
  batchKey: string,
): BatchRequestKey {
  const key = hash64(`callsheet-batch\u0000${draftId}\u0000${revision}\u0000${batchKey}`);
  return { key, shortKey: key.slice(0, SHORT_KEY_LENGTH) };
}

/** How the short key appears at the end of a batch name. */
export function batchNameTag(shortKey: string): string {
  return `#${shortKey}`;
}

const NAME_TAG = /#([0-9a-f]{8})\s*$/;

/** The short key in a batch name Callsheet gave, or undefined for any other name. */
export function findShortKeyInName(name: string): string | undefined {
  return NAME_TAG.exec(name)?.[1];
}
