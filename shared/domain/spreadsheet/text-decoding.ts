// TextDecoder, with one runtime bug worked around: Node 20's decoder for 'windows-1252' reads
// bytes 0x80–0x9F as Latin-1 control characters instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
// – — ˜ ™ š › œ ž Ÿ, as the Encoding Standard (and every browser) does. Where that happens the
// affected characters are put right afterwards, so the import reads the same everywhere.

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1_CONTROLS = /[\u0080-\u009f]/g;

let latin1Bug: boolean | undefined;

function hasLatin1Bug(): boolean {
  latin1Bug ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';
  return latin1Bug;
}

export function decodeText(bytes: Uint8Array, encoding: string, fatal = false): string {
  // The decoder drops a byte order mark that matches its encoding.
  const text = new TextDecoder(encoding, { fatal }).decode(bytes);
  if (encoding !== 'windows-1252' || !hasLatin1Bug()) return text;
  return text.replace(C1_CONTROLS, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
