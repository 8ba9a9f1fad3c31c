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
