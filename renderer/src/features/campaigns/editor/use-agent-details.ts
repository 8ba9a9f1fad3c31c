import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { AgentDetails } from '../../../../../shared/domain/agents/agent';
import { request, toAppError } from '../../../api/callsheet';

interface AgentDetailsResult {
  agentId: string;
  details: AgentDetails | null;
  error: AppErrorShape | null;
}

/** The chosen agent's variables and defaults; nothing while there is no agent or no workspace. */
export function useAgentDetails(agentId: string | null, connected: boolean) {
  const [result, setResult] = useState<AgentDetailsResult | null>(null);
  useEffect(() => {
    if (agentId === null || !connected) return;
    let cancelled = false;
    request('getAgent', { agentId })
      .then((details) => !cancelled && setResult({ agentId, details, error: null }))
      .catch(
        (reason: unknown) =>
          !cancelled && setResult({ agentId, details: null, error: toAppError(reason) }),
      );
    return () => {
      cancelled = true;
    };
  }, [agentId, connected]);
  // A result for another agent (or from before disconnecting) is not this agent's.
  const current = result?.agentId === agentId && connected ? result : null;
  return { details: current?.details ?? null, error: current?.error ?? null };
}
