import { isCalendarDate, readCallWindow } from '../recipients';

// Tags, best call times and do-not-call dates are lists, but a spreadsheet cell holds one text.
// People separate items with commas or semicolons; Callsheet's own exports use "|", which no
// tag, time or date contains. Commas need care in call times only: "9-12, 14-17" is two
// windows, but a comma may also be a decimal mark ("9,30-12,30"), so a comma splits call times
// only when every piece then reads as a time range.

export type ListKind = 'tags' | 'call_windows' | 'dates';

const PIPE = '|';
const TAG_SEPARATORS = /[,;]/;
// "9-12 14-17", "9-12 / 14-17", "9-12 and 14-17", "9-12 e 14-17", "9-12 i 14-17".
const LOOSE_SEPARATORS = /\s*\/\s*|\s+(?:and|e|i|oraz|und)\s+|\s+/i;

function pieces(text: string, separator: string | RegExp): string[] {
  const result: string[] = [];
  for (const piece of text.split(separator)) {
    const trimmed = piece.trim();
    if (trimmed !== '') result.push(trimmed);
  }
  return result;
}

/** Shaped like a time range, right or wrong ("17-9" too, so validation can name it). */
function isWindow(text: string): boolean {
  const window = readCallWindow(text);
  return window.ok || window.code !== 'call_window_format';
}

/** The piece split on looser separators, only if that turns it into several valid items. */
function splitLoosely(piece: string, isItem: (text: string) => boolean): string[] {
  if (isItem(piece)) return [piece];
  const parts = pieces(piece, LOOSE_SEPARATORS);
  return parts.length > 1 && parts.every(isItem) ? parts : [piece];
}

/** The items of a list cell, trimmed, without empty ones; values are otherwise as typed. */
export function splitListCell(cell: string, kind: ListKind): string[] {
  if (cell.trim() === '') return [];
  if (cell.includes(PIPE)) return pieces(cell, PIPE);
  if (kind === 'tags') return pieces(cell, TAG_SEPARATORS);
  if (kind === 'dates') {
    return pieces(cell, TAG_SEPARATORS).flatMap((piece) => splitLoosely(piece, isCalendarDate));
  }
  return pieces(cell, ';').flatMap((piece) => {
    const commaParts = pieces(piece, ',');
    const parts = commaParts.length > 1 && commaParts.every(isWindow) ? commaParts : [piece];
    return parts.flatMap((part) => splitLoosely(part, isWindow));
  });
}

/**
 * The cell an export writes for a list: items joined with "|". A lone item that the import
 * would split (a tag "Rossi, Mario") gets a trailing "|", which keeps it whole on the way back.
 */
export function joinListCell(items: readonly string[], kind: ListKind): string {
  const joined = items.join(PIPE);
  if (items.length !== 1) return joined;
  const item = items[0] ?? '';
  const again = splitListCell(item, kind);
  return again.length === 1 && again[0] === item ? joined : `${joined}${PIPE}`;
}
