import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import {
  isConversationOver,
  type Conversation,
} from '../../../../shared/domain/calls/conversation';
import { request, toAppError } from '../../api/callsheet';

const POLL_MS = 2_000;

interface Followed {
  conversationId: string;
  conversation: Conversation | null;
  error: AppErrorShape | null;
}

/**
 * A call as it goes, asked about every 2 seconds until it is over (done or failed). A failed
 * question is shown and asked again: ElevenLabs may not know a call for a moment after dialling.
 */
export function useFollowedCall(conversationId: string | null) {
  const [followed, setFollowed] = useState<Followed | null>(null);

  useEffect(() => {
    if (conversationId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const conversation = await request('getConversation', { conversationId });
        if (stopped) return;
        setFollowed({ conversationId, conversation, error: null });
        if (isConversationOver(conversation.status)) return;
      } catch (reason) {
        if (stopped) return;
        const error = toAppError(reason);
        setFollowed((last) => ({
          conversationId,
          conversation: last?.conversationId === conversationId ? last.conversation : null,
          error,
        }));
      }
      timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [conversationId]);

  const current = followed?.conversationId === conversationId ? followed : null;
  return { conversation: current?.conversation ?? null, error: current?.error ?? null };
}
