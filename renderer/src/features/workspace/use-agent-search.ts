import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type { AgentSummary } from '../../../../shared/domain/agents/agent';
import { request, toAppError } from '../../api/callsheet';

const SEARCH_DELAY_MS = 250;

interface Pages {
  search: string;
  agents: AgentSummary[];
  cursor: string | null;
}

/** The workspace's agents matching `search`, a page at a time. */
export function useAgentSearch(search: string) {
  const [pages, setPages] = useState<Pages | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      request('listAgents', search ? { search } : {})
        .then((page) => {
          if (cancelled) return;
          setPages({ search, agents: page.agents, cursor: page.nextCursor });
          setError(null);
        })
        .catch((reason: unknown) => !cancelled && setError(toAppError(reason)));
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [search, attempt]);

  const loadMore = async () => {
    if (!pages?.cursor) return;
    setLoadingMore(true);
    try {
      const page = await request('listAgents', {
        ...(pages.search ? { search: pages.search } : {}),
        cursor: pages.cursor,
      });
      setPages({ ...pages, agents: [...pages.agents, ...page.agents], cursor: page.nextCursor });
    } catch (reason) {
      setError(toAppError(reason));
    } finally {
      setLoadingMore(false);
    }
  };

  const current = pages?.search === search ? pages : null;
  return {
    agents: current?.agents ?? [],
    loading: (current === null && error === null) || loadingMore,
    hasMore: Boolean(current?.cursor),
    error,
    loadMore,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}

export type AgentSearchResult = ReturnType<typeof useAgentSearch>;
