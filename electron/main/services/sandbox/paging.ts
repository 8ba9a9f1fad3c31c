import { detailError, SandboxHttpError } from './errors';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  hasMore: boolean;
}

interface CursorState {
  offset: number;
}

// Opaque to clients, as ElevenLabs' cursors are; it only has to survive a round trip.
function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, o: state.offset }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): CursorState {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed) {
      const offset = parsed.o;
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return { offset };
    }
  } catch {
    // Falls through to the error below: any unreadable cursor is simply invalid.
  }
  throw new SandboxHttpError(
    detailError(400, 'invalid_cursor', 'The provided cursor is invalid or has expired.'),
  );
}

export function paginate<T>(
  items: readonly T[],
  cursor: string | undefined,
  pageSize: number,
): Page<T> {
  const offset = cursor === undefined || cursor === '' ? 0 : decodeCursor(cursor).offset;
  const end = offset + pageSize;
  const hasMore = end < items.length;
  return {
    items: items.slice(offset, end),
    nextCursor: hasMore ? encodeCursor({ offset: end }) : null,
    hasMore,
  };
}

/** A total order: primary key (e.g. a start time), then a unique tiebreaker. */
export type SortKey = readonly [number, number];

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1];
}

function decodeKeyCursor(cursor: string): SortKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'k' in parsed) {
      const key = parsed.k;
      if (
        Array.isArray(key) &&
        key.length === 2 &&
        key.every((part) => typeof part === 'number' && Number.isFinite(part))
      ) {
        return [Number(key[0]), Number(key[1])];
      }
    }
  } catch {
    // Falls through to the error below.
  }
  throw new SandboxHttpError(
    detailError(400, 'invalid_cursor', 'The provided cursor is invalid or has expired.'),
  );
}

/**
 * Keyset paging for lists that grow while someone pages through them (conversations of a
 * running batch): the cursor remembers the last item served, not an offset, so new items
 * never push an item onto the next page a second time.
 */
export function keysetPage<T>(
  items: readonly T[],
  keyOf: (item: T) => SortKey,
  direction: 'asc' | 'desc',
  cursor: string | undefined,
  pageSize: number,
): Page<T> {
  const sign = direction === 'asc' ? 1 : -1;
  const ordered = [...items].sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)));
  const after = cursor === undefined || cursor === '' ? undefined : decodeKeyCursor(cursor);
  const rest =
    after === undefined
      ? ordered
      : ordered.filter((item) => sign * compareKeys(keyOf(item), after) > 0);
  const page = rest.slice(0, pageSize);
  const hasMore = rest.length > pageSize;
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor:
      hasMore && last !== undefined
        ? Buffer.from(JSON.stringify({ v: 1, k: keyOf(last) }), 'utf8').toString('base64url')
        : null,
    hasMore,
  };
}
