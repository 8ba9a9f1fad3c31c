import { useEffect, useState } from 'react';
import type { AppErrorShape, ChannelOutput } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';

type ConversationView = ChannelOutput<'getConversationView'>;

interface Loaded<T> {
  /** What the answer is for, so a new question never shows an old answer. */
  key: string;
  value: T | null;
  error: AppErrorShape | null;
}

/**
 * One call's transcript and analysis, asked again whenever `progress` changes (the call moved
 * on, or its result came) and on `reload` (after an error).
 */
export function useConversation(conversationId: string, progress: string) {
  const [attempt, setAttempt] = useState(0);
  const key = `${conversationId}#${progress}#${attempt}`;
  const [loaded, setLoaded] = useState<Loaded<ConversationView> | null>(null);

  useEffect(() => {
    let current = true;
    request('getConversationView', { conversationId })
      .then((value) => current && setLoaded({ key, value, error: null }))
      .catch(
        (error: unknown) => current && setLoaded({ key, value: null, error: toAppError(error) }),
      );
    return () => {
      current = false;
    };
  }, [conversationId, key]);

  const fresh = loaded?.key === key ? loaded : null;
  return {
    // While asking again, the last answer stays on screen rather than flashing away.
    view: fresh?.value ?? loaded?.value ?? null,
    error: fresh?.error ?? null,
    loading: fresh === null,
    reload: () => setAttempt((count) => count + 1),
  };
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * The call's recording as an address the page's audio player can use. Main fetches it (the key
 * stays there); the address is released when the call is closed, freeing the audio's memory.
 */
export function useRecording(conversationId: string, available: boolean) {
  const [loaded, setLoaded] = useState<Loaded<string> | null>(null);

  useEffect(() => {
    if (!available) return;
    let current = true;
    let url: string | null = null;
    request('getConversationAudio', { conversationId })
      .then(({ mimeType, base64 }) => {
        if (!current) return;
        url = URL.createObjectURL(new Blob([bytesOf(base64)], { type: mimeType }));
        setLoaded({ key: conversationId, value: url, error: null });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ key: conversationId, value: null, error: toAppError(error) });
      });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [conversationId, available]);

  const fresh = available && loaded?.key === conversationId ? loaded : null;
  return { url: fresh?.value ?? null, error: fresh?.error ?? null, loading: available && !fresh };
}
