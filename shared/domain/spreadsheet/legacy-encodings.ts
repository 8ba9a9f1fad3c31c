import { decodeText } from './text-decoding';

// Excel's plain "CSV" (not "CSV UTF-8") is written in the Windows code page of the PC that saved
// it: Windows-1250 on Polish Windows, Windows-1252 on Italian or English Windows. Older Polish
// systems also wrote ISO-8859-2. The bytes carry no label, but the code pages put different
// letters on the same bytes, so we decode the accented bytes each way and keep the reading that
// gives letters Polish or Western European text actually uses: 0xA3 0xF3 0x64 0x9F is "Łódź"
// in Windows-1250 and "£ódŸ" in Windows-1252; 0x43 0x69 0x74 0x74 0xE0 is "Città" in
// Windows-1252 and "Cittŕ" in Windows-1250.

export const LEGACY_ENCODINGS = ['windows-1250', 'windows-1252', 'iso-8859-2'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

const POLISH = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ';
// Letters common in Italian, French, Spanish, Portuguese and German; rarer ones such as œ, å
// or ÿ score as any letter, so "Świętokrzyska" misread as "Œwiêtokrzyska" loses.
const WESTERN = 'àáâãäçèéêëìíîïñòóôõöùúûüßÀÁÂÃÄÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜ';

const HOME_LETTERS: Readonly<Record<LegacyEncoding, string>> = {
  'windows-1250': POLISH,
  'iso-8859-2': POLISH,
  'windows-1252': WESTERN,
};

type Kind = 'letter' | 'punctuation' | 'symbol' | 'control';

interface CodePage {
  kind: Kind[];
  lower: boolean[];
  upper: boolean[];
  /** Score of each byte read as a letter, before looking at its neighbours. */
  letterScore: number[];
}

const codePages = new Map<LegacyEncoding, CodePage>();

function codePage(encoding: LegacyEncoding): CodePage {
  let page = codePages.get(encoding);
  if (page) return page;
  const bytes = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) bytes[byte] = byte;
  const chars = [...decodeText(bytes, encoding)];
  const home = HOME_LETTERS[encoding];
  page = { kind: [], lower: [], upper: [], letterScore: [] };
  for (const char of chars) {
    const kind: Kind = /\p{L}/u.test(char)
      ? 'letter'
      : /\p{Cc}|\p{Cn}|\uFFFD/u.test(char)
        ? 'control'
        : /\p{P}/u.test(char)
          ? 'punctuation'
          : 'symbol';
    page.kind.push(kind);
    page.lower.push(/\p{Ll}/u.test(char));
    page.upper.push(/\p{Lu}/u.test(char));
    page.letterScore.push(home.includes(char) ? 3 : 1);
  }
  codePages.set(encoding, page);
  return page;
}

function isLetterByte(page: CodePage, byte: number | undefined): boolean {
  if (byte === undefined) return false;
  if (byte < 0x80) return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
  return page.kind[byte] === 'letter';
}

function isLowerByte(page: CodePage, byte: number | undefined): boolean {
  if (byte === undefined) return false;
  if (byte < 0x80) return byte >= 0x61 && byte <= 0x7a;
  return page.lower[byte] === true;
}

/** How plausible the byte at `index` is as text in this code page (higher is better). */
function scoreByte(page: CodePage, bytes: Uint8Array, index: number, byte: number): number {
  const kind = page.kind[byte];
  if (kind === 'control') return -10;
  const before = index > 0 ? bytes[index - 1] : undefined;
  const after = bytes[index + 1];
  if (kind === 'letter') {
    const score = page.letterScore[byte] ?? 1;
    // "GdaŸ" style: a capital straight after a small letter is rarely real.
    return page.upper[byte] === true && isLowerByte(page, before) ? score - 3 : score;
  }
  const letterBefore = isLetterByte(page, before);
  const letterAfter = isLetterByte(page, after);
  // Inside a word ("za¿ó³æ") no punctuation or symbol belongs; next to a word only punctuation
  // does («Ciao», „Tak”), while symbols such as £ ³ ¯ ¹ are what a misread letter looks like.
  if (letterBefore && letterAfter) return -3;
  if (kind === 'symbol' && (letterBefore || letterAfter)) return -3;
  return 0;
}

export interface LegacyEncodingGuess {
  encoding: LegacyEncoding;
  scores: Record<LegacyEncoding, number>;
}

export interface GuessLegacyEncodingOptions {
  /** Which to pick when the bytes read equally well both ways (e.g. a Polish campaign). */
  prefer?: LegacyEncoding;
  /** Stop after this many non-ASCII bytes; the verdict is settled long before. */
  sampleLimit?: number;
}

/** The single-byte code page under which the non-ASCII bytes read most like real text. */
export function guessLegacyEncoding(
  bytes: Uint8Array,
  options: GuessLegacyEncodingOptions = {},
): LegacyEncodingGuess {
  const sampleLimit = options.sampleLimit ?? 200_000;
  const pages = LEGACY_ENCODINGS.map((encoding) => codePage(encoding));
  const totals = LEGACY_ENCODINGS.map(() => 0);
  let sampled = 0;
  for (let index = 0; index < bytes.length && sampled < sampleLimit; index++) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) continue;
    sampled++;
    for (let candidate = 0; candidate < pages.length; candidate++) {
      const page = pages[candidate];
      if (page) totals[candidate] = (totals[candidate] ?? 0) + scoreByte(page, bytes, index, byte);
    }
  }
  const scores = Object.fromEntries(
    LEGACY_ENCODINGS.map((encoding, index) => [encoding, totals[index] ?? 0]),
  ) as Record<LegacyEncoding, number>;
  // Ties go to the preferred code page, then to Windows-1252 (the most common), then to
  // Windows-1250 over ISO-8859-2.
  const order: LegacyEncoding[] = [
    ...(options.prefer ? [options.prefer] : []),
    'windows-1252',
    'windows-1250',
    'iso-8859-2',
  ];
  let best: LegacyEncoding = order[0] ?? 'windows-1252';
  for (const encoding of order) {
    if (scores[encoding] > scores[best]) best = encoding;
  }
  return { encoding: best, scores };
}
