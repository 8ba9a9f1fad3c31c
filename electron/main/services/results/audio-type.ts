function startsWith(bytes: Uint8Array, text: string, offset = 0): boolean {
  for (let index = 0; index < text.length; index++) {
    if (bytes[offset + index] !== text.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * The type of a recording from its first bytes: ElevenLabs answers with MP3 (the sandbox with
 * WAV) and the response's own header is not kept by the SDK.
 */
export function audioMimeType(bytes: Uint8Array): string {
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8)) return 'audio/wav';
  if (startsWith(bytes, 'OggS')) return 'audio/ogg';
  if (startsWith(bytes, 'fLaC')) return 'audio/flac';
  return 'audio/mpeg';
}
