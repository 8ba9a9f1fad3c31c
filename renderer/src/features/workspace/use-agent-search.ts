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

/** Why the agents of a search could not be listed; shown only while that search is the one typed. */
interface Failure {
  search: string;
  error: AppErrorShape;
}

/** The workspace's agents matching `search`, a page at a time. */
export function useAgentSearch(search: string) {
  const [pages, setPages] = useState<Pages | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      request('listAgents', search ? { search } : {})
        .then((page) => {
          if (cancelled) return;
          setPages({ search, agents: page.agents, cursor: page.nextCursor });
          setFailure(null);
        })
        .catch(
          (reason: unknown) => !cancelled && setFailure({ search, error: toAppError(reason) }),
        );
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
      setFailure({ search: pages.search, error: toAppError(reason) });
    } finally {
      setLoadingMore(false);
    }
  };

  const current = pages?.search === search ? pages : null;
  // A failure of an earlier search says nothing about the one now typed, whose answer is coming.
  const error = failure?.search === search ? failure.error : null;
  return {
    agents: current?.agents ?? [],
    loading: (current === null && error === null) || loadingMore,
    hasMore: Boolean(current?.cursor),
    error,
    loadMore,
    retry: () => {
      setFailure(null);
      setAttempt((n) => n + 1);
    },
  };
}

export type AgentSearchResult = ReturnType<typeof useAgentSearch>;
